"""One encoded document as the tests of its facts read it: parsed by xmlsafe, queried with `t:`.

Shared by the per-document test files (test_jansen_petrov_ch2.py, …), which import it by name
as tests/importer's files import import_fixture.
"""

import re

from conftest import TEI
from edition.xmlsafe import TEI_NS, XML_NS, parse_file

NS = {"t": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def load(doc_id: str):
    """tei/{doc_id}.xml as an lxml tree."""
    return parse_file(TEI / f"{doc_id}.xml")


def xp(node, path: str):
    return node.xpath(path, namespaces=NS)


def text(node) -> str:
    """The node's text with white space collapsed, as a reader sees it."""
    return re.sub(r"\s+", " ", "".join(node.itertext())).strip()
