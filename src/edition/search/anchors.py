"""The HTML ids the reading view gives the places a search result links to, computed from the TEI.

Same rules as the XSLT (xslt/html/structure.xsl, notes.xsl, furniture.xsl), restated here so a
result can link without rendering:
- a paragraph is "p" + its position among all `text//p` in document order (p1, p2…; paragraphs
  inside notes and quotations count too); list items, verse lines, heads, image text and bylines
  likewise, each kind counted by itself (item1, l1, head1, ab1, byline1), and a block quotation
  without paragraphs of its own "quote1"… (xslt/html/document.xsl, its accumulators);
- a note body is its xml:id, else "{doc}-note-{k}" (k = notes before it, +1);
- a page break is "page" + its @n with characters outside [A-Za-z0-9-] removed, "-2", "-3"… for
  a number printed again, or "page-u{k}" for the k-th break without @n.
"""

import re

from ..xmlsafe import TEI_NS, XML_NS

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


_KINDS = ("p", "item", "l", "head", "ab", "byline")
_BLOCKS = (T + "p", T + "lg", T + "ab", T + "list")


def paragraph_ids(root) -> dict:
    text = root.find(T + "text")
    return {p: f"p{i}" for i, p in enumerate(text.iter(T + "p"), 1)} if text is not None else {}


def _bare_quote(el) -> bool:
    parent = el.getparent()
    return (parent is not None and parent.tag in (T + "div", T + "body", T + "note")
            and not any(child.tag in _BLOCKS for child in el))


def block_ids(root) -> dict:
    """{element: html id} for every citable block of the text: paragraphs, items, lines, heads…"""
    text = root.find(T + "text")
    if text is None:
        return {}
    out = {}
    for kind in _KINDS:
        out.update({el: f"{kind}{i}" for i, el in enumerate(text.iter(T + kind), 1)})
    out.update({el: f"quote{i}" for i, el in enumerate((q for q in text.iter(T + "quote") if _bare_quote(q)), 1)})
    return out


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


def block_anchor(el, paragraphs: dict, notes: dict) -> str:
    """The id of the rendered block holding `el`: the nearest block with an id (`block_ids`), else its
    outermost note."""
    node = el
    while node is not None:
        if node in paragraphs:
            return paragraphs[node]
        if node.tag == T + "note" and next(node.iterancestors(T + "note"), None) is None:
            return notes.get(node, "")
        node = node.getparent()
    return ""
