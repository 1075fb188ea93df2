"""Markup that is not TEI, which the static site must never publish as-is.

The static site serves each TEI file unchanged (doc/<id>.xml, the DTS document files); a plain
web server sends it as XML, and a browser opening it runs any XHTML or SVG script inside and
applies any xml-stylesheet instruction, with no Content-Security-Policy header to stop it (the
viewer's own responses carry one). So `build` refuses a file holding an element outside
the TEI namespace, or an xml-stylesheet instruction, and leaves it out of the site.
"""

from lxml import etree

from .errors import InputError
from .xmlsafe import TEI_NS

_FOREIGN = etree.XPath("(//*[namespace-uri() != $tei] | //processing-instruction('xml-stylesheet'))[1]")


def refuse_foreign(tree: etree._ElementTree, name: str) -> None:
    found = _FOREIGN(tree, tei=TEI_NS)
    if not found:
        return
    node = found[0]
    if isinstance(node, etree._ProcessingInstruction):
        what = "an xml-stylesheet instruction"
    else:
        qname = etree.QName(node)
        what = f"<{qname.localname}> in {f'namespace {qname.namespace}' if qname.namespace else 'no namespace'}"
    raise InputError(f"{name}:{node.sourceline or 1}:1: error: {what}, not TEI: a static site would serve it "
                     "as-is to browsers; remove it (edition validate names every such element)")
