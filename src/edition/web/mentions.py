"""Every persName in a document's text as a keyword-in-context line: the index's raw material.

Each mention knows its place as a reader finds it (the printed page, the paragraph or note)
and whether it stands inside the title of a work (*Staline au Pouvoir*, *The Reign of Stalin*):
such a name is part of a title, not a reference to the person, and is counted apart.
"""

from dataclasses import dataclass

from .. import anchors
from ..places import place
from ..tei.editors_notes import in_editors_note
from ..tei.namespaces import T
from ..tei.refs import person_ids
from .textflow import block_of, context, pieces


@dataclass(frozen=True)
class Mention:
    doc_id: str
    person_id: str
    n: int  # 1-based position among the document's persNames: the HTML anchor's number
    anchor: str  # fragment id of the mention in /doc/<id>/
    block: str  # fragment id of the paragraph (or note) around it
    before: str
    text: str
    after: str
    cert: str
    in_title: bool = False  # inside a work's title: not a reference to the person
    page: str = ""  # html id of the page it is printed on ("page667"), or ""
    page_n: str = ""  # that page's printed number, or "" (unnumbered or inferred)

    @property
    def place(self) -> str:
        """'p. 667, ¶ 12', 'p. 667, note 24', '¶ 3': where a reader finds it."""
        return place(self.page_n, self.block)

    def to_json(self) -> dict:
        return {"document": self.doc_id, "person": self.person_id, "anchor": self.anchor, "block": self.block,
                "before": self.before, "text": self.text, "after": self.after, "cert": self.cert or None,
                "in_title": self.in_title, "page": self.page or None, "page_n": self.page_n or None,
                "place": self.place or None}


def in_title(el) -> bool:
    return any(a.tag == T + "title" for a in el.iterancestors())


def named_in(tree, titles: bool = False) -> dict[str, int]:
    """{person id: number of mentions}: what mentions_in would list, counted without quoting them
    (the viewer's index of documents and of persons needs only these counts); with `titles`,
    only the names inside titles of works. Names in the editors' notes are not counted."""
    text = tree.getroot().find(T + "text")
    counts: dict[str, int] = {}
    for el in text.iter(T + "persName") if text is not None else ():
        if in_editors_note(el) or (titles and not in_title(el)):
            continue
        for pid in person_ids(el.get("ref") or ""):
            counts[pid] = counts.get(pid, 0) + 1
    return counts


def _pages(text, pages: dict) -> dict:
    """{persName: (page id, printed number)}: the last page break before each name."""
    out, current = {}, ("", "")
    for el in text.iter(T + "pb", T + "persName"):
        if el.tag == T + "pb":
            current = pages.get(el, ("", ""))
        else:
            out[el] = current
    return out


def mentions_in(tree, doc_id: str, only: set | None = None) -> list[Mention]:
    """Every mention in the document, or only those of the persons in `only` (a person's page
    quotes only its own: quoting a block is the costly part). Names in the editors' notes are
    numbered like the others (their anchors stay) but are not the document's mentions."""
    text = tree.getroot().find(T + "text")
    if text is None:
        return []
    names = [el for el in text.iter(T + "persName") if el.get("ref")]
    numbered = {el: i for i, el in enumerate(names, 1)}
    root = tree.getroot()
    ids, blocks, notes = anchors.mention_ids(root, doc_id), anchors.block_ids(root), anchors.note_ids(root)
    pages = _pages(text, anchors.page_ids(root))
    by_block: dict = {}
    for el in (el for el in names if not in_editors_note(el)):
        by_block.setdefault(block_of(el), []).append(el)
    out = []
    for block, els in by_block.items():
        wanted = [el for el in els if only is None or not only.isdisjoint(person_ids(el.get("ref")))]
        if not wanted:
            continue
        # every name of the block is marked, wanted or not, so the quotes are the same either way
        parts = pieces(block, set(els)) if block is not None else []
        for el in wanted:
            before, said, after = context(parts, el) if parts else ("", "".join(el.itertext()).strip(), "")
            for pid in person_ids(el.get("ref")):
                if only is not None and pid not in only:
                    continue
                block_anchor = anchors.block_anchor(block, blocks, notes) if block is not None else ""
                out.append(Mention(doc_id, pid, numbered[el], ids.get(el) or block_anchor, block_anchor,
                                   before, said, after, el.get("cert", ""), in_title(el), *pages[el]))
    return sorted(out, key=lambda m: m.n)
