"""The five real transcriptions import to well-formed, tei_all-valid TEI that keeps their words."""

import shutil
import subprocess

import pytest

from edition.fidelity import measure
from edition.xmlsafe import NS, XML_NS, parse_file

from conftest import DOCUMENTS, SHARED, SOURCES, require_tool  # tests/conftest.py


@pytest.fixture(scope="module")
def imports(tmp_path_factory):
    """Import each source once (through the command) into a temporary tei folder."""
    from edition.cli import main

    folder = tmp_path_factory.mktemp("tei")
    out = {}
    for source, stem in DOCUMENTS.items():
        target = folder / f"{stem}.xml"
        assert main(["import", str(SOURCES / source), "-o", str(target)]) == 0
        out[source] = target
    return out


@pytest.mark.parametrize("source", sorted(DOCUMENTS))
def test_imported_source_keeps_its_words_in_order(imports, source):
    root = parse_file(imports[source]).getroot()
    result = measure((SOURCES / source).read_text(encoding="utf-8"), root)
    assert result.share >= 0.995, result.missing[:20]


@pytest.mark.parametrize("source", sorted(DOCUMENTS))
def test_every_note_marker_points_at_a_note_of_the_file(imports, source):
    root = parse_file(imports[source]).getroot()
    ids = set(root.xpath("//@xml:id"))
    targets = root.xpath("//tei:ref[@type='noteAnchor']/@target", namespaces=NS)
    assert all(t[1:] in ids for t in targets)
    assert len(ids) == len(root.xpath("//@xml:id"))          # unique


def test_book_chapters_have_their_endnote_markers_in_sequence(imports):
    for source, last in (("001_042cdcd5586f0d86.txt", 132), ("003_64f66db7b9d3cfaf.txt", 79)):
        root = parse_file(imports[source]).getroot()
        numbers = root.xpath("//tei:ref[@type='endnote']/@n", namespaces=NS)
        assert numbers == [str(n) for n in range(1, last + 1)]


def test_running_heads_of_the_forum_give_page_numbers(imports):
    root = parse_file(imports["000_1f0d5a27ce904b67.txt"]).getroot()
    assert root.xpath("//tei:pb/@n", namespaces=NS) == ["667", "669", "671"]


def test_brief_has_a_top_and_bottom_marking_on_each_of_its_pages(imports):
    root = parse_file(imports["002_44ee98c8402bf00f.txt"]).getroot()
    places = root.xpath("//tei:fw[@type='classification']/@place", namespaces=NS)
    assert places == ["top", "bottom"] * 14


def test_imported_sources_are_valid_against_tei_all(imports):
    schema = SHARED / "tei-p5" / "tei_all.rng"
    if not schema.exists():
        pytest.skip(f"{schema} is absent (the shared TEI schema is outside the repository)")
    jing = require_tool("jing")
    run = subprocess.run([jing, str(schema), *map(str, imports.values())], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout


def test_forum_breaks_its_pages_where_the_catalogue_counts_them(imports):
    # CATALOGUE.md §1.2: seven page breaks, all mid-sentence; folios printed on three of them
    root = parse_file(imports["000_1f0d5a27ce904b67.txt"]).getroot()
    assert len(root.xpath("//tei:pb", namespaces=NS)) == 7
    assert len(root.xpath("//tei:pb[@break='no']", namespaces=NS)) == 2
