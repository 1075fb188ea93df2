"""Which documents mention which person: gathered from the TEI, handed to persons.xsl as XML.

The index of persons lists, under each person, links to the documents that mention them.
Hrefs are made by the caller (the viewer and `edition build` lay pages out differently) and
must be relative paths: anything that looks like a URL scheme is refused here, before it can
reach an href.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..tei import refs
from ..tei.editors_notes import in_editors_note

_SAFE_HREF = re.compile(r"^[A-Za-z0-9_.~/#\-]+$")


@dataclass(frozen=True)
class DocumentSummary:
    """What the index of persons and the list of documents need from one document, read in one parse."""
    id: str  # the root xml:id when it is a usable name, else the file name's stem
    title: str
    persons: dict[str, int]  # person id -> mentions in the text (not in the editors' notes)


def summarise(path: Path) -> DocumentSummary:
    root = xmlsafe.parse_file(path).getroot()
    doc_id = root.get(f"{{{xmlsafe.XML_NS}}}id") or ""
    title = " ".join(root.xpath("string(//tei:titleStmt/tei:title[1])", namespaces=xmlsafe.NS).split())
    counts = Counter(pid for name in root.xpath("//tei:text//tei:persName[@ref]", namespaces=xmlsafe.NS)
                     if not in_editors_note(name) and (pid := refs.person_id(name.get("ref"))))
    return DocumentSummary(doc_id if re.match(r"^[A-Za-z_][A-Za-z0-9_.\-]*$", doc_id) else Path(path).stem,
                           title, dict(counts))


def mentions_document(mentions: dict[str, list[tuple[str, str]]], compiler):
    """The mentions as a Saxon document: <mentions><person id><doc href>label</doc>…"""
    root = etree.Element("mentions")
    for person_id, docs in mentions.items():
        el = etree.SubElement(root, "person", id=person_id)
        for href, label in docs:
            if not _SAFE_HREF.match(href):
                raise ValueError(f"mention link must be a relative path, not {href!r}")
            etree.SubElement(el, "doc", href=href).text = label
    return compiler.parse_text(etree.tostring(root, encoding="unicode"))
