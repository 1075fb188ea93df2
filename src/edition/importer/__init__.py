"""`edition import`'s core: a markdown-like OCR transcription in, a draft TEI tree out.

    tree, warnings = import_text(text, source_name, doc_id="jansen-petrov-2002-ch5")

Pure: no file is read or written here (see `writer` and `edition.commands.import_`). Warnings
are (source line, message) pairs for what the importer kept but could not classify or place.
"""

import re
from dataclasses import dataclass

from lxml import etree

from .blocks import split_blocks
from .builder import Builder
from .classify import classify
from .header import build_header
from . import idiom
from .headings import heading_text
from .inline import clean
from .notes import Notes, body_label
from .tei import TEI_NS, tei, xml

PIS = [
    'href="../schema/edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"',
    'href="../schema/edition.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"',
]


@dataclass
class Warning_:
    line: int
    message: str


def _title(blocks) -> str:
    for kinds in (("heading",), ("slide-title", "para")):
        for b in blocks:
            if b.kind in kinds:
                text = heading_text(b) if b.kind == "heading" else b.text
                text = re.sub(r"[*_~#]|<[^<>]+>|\\", "", clean(text)).strip()  # [^<>]: a run of "<" stays linear
                if text and not text.isdigit():
                    return text
    return "Untitled transcription"


def _has_numbered_bodies(blocks) -> bool:
    for b in blocks:
        if b.kind == "note-body" and body_label(clean(b.text))[0].isdigit():
            return True
    return False


def import_text(text: str, source_name: str, doc_id: str, endnotes: bool | None = None,
                today: str | None = None):
    warnings: list[Warning_] = []

    def warn(line, message):
        warnings.append(Warning_(line, message))

    blocks = split_blocks(text)
    classify(blocks)
    if endnotes is None:
        endnotes = not _has_numbered_bodies(blocks)
    notes = Notes(doc_id, endnotes, warn)
    body = Builder(blocks, notes, warn).build()
    languages = ["en"] + (["ru"] if re.search(r"[\u0400-\u04FF]", text) else [])
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(xml("id"), doc_id)
    root.set(xml("lang"), "en")
    header = build_header(doc_id, _title(blocks), source_name, languages, today)
    root.append(header)
    text_el = etree.SubElement(root, tei("text"))
    text_el.append(body)
    idiom.front_matter(text_el, body)
    idiom.chapter_label(body)
    idiom.release_codes(body)
    idiom.declassification(header, body, doc_id)
    idiom.endnotes_back(text_el, doc_id)
    tree = etree.ElementTree(root)
    for pi in PIS:
        root.addprevious(etree.ProcessingInstruction("xml-model", pi))
    warnings.sort(key=lambda w: w.line)
    return tree, warnings
