"""Fragment ids in the reading view for mentions, interventions and blocks, in one place.

The XSLT (the one rendering path) gives paragraphs ids `p1`, `p2`… (text//p in document
order) and note bodies their xml:id, but mentions and corrections no id of their own. So the
index can link to "the exact place", the viewer numbers them here from the TEI and
`anchoring.add_ids` writes these ids onto the XSLT's elements, matching them in the order
the XSLT emits them (document header, then the text flow, then the notes list).
"""

from ..xmlsafe import TEI_NS, XML_NS

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"
INTERVENTIONS = (T + "choice", T + "supplied", T + "gap")


def _outermost_name(el):
    top = el
    for a in el.iterancestors(T + "persName"):
        top = a
    return top


def _note_of(el):
    return next(el.iterancestors(T + "note"), None)


def is_intervention(el) -> bool:
    """What the apparatus lists: corrections (choice with sic), supplied text, gaps."""
    return el.tag != T + "choice" or el.find(T + "sic") is not None


def mention_ids(root, doc_id: str) -> dict:
    """{persName element: html id}; a name nested in a name shares its outer name's id."""
    text = root.find(T + "text")
    names = [el for el in text.iter(T + "persName") if el.get("ref")] if text is not None else []
    outer = {}
    for el in (e for e in names if _outermost_name(e) is e):
        outer[el] = f"{doc_id}-pn{len(outer) + 1}"
    return {el: outer.get(_outermost_name(el)) for el in names}


def intervention_ids(root, doc_id: str) -> dict:
    text = root.find(T + "text")
    els = [el for el in text.iter(*INTERVENTIONS) if is_intervention(el)] if text is not None else []
    return {el: f"{doc_id}-app{i}" for i, el in enumerate(els, 1)}


def paragraph_ids(root) -> dict:
    text = root.find(T + "text")
    return {p: f"p{i}" for i, p in enumerate(text.iter(T + "p"), 1)} if text is not None else {}


def block_id(block, paragraphs: dict) -> str:
    """The id of the rendered block around a place: its paragraph, else its note, else ''."""
    node = block
    while node is not None:
        if node in paragraphs:
            return paragraphs[node]
        if node.tag == T + "note" and node.get(XML_ID):
            return node.get(XML_ID)
        node = node.getparent()
    return ""


def in_html_order(root, tags) -> list:
    """The elements with `tags` in the order the HTML shows them: header, text flow, notes list."""
    out = []
    title_stmt = root.find(f"{T}teiHeader/{T}fileDesc/{T}titleStmt")
    if title_stmt is not None:
        for part in title_stmt.findall(T + "title")[:1] + title_stmt.findall(T + "author"):
            out.extend(part.iter(*tags))
    text = root.find(T + "text")
    if text is None:
        return out
    out.extend(el for el in text.iter(*tags) if _note_of(el) is None)
    for note in (n for n in text.iter(T + "note") if _note_of(n) is None):
        out.extend(el for el in note.iter(*tags) if _note_of(el) is note)
    return out
