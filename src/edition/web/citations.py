"""The printed source's citation for the list of documents, without rendering the documents.

The front page cites every document's source in the XSLT's words (the same as the document
page's header). Rendering each whole document for one line took minutes at 1,000 documents,
so here the stylesheet is run on the document's teiHeader alone, with an empty text: the
header block depends on nothing else, and the citation on the sourceDesc alone: it is kept per
corpus by the sourceDesc's digest, so documents from one printed source share one run.
"""

import hashlib
from copy import deepcopy

import lxml.html
from lxml import etree

from .. import reads
from ..tei.namespaces import T


def header_only(root) -> str:
    """The TEI document reduced to its teiHeader and an empty text."""
    stub = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
    header = root.find(T + "teiHeader")
    if header is not None:
        stub.append(deepcopy(header))
    etree.SubElement(etree.SubElement(etree.SubElement(stub, T + "text"), T + "body"), T + "p")
    return etree.tostring(stub, encoding="unicode")


def source_digest(root) -> str:
    source = root.find(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc")
    data = etree.tostring(source, encoding="utf-8", with_tail=False) if source is not None else b""
    return hashlib.sha1(data).hexdigest()


def citation(corpus, doc) -> str:
    key = corpus.own(doc.id).source
    found = corpus.citations.get(key)
    if found is None:
        from ..render import compiler

        with reads.quiet():  # made from the sourceDesc alone, whose digest (own().source) is noted
            root = corpus.tree(doc.id).getroot()
        html = compiler.run("html.xsl", header_only(root), {"view": "reading"}, str(doc.path))
        cite = lxml.html.fragment_fromstring(html).find(".//p[@class='source-citation']/cite")
        found = corpus.citations[key] = cite.text_content().strip() if cite is not None else ""
    return found
