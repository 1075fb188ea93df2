"""One edition file's header as data (id, title, authors, licence), and what its text holds, counted.

The printed source's citation is not built here: the XSLT writes it (web/citations.py),
so the front page and the document page cite the source in the same words.
"""

from dataclasses import dataclass

from ..xmlsafe import NS, XML_NS
from .textflow import squash


@dataclass(frozen=True)
class Document:
    """What the header says: all a list of documents needs (read without the text: xmlsafe.read_head)."""
    id: str
    path: object  # pathlib.Path of the TEI file (never built from a URL)
    title: str
    authors: tuple
    source_file: str
    licence: str
    licence_url: str

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title, "authors": list(self.authors),
                "source_file": self.source_file, "licence": self.licence_url or self.licence}


@dataclass(frozen=True)
class Contents:
    """What the text holds, counted: the front page's line on each document."""
    kinds: tuple = ()  # the div/@type values
    notes: int = 0  # footnotes printed with their bodies
    pages: int = 0  # page breaks
    page_range: tuple = ()  # (first, last) page numbers; () when no break has one
    pages_counted: bool = False  # every page number is the editors' (pb/@resp), none printed
    endnote_markers: int = 0  # markers of book endnotes whose bodies were not transcribed
    editors_notes: int = 0
    slides: int = 0
    figures: int = 0

    def to_json(self) -> dict:
        return {"notes": self.notes, "pages": self.pages, "page_range": list(self.page_range),
                "pages_counted": self.pages_counted, "endnote_markers": self.endnote_markers,
                "editors_notes": self.editors_notes, "slides": self.slides, "figures": self.figures}


def _t(el) -> str:
    return squash("".join(el.itertext())).strip() if el is not None else ""


def _names(els) -> list[str]:
    return [n for n in (_t(e) for e in els) if n]


def read_document(tree) -> Document:
    """The header's part (the teiHeader and the root's id: a tree read up to the header will do)."""
    root = tree.getroot()
    licence = root.find(".//tei:publicationStmt/tei:availability/tei:licence", NS)
    return Document(
        id=root.get(f"{{{XML_NS}}}id"), path=tree.docinfo.URL,
        title=_t(root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS)),
        authors=tuple(_names(root.findall("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author", NS))),
        source_file=_t(root.find("tei:teiHeader//tei:sourceDesc//tei:idno[@type='source-file']", NS)),
        licence=_t(licence), licence_url=licence.get("target", "") if licence is not None else "")


def read_contents(tree) -> Contents:
    body = tree.getroot().find("tei:text", NS)
    if body is None:
        return Contents()
    count = lambda path: len(body.findall(path, NS))  # noqa: E731
    numbered = [pb for pb in body.iter(f"{{{NS['tei']}}}pb") if (pb.get("n") or "").strip()]
    numbers = [" ".join(pb.get("n").split()) for pb in numbered]
    return Contents(
        kinds=tuple(dict.fromkeys(d.get("type") for d in body.iter(f"{{{NS['tei']}}}div") if d.get("type"))),
        notes=count(".//tei:note[@type='footnote']"), pages=count(".//tei:pb"),
        page_range=(numbers[0], numbers[-1]) if numbers else (),
        pages_counted=bool(numbered) and all(pb.get("resp") for pb in numbered),
        endnote_markers=count(".//tei:ref[@type='endnote']"), editors_notes=count(".//tei:note[@type='editorial']"),
        slides=count(".//tei:div[@type='slide']"), figures=count(".//tei:figure"))
