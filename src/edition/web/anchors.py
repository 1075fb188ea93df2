"""Fragment ids in the reading view for mentions, interventions and blocks, in one place.

The XSLT (the one rendering path) writes these ids into the HTML: paragraphs `p1`, `p2`…
(text//p in document order), note bodies their xml:id, mentions `{doc}-pnN` and interventions
`{doc}-appN` (xslt/README.md). The index of persons and the apparatus link to "the exact
place" with the same numbering, computed here from the TEI; a test checks that both agree on
the five documents.
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
