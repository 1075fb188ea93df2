"""The index of persons at any size: persons.xsl run on slices of the personography, written
slice by slice, so neither the mentions nor the page are ever whole in memory.

At 10,000 documents the page lists 550,000 links (68 MB); rendered in one transform, the
mentions tree, the result tree and the page string took the build's parent to 1.3 GB. The
same stylesheet gives the same bytes slice by slice, because a person's entry depends only on
the person and their mentions: a first run without mentions gives the page around the entries
and the order of the persons (the stylesheet's own sort: no collation is copied here); each
slice of SLICE persons, a run of that order, is then rendered with its persons' mentions.
Within a slice the stylesheet sorts again, stably, so the slice keeps its place in the order.
"""

import re
import tempfile
from copy import deepcopy
from pathlib import Path

from lxml import etree

from ..render import api
from ..xmlsafe import TEI_NS, XML_NS, parse_file

SLICE = 250
_ENTRY = re.compile(r'<article class="person-entry" id="([^"]*)"')
_OPEN = '<section class="persons-index"'


def _parts(html: str) -> tuple[str, str, str]:
    """(page up to the index's heading, the entries, the rest of the page)."""
    start = html.index(_OPEN)
    head = html.index("</h1>", start) + len("</h1>")
    end = html.index("</section>", head)  # entries hold no section
    return html[:head], html[head:end], html[end:]


def _slice_file(tree, keep: set[str], folder: Path) -> Path:
    """A copy of the personography holding only the persons in `keep`."""
    copy = deepcopy(tree.getroot())
    for person in list(copy.iter(f"{{{TEI_NS}}}person")):
        if person.get(f"{{{XML_NS}}}id") not in keep:
            person.getparent().remove(person)
    path = folder / "persons.xml"
    path.write_bytes(etree.tostring(copy, xml_declaration=True, encoding="UTF-8"))
    return path


def write_persons_page(persons_path: Path, documents, out_file: Path) -> None:
    """Write persons.html for `documents`: (href, name, {person id: mentions}) in document order.

    Each link reads "name (N)". A personography of one slice or less is rendered in one transform."""
    tree = parse_file(persons_path)
    if len(tree.getroot().findall(f".//{{{TEI_NS}}}person")) <= SLICE:
        mentions: dict[str, list[tuple[str, str]]] = {}
        for href, name, counts in documents:
            for pid, n in counts.items():
                mentions.setdefault(pid, []).append((href, _label(name, n)))
        out_file.write_text(api.persons_index_html(persons_path, mentions, page=True), encoding="utf-8")
        return
    head, entries, tail = _parts(api.persons_index_html(persons_path, None, page=True))
    order = _ENTRY.findall(entries)
    where: dict[str, list[tuple[int, int]]] = {pid: [] for pid in order}  # person -> [(document, count)]
    names = []
    for index, (href, name, counts) in enumerate(documents):
        names.append((href, name))
        for pid, n in counts.items():
            if pid in where:
                where[pid].append((index, n))
    with open(out_file, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        out.write(head)
        for start in range(0, len(order), SLICE):
            ids = order[start:start + SLICE]
            mentions = {pid: [(names[i][0], _label(names[i][1], n)) for i, n in where[pid]]
                        for pid in ids if where[pid]}
            html = api.persons_index_html(_slice_file(tree, set(ids), Path(tmp)), mentions, page=True)
            out.write(_parts(html)[1])
        out.write(tail)


def _label(name: str, mentions: int) -> str:
    return f"{name} ({mentions})"
