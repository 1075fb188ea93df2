"""The reading text of one block (paragraph, heading, note…) as pieces, for keyword-in-context lines.

Not a second rendering of the edition: it only yields plain strings so the persons index and
the apparatus panel can quote a few words either side of a place. Reading text means what
the reading view shows: corrections, not the printed errors; no note bodies or markers inside
a paragraph (they have their own place); no running heads.
"""

import re

from ..tei.namespaces import T
from ..tei.reading import NOT_READING, OWN_PLACE, is_anchor, is_unchosen

SKIP = (NOT_READING - {T + "gap"}) | OWN_PLACE  # a gap is quoted as [its description], below
# Elements whose text is one "place" in a document: a mention is quoted within its block.
BLOCKS = {T + n for n in ("p", "head", "note", "item", "l", "ab", "byline", "docAuthor", "label",
                          "figDesc", "cell", "bibl", "quote", "trailer", "closer", "salute",
                          "titlePart", "docDate")}
_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE.sub(" ", text)


def block_of(el):
    """The nearest enclosing block of `el` (a note is a block of its own inside a paragraph)."""
    node = el.getparent()
    while node is not None and node.tag not in BLOCKS:
        node = node.getparent()
    return node


def pieces(block, marked: set) -> list[tuple[str, object]]:
    """[(text, owner)] in reading order; owner is the element of `marked` the text lies in, else None."""
    out: list[tuple[str, object]] = []
    keep = {a for m in marked for a in m.iterancestors()}  # never skip the way to a marked element

    def walk(el, owner):
        if el is not block and el not in keep and el not in marked and (el.tag in SKIP or is_unchosen(el) or is_anchor(el)):
            return  # skipped elements' tails are still read, by the caller below
        if el in marked:
            owner = el
        if el.tag == T + "gap":
            desc = el.find(T + "desc")
            out.append(("[" + (desc.text.strip() if desc is not None and desc.text else "…") + "]", owner))
            return
        if el.text and isinstance(el.tag, str):
            out.append((el.text, owner))
        for i, child in enumerate(el):
            # a note's printed number (its first label) is the note's, not its text's: "9The Reign…"
            number = i == 0 and el.tag == T + "note" and child.tag == T + "label"
            if isinstance(child.tag, str) and not (number and child not in keep and child not in marked):
                walk(child, owner)
                if number and not (child.tail or "")[:1].isspace():
                    out.append((" ", owner))  # a quoted number stays apart from its note: "9 The Reign…"
            if child.tail:
                out.append((child.tail, owner))

    walk(block, None)
    return out


def context(parts, target, width: int = 60) -> tuple[str, str, str]:
    """(before, the marked text, after) around `target`, each whitespace-normalised and trimmed."""
    before, inside, after, seen = [], [], [], False
    for text, owner in parts:
        if owner is target:
            inside.append(text)
            seen = True
        elif seen:
            after.append(text)
        else:
            before.append(text)
    left = squash("".join(before)).lstrip()
    right = squash("".join(after)).rstrip()
    if len(left) > width:
        left = "…" + left[-width:].split(" ", 1)[-1] if " " in left[-width:] else "…" + left[-width:]
    if len(right) > width:
        cut = right[:width]
        right = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
    return left, squash("".join(inside)).strip(), right
