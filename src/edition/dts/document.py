"""The Document endpoint: the TEI of a whole document, or of a citable unit or range of them.

A whole document is the file as it is. A passage is wrapped as the specification asks:
<TEI xmlns="http://www.tei-c.org/ns/1.0"><dts:wrapper xmlns:dts="https://w3id.org/api/dts#">
…</dts:wrapper></TEI>: a copy of the division or paragraph, the units from start to end (each
once: a unit inside an earlier one is not repeated), or a page's content from its page break to
the next (passage.between). Only application/tei+xml is offered.
"""

from lxml import etree

from ..xmlsafe import TEI_NS
from . import passage, tree as trees
from .edition import DTS_NS, TEI_MEDIA_TYPE, Edition
from .errors import DtsError
from .selection import check_range, units


def _wrap(pieces, attrs: dict) -> str:
    tei = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    wrapper = etree.SubElement(tei, f"{{{DTS_NS}}}wrapper", {k: v for k, v in attrs.items() if v},
                               nsmap={"dts": DTS_NS})
    for piece in pieces:
        wrapper.append(piece)
    return etree.tostring(tei, encoding="unicode", xml_declaration=False)


def document(edition: Edition, resource: str | None, ref: str | None = None, start: str | None = None,
             end: str | None = None, tree: str | None = None, media_type: str | None = None) -> str:
    """TEI text of the requested resource or passage."""
    check_range(ref, start, end)
    root = edition.root(resource)
    if media_type not in (None, TEI_MEDIA_TYPE):
        raise DtsError(404, f"{resource} is offered as {TEI_MEDIA_TYPE} only")
    if ref is None and start is None:
        return edition.documents[resource].read_text(encoding="utf-8")
    nodes, where = units(root, resource, tree, ref, start, end)
    first, last = (where[ref], where[ref]) if ref is not None else (where[start], where[end])
    if tree == trees.PAGES:
        stop = nodes[last + 1].element if last + 1 < len(nodes) else None
        pieces = [passage.between(root.find(trees.T + "text"), nodes[first].element, stop)]
    else:
        chosen = nodes[first:last + 1]
        outer = [n.element for n in chosen]
        pieces = [passage.element_copy(el) for el in outer
                  if not any(a in outer for a in el.iterancestors())]
    return _wrap(pieces, {"ref": ref, "start": start, "end": end, "tree": tree})
