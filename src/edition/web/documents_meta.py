"""One edition file's header as data: id, title, authors, the printed source's citation."""

from dataclasses import dataclass

from ..xmlsafe import NS, XML_NS
from .textflow import squash


@dataclass(frozen=True)
class Document:
    id: str
    path: object  # pathlib.Path of the TEI file (never built from a URL)
    title: str
    authors: tuple
    citation: str
    source_file: str
    licence: str
    licence_url: str
    kinds: tuple  # the div/@type values, for the line on each document
    notes: int
    pages: int

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title, "authors": list(self.authors), "citation": self.citation,
                "source_file": self.source_file, "licence": self.licence_url or self.licence,
                "notes": self.notes, "pages": self.pages}


def _t(el) -> str:
    return squash("".join(el.itertext())).strip() if el is not None else ""


def _names(els) -> list[str]:
    return [n for n in (_t(e) for e in els) if n]


def citation(bibl) -> str:
    """'Author, “Article,” Journal 26 (1967): 665–667.' from sourceDesc/biblStruct (Chicago-like)."""
    if bibl is None:
        return ""
    parts = []
    analytic, monogr = bibl.find("tei:analytic", NS), bibl.find("tei:monogr", NS)
    authors = _names(bibl.findall("tei:analytic/tei:author", NS)) or _names(bibl.findall("tei:monogr/tei:author", NS))
    editors = _names(bibl.findall("tei:monogr/tei:editor", NS))
    if authors:
        parts.append(" and ".join(authors) + ",")
    if analytic is not None and analytic.find("tei:title", NS) is not None:
        parts.append(f"“{_t(analytic.find('tei:title', NS))},”")
    if monogr is not None:
        if analytic is not None and editors:
            parts.append("in")
        parts.append(_t(monogr.find("tei:title", NS)))
        if editors:
            parts.append("ed. " + " and ".join(editors) + ",")
        vol = _t(monogr.find(".//tei:biblScope[@unit='volume']", NS))
        if vol:
            parts.append(vol)
        imprint = monogr.find("tei:imprint", NS)
        if imprint is not None:
            where = ": ".join(x for x in (_t(imprint.find("tei:pubPlace", NS)), _t(imprint.find("tei:publisher", NS))) if x)
            when = _t(imprint.find("tei:date", NS))
            inner = ", ".join(x for x in (where, when) if x)
            if inner:
                parts.append(f"({inner})")
        pages = _t(bibl.find(".//tei:biblScope[@unit='page']", NS))
        if pages:
            parts[-1] += ":" if parts[-1].endswith(")") else ","
            parts.append(pages)
    text = " ".join(p for p in parts if p).replace(",,", ",").rstrip(",")
    return text + ("" if text.endswith(".") else ".")


def read_document(tree) -> Document:
    root = tree.getroot()
    path = tree.docinfo.URL
    doc_id = root.get(f"{{{XML_NS}}}id")
    title = _t(root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS))
    authors = tuple(_names(root.findall("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author", NS)))
    source = root.find("tei:teiHeader/tei:fileDesc/tei:sourceDesc", NS)
    bibl = source.find("tei:biblStruct", NS) if source is not None else None
    if bibl is None and source is not None:
        bibl = source.find("tei:bibl", NS)
    licence = root.find(".//tei:publicationStmt/tei:availability/tei:licence", NS)
    body = root.find("tei:text", NS)
    kinds = tuple(dict.fromkeys(d.get("type") for d in body.iter(f"{{{NS['tei']}}}div") if d.get("type"))) if body is not None else ()
    return Document(
        id=doc_id, path=path, title=title, authors=authors,
        citation=citation(bibl) if bibl is not None and bibl.tag.endswith("biblStruct") else _t(bibl),
        source_file=_t(root.find(".//tei:sourceDesc//tei:idno[@type='source-file']", NS)),
        licence=_t(licence), licence_url=licence.get("target", "") if licence is not None else "",
        kinds=kinds,
        notes=len(body.findall(".//tei:note[@type='footnote']", NS)) if body is not None else 0,
        pages=len(body.findall(".//tei:pb", NS)) if body is not None else 0,
    )
