"""Dublin Core terms for a document, read from its teiHeader (DTS `dublinCore` MetadataObject).

title (with the document's xml:lang), creator (titleStmt authors), publisher and date (of the
encoding, publicationStmt), license (licence/@target), source (the printed source as one
citation line from sourceDesc/biblStruct), language (langUsage idents), type "Text".
"""

from ..xmlsafe import NS
from .tree import reading

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _all(root, path: str) -> list:
    return root.xpath(path, namespaces=NS)


def _citation(bibl) -> str:
    parts = []
    for part in bibl.xpath("tei:analytic | tei:monogr", namespaces=NS):
        authors = ", ".join(reading(a) for a in part.xpath("tei:author", namespaces=NS))
        titles = ". ".join(reading(t) for t in part.xpath("tei:title", namespaces=NS))
        imprint = ", ".join(reading(x) for x in part.xpath("tei:imprint/*", namespaces=NS))
        parts.append(". ".join(x for x in (authors, titles, imprint) if x))
    return ". ".join(p for p in parts if p)


def title(root) -> str:
    found = _all(root, "tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title")
    return reading(found[0]) if found else ""


def dublin_core(root) -> dict:
    lang = root.get(XML_LANG) or "en"
    header = "tei:teiHeader/tei:fileDesc/"
    dc: dict = {"title": [{"lang": lang, "value": title(root)}], "type": ["Text"]}
    creators = [reading(a) for a in _all(root, header + "tei:titleStmt/tei:author")]
    if creators:
        dc["creator"] = creators
    publishers = [reading(p) for p in _all(root, header + "tei:publicationStmt/tei:publisher")]
    if publishers:
        dc["publisher"] = publishers
    dates = _all(root, header + "tei:publicationStmt/tei:date/@when")
    if dates:
        dc["date"] = str(dates[0])
    licences = _all(root, header + "tei:publicationStmt/tei:availability/tei:licence/@target")
    if licences:
        dc["license"] = [str(x) for x in licences]
    sources = [_citation(b) for b in _all(root, header + "tei:sourceDesc/tei:biblStruct")]
    if any(sources):
        dc["source"] = [s for s in sources if s]
    languages = [str(x) for x in _all(root, "tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident")]
    if languages:
        dc["language"] = languages
    return dc
