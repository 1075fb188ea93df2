"""The TEI namespace helpers the importer's modules share."""

from ..tei.namespaces import TEI_NS, XML_NS


def tei(name: str) -> str:
    return f"{{{TEI_NS}}}{name}"


def xml(name: str) -> str:
    return f"{{{XML_NS}}}{name}"
