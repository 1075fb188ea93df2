"""Which documents mention which person: gathered from the TEI, handed to persons.xsl as XML.

The index of persons lists, under each person, links to the documents that mention them.
Hrefs are made by the caller (the viewer and `edition build` lay pages out differently) and
must be relative paths: anything that looks like a URL scheme is refused here, before it can
reach an href.
"""

import re
from collections import Counter
from pathlib import Path
from typing import Callable

from lxml import etree

from .. import xmlsafe

_SAFE_HREF = re.compile(r"^[A-Za-z0-9_.~/#\-]+$")
_PERSON_REF = re.compile(r"^(?:persons\.xml)?#([A-Za-z_][A-Za-z0-9_.\-]*)$")


def document_id(path: Path) -> str:
    """A document's id: the root xml:id when it is a usable name, else the file name's stem."""
    root = xmlsafe.parse_file(path).getroot()
    doc_id = root.get(f"{{{xmlsafe.XML_NS}}}id") or ""
    return doc_id if re.match(r"^[A-Za-z_][A-Za-z0-9_.\-]*$", doc_id) else Path(path).stem


def document_title(path: Path) -> str:
    root = xmlsafe.parse_file(path).getroot()
    return " ".join(root.xpath("string(//tei:titleStmt/tei:title[1])", namespaces=xmlsafe.NS).split())


def collect_mentions(
    tei_paths: list[Path], href: Callable[[str], str] = lambda doc_id: f"{doc_id}.html"
) -> dict[str, list[tuple[str, str]]]:
    """Person id -> [(href, "Document title (N)"), ...] in the order of `tei_paths`."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in tei_paths:
        root = xmlsafe.parse_file(path).getroot()
        doc_id, title = document_id(path), document_title(path)
        counts = Counter()
        for ref in root.xpath("//tei:text//tei:persName/@ref", namespaces=xmlsafe.NS):
            match = _PERSON_REF.match(ref.strip())
            if match:
                counts[match.group(1)] += 1
        for person, n in counts.items():
            found.setdefault(person, []).append((href(doc_id), f"{title or doc_id} ({n})"))
    return found


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
