"""The TEI namespace helpers the importer's modules share."""

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei(name: str) -> str:
    return f"{{{TEI_NS}}}{name}"


def xml(name: str) -> str:
    return f"{{{XML_NS}}}{name}"
