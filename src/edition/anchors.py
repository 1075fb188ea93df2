"""The HTML ids of the places of a document, computed from the TEI: the one place they are made.

render/ids.py writes them into the TEI as `ids:id` attributes before the XSLT runs, and the
stylesheets put them on the elements they render (they count nothing themselves); search
results, DTS, the index of persons and the apparatus read them from here without rendering:
- a paragraph is "p" + its position among all `text//p` in document order (p1, p2…; paragraphs
  inside notes and quotations count too); list items, verse lines, heads, image text and bylines
  likewise, each kind counted by itself (item1, l1, head1, ab1, byline1, and on a title page
  titlePart1, docDate1), and a block quotation without paragraphs of its own "quote1"…;
- a note body is its xml:id, else "{doc}-note-{k}" (k = notes before it, +1);
- a page break is "page" + its @n with characters outside [A-Za-z0-9-] removed, "-2", "-3"… for
  a number printed again, or "page-u{k}" for the k-th break without @n;
- a mention is "{doc}-pn{k}" (k-th outermost persName with a @ref; a nested name shares its outer
  name's id), of a place "{doc}-pl{k}" and of an organisation "{doc}-org{k}" likewise, an intervention "{doc}-app{k}" (k-th correction, supplied text or gap), a date
  "{doc}-dt{k}" (k-th outermost `date` of the text).
"""

import re

from .tei.namespaces import IDS, T, XML_ID
from .tei.registers import NAME_TAGS

INTERVENTIONS = (T + "choice", T + "supplied", T + "gap")
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


_KINDS = ("p", "item", "l", "head", "ab", "byline", "titlePart", "docDate")
_BLOCKS = (T + "p", T + "lg", T + "ab", T + "list")


def paragraph_ids(root) -> dict:
    text = root.find(T + "text")
    return {p: f"p{i}" for i, p in enumerate(text.iter(T + "p"), 1)} if text is not None else {}


def _bare_quote(el) -> bool:
    parent = el.getparent()
    return (parent is not None and parent.tag in (T + "div", T + "body", T + "note")
            and not any(child.tag in _BLOCKS for child in el))


def block_numbers(root) -> dict:
    """{element: (kind, n)} for every citable block of the text: paragraphs, items, lines, heads…;
    its html id is kind + n ("p12"), and edition.places names it from the pair ("¶ 12")."""
    text = root.find(T + "text")
    if text is None:
        return {}
    out = {}
    for kind in _KINDS:
        out.update({el: (kind, i) for i, el in enumerate(text.iter(T + kind), 1)})
    out.update({el: ("quote", i) for i, el in enumerate((q for q in text.iter(T + "quote") if _bare_quote(q)), 1)})
    return out


def block_ids(root, numbers: dict | None = None) -> dict:
    """{element: html id} for every citable block of the text (of `numbers` when already counted)."""
    return {el: f"{kind}{n}" for el, (kind, n) in (block_numbers(root) if numbers is None else numbers).items()}


def note_ids(root) -> dict:
    doc = root.get(XML_ID) or ""
    prefix = f"{doc}-" if _ID.match(doc) else ""
    out = {}
    seen = []
    for note in root.iter(T + "note"):
        own = note.get(XML_ID) or ""
        ancestors = sum(1 for a in note.iterancestors(T + "note"))
        out[note] = own if _ID.match(own) else f"{prefix}note-{len(seen) - ancestors + 1}"
        seen.append(note)
    return out


def note_labels(root) -> dict:
    """{note: the number a reader sees it by}: its printed @n, else "e1", "e2"… for the editors'
    notes without one (in document order, not counting the notes around it), else "*"."""
    out, counted = {}, set()
    for note in root.iter(T + "note"):
        n = " ".join((note.get("n") or "").split())
        editorial = note.get("type") == "editorial"
        if n:
            out[note] = n
        elif editorial:
            around = sum(1 for a in note.iterancestors(T + "note") if a in counted)
            out[note] = f"e{len(counted) - around + 1}"
        else:
            out[note] = "*"
        if editorial and note.get("n") is None:
            counted.add(note)
    return out


