"""edition.tei: one reading-text rule and one persName/@ref rule, which every reader follows."""

import pytest
from lxml import etree

from edition.dts.tree import reading
from edition.fidelity import tei_words
from edition.search.extract import extract_root
from edition.tei.namespaces import T
from edition.tei.reading import NOT_READING, not_reading
from edition.tei.refs import person_id, person_ids
from edition.web.textflow import pieces, squash

PARAGRAPH = ('<p>The <choice><sic>teh</sic><corr>plenum</corr></choice> met<ref type="noteAnchor" n="1" '
             'target="#n1">1</ref> <fw type="header">FORUM 667</fw>in <choice><orig>Sept.</orig>'
             '<reg>September</reg></choice><pb n="2"/> 1936.</p>')


def tei(body: str):
    return etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>{body}</body></text></TEI>')


@pytest.mark.parametrize("ref, expected", [
    ("persons.xml#ezhov", "ezhov"), ("#ezhov", None), (" persons.xml#ezhov ", "ezhov"),
    ("other.xml#ezhov", None), ("persons.xml#", None), ("persons.xml#1ezhov", None), (None, None)])
def test_a_reference_names_a_person_only_when_it_points_into_the_personography(ref, expected):
    assert person_id(ref) == expected


def test_a_reference_of_several_pointers_names_each_person_in_order():
    assert person_ids("persons.xml#ezhov other.xml#x #yagoda persons.xml#stalin") == ["ezhov", "stalin"]


def test_the_reference_rule_is_the_one_the_schema_checks_with(tmp_path, monkeypatch):
    # tei/refs.py holds no pattern of its own: it reads the ODD's $entry-ref, which the
    # Schematron's person-, place- and org-ref rules use; another ODD, another reading
    from edition.tei import refs

    odd = tmp_path / "edition.odd"
    odd.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><sch:let xmlns:sch="http://purl.oclc.org/dsdl/schematron" '
                   "name=\"entry-ref\" value=\"'^([a-z]+)\\.xml#(x+)$'\"/></TEI>", encoding="utf-8")
    monkeypatch.setattr(refs, "data_file", lambda folder, name: odd)
    refs.entry_pattern.cache_clear()
    try:
        assert (person_id("persons.xml#xx"), person_id("persons.xml#ezhov")) == ("xx", None)
    finally:
        monkeypatch.undo()
        refs.entry_pattern.cache_clear()
    assert person_id("persons.xml#ezhov") == "ezhov"


def test_printed_errors_running_heads_page_breaks_gaps_and_note_markers_are_not_reading_text():
    root = tei('<p><choice><sic/><corr/></choice><choice><orig/><reg/></choice><choice><abbr/><expan/></choice>'
               '<fw/><pb/><gap/><ref type="endnote"/><ref type="bibl"/><corr/><sic/></p>')
    skipped = [el.tag[len(T):] for el in root.iter(T + "*") if not_reading(el)]
    # the last sic, outside any choice, is a slip kept as printed: reading text (docs/encoding.md)
    assert skipped == ["sic", "orig", "abbr", "fw", "pb", "gap", "ref"]
    assert {T + n for n in ("fw", "pb", "gap")} == NOT_READING


def test_search_dts_and_the_quotes_read_the_same_words_of_a_paragraph():
    p = tei(PARAGRAPH).find(f"{T}text/{T}body/{T}p")
    expected = "The plenum met in September 1936."
    assert reading(p) == expected
    assert extract_root(tei(PARAGRAPH), "d").units[0].text == expected
    assert squash("".join(text for text, _ in pieces(p, set()))).strip() == expected


def test_fidelity_counts_the_source_readings_instead():
    assert tei_words(tei(PARAGRAPH)) == ["the", "teh", "met", "1", "forum", "667", "in", "sept", "1936"]