def page_ids(root) -> dict:
    """{pb element: (html id, printed number or '')} for every pb in the document."""
    out, unnumbered, printed = {}, 0, {}
    for pb in root.iter(T + "pb"):
        n = " ".join((pb.get("n") or "").split())
        if pb.get("n") is None:
            unnumbered += 1
        token = re.sub(r"[^A-Za-z0-9\-]", "", n)
        if token == "":
            out[pb] = (f"page-u{unnumbered}", n)
            continue
        same = printed.get(n, 0)
        printed[n] = same + 1
        out[pb] = (f"page{token}" + (f"-{same + 1}" if same else ""), n)
    return out


def pages_before(root, targets) -> dict:
    """{target: the last pb before it in document order, or None}: the printed page it stands on."""
    wanted, out, last = set(targets), {}, None
    for el in root.iter():
        if el.tag == T + "pb":
            last = el
        elif el in wanted:
            out[el] = last
    return out


def block_anchor(el, paragraphs: dict, notes: dict) -> str:
    """The id of the rendered block holding `el` (`holding_block`)."""
    return block_id(holding_block(el, paragraphs), paragraphs, notes)


def block_id(block, paragraphs: dict, notes: dict) -> str:
    """The id of a block `holding_block` found ("" for None)."""
    return "" if block is None else paragraphs.get(block) or notes.get(block, "")


def holding_block(el, blocks: dict):
    """The rendered block holding `el`: the nearest of `blocks` (`block_ids`), else its outermost
    note, else None."""
    node = el
    while node is not None:
        if node in blocks:
            return node
        if node.tag == T + "note" and next(node.iterancestors(T + "note"), None) is None:
            return node
        node = node.getparent()
    return None


def _outermost(el):
    """The outermost name of el's own kind around it (el itself when it is not nested)."""
    top = el
    for a in el.iterancestors(el.tag):
        top = a
    return top


def is_intervention(el) -> bool:
    """What the apparatus lists: corrections (choice with sic), supplied text, gaps."""
    return el.tag != T + "choice" or el.find(T + "sic") is not None


# the names whose mentions are counted, and the kind in their ids: "{doc}-pn3", "{doc}-pl1", "{doc}-org2"
ID_PREFIXES = {"persons": "pn", "places": "pl", "organisations": "org"}  # a mention's html id: doc-pn3
NAME_KINDS = {NAME_TAGS[register]: prefix for register, prefix in ID_PREFIXES.items()}


def mention_ids(root, doc_id: str, tag: str = "persName") -> dict:
    """{name element with a @ref: html id}; a name nested in a name of its kind shares its outer name's id."""
    text = root.find(T + "text")
    names = [el for el in text.iter(T + tag) if el.get("ref")] if text is not None else []
    outer = {}
    for el in (e for e in names if _outermost(e) is e):
        outer[el] = f"{doc_id}-{NAME_KINDS[tag]}{len(outer) + 1}"
    return {el: outer.get(_outermost(el)) for el in names}


def intervention_ids(root, doc_id: str) -> dict:
    text = root.find(T + "text")
    els = [el for el in text.iter(*INTERVENTIONS) if is_intervention(el)] if text is not None else []
    return {el: f"{doc_id}-app{i}" for i, el in enumerate(els, 1)}


def date_ids(root, doc_id: str) -> dict:
    """{outermost date of the text: html id}."""
    text = root.find(T + "text")
    dates = [el for el in text.iter(T + "date") if next(el.iterancestors(T + "date"), None) is None] if text is not None else []
    return {el: f"{doc_id}-dt{i}" for i, el in enumerate(dates, 1)}


def annotate(root) -> int:
    """Write each element's HTML id as an ids:id attribute, and each note's label as ids:label (the
    XSLT reads them and computes none); return how many. Mentions and interventions only when the document's own id is usable."""
    doc = root.get(XML_ID) or ""
    found = {**block_ids(root), **note_ids(root), **{pb: value for pb, (value, _) in page_ids(root).items()}}
    if _ID.match(doc):
        for tag in NAME_KINDS:
            found.update((el, value) for el, value in mention_ids(root, doc, tag).items() if _outermost(el) is el)
        found.update(intervention_ids(root, doc))
        found.update(date_ids(root, doc))
    for el, value in found.items():
        el.set(IDS + "id", value)
    labels = note_labels(root)
    for note, label in labels.items():
        note.set(IDS + "label", label)
    return len(found) + len(labels)
