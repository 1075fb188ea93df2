"""The tagger on a tiny TEI fixture, through `edition dates --tag` on a copy."""

import shutil
from pathlib import Path

import pytest

from edition.xmlsafe import NS, parse_file

FIXTURE = Path(__file__).parent / "fixtures" / "tagging.xml"
EXCEPTIONS = Path(__file__).resolve().parents[2] / "tei" / "exceptions" / "dates.txt"


@pytest.fixture
def tagged(tmp_path, cli):
    copy = tmp_path / "tagging.xml"
    shutil.copy(FIXTURE, copy)
    result = cli("dates", "--tag", copy, "--exceptions", EXCEPTIONS)
    assert result.exit_code == 0, result.stderr
    return copy, result


def dates(tree, xpath="//tei:body"):
    body = tree.xpath(xpath, namespaces=NS)[0]
    return [("".join(d.itertext()), dict(d.attrib)) for d in body.iterfind(".//tei:date", NS)]


def test_tagging_prints_how_many_dates_it_tagged(tagged):
    path, result = tagged
    new = len(dates(parse_file(path))) - len(dates(parse_file(FIXTURE)))
    assert result.stdout.strip() == f"{path}: tagged {new} dates"
    assert new > 0


def test_tagging_changes_no_character_of_the_text(tagged):
    path, _ = tagged
    assert "".join(parse_file(path).getroot().itertext()) == "".join(parse_file(FIXTURE).getroot().itertext())


def test_the_header_and_attribute_values_are_left_alone(tagged):
    path, _ = tagged
    tree = parse_file(path)
    assert tree.xpath("//tei:teiHeader//tei:date", namespaces=NS)[0].get("when") == "2026-11-23"
    assert len(tree.xpath("//tei:teiHeader//tei:date", namespaces=NS)) == 1
    assert tree.xpath("//tei:div/@n", namespaces=NS) == ["1957"]
    assert tree.xpath("//tei:pb/@n", namespaces=NS) == ["1937"]


def test_folios_choices_and_existing_dates_are_not_tagged_again(tagged):
    path, _ = tagged
    tree = parse_file(path)
    assert not tree.xpath("//tei:fw//tei:date | //tei:choice//tei:date | //tei:date//tei:date", namespaces=NS)


def test_markup_inside_a_paragraph_survives_and_dates_go_inside_it(tagged):
    path, _ = tagged
    tree = parse_file(path)
    hi = tree.xpath("//tei:p[@n='1']/tei:hi", namespaces=NS)[0]
    assert "".join(hi.itertext()) == "June Plenum"
    assert dates(tree, "//tei:p[@n='1']/tei:hi") == [("June", {"when": "1957-06", "evidence": "conjecture"})]


def test_pieces_of_a_date_list_become_one_date_each(tagged):
    path, _ = tagged
    found = dates(parse_file(path), "//tei:p[@n='1']")
    assert ("17", {"when": "1957-06-17", "evidence": "conjecture"}) in found
    assert ("19 June", {"when": "1957-06-19", "evidence": "conjecture"}) in found


def test_a_note_does_not_lend_its_years_to_the_running_text(tagged):
    path, _ = tagged
    found = dict(dates(parse_file(path), "//tei:p[@n='1']"))
    assert found["1951"] == {"when": "1951"}
    assert found["21 July"] == {"when": "1957-07-21", "evidence": "conjecture"}


def test_non_dates_stay_text(tagged):
    path, _ = tagged
    found = [text for text, _ in dates(parse_file(path), "//tei:p[@n='2']")]
    assert found == ["September 1936", "late 1938"]  # not No. 1937, pp. 1917-20, 1,500, October Revolution, the comment


def test_the_prolog_and_comments_are_kept_byte_for_byte(tagged):
    path, _ = tagged
    before, after = FIXTURE.read_text(encoding="utf-8"), path.read_text(encoding="utf-8")
    assert after.startswith(before[: before.index("<TEI")])
    assert "<!-- a comment, 1938 -->" in after


def test_tagging_twice_tags_nothing_the_second_time(tagged, cli):
    path, _ = tagged
    first = path.read_bytes()
    again = cli("dates", "--tag", path, "--exceptions", EXCEPTIONS)
    assert again.stdout.strip() == f"{path}: tagged 0 dates"
    assert path.read_bytes() == first


def test_a_pinned_context_year_holds_for_every_yearless_date(tmp_path, cli):
    copy = tmp_path / "x.xml"
    copy.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>In 1953 he fell; on 12 July'
                    " the brief was written.</p></body></text></TEI>", encoding="utf-8")
    assert cli("dates", "--tag", copy, "--context-year", "1957", "--fixed-context").exit_code == 0
    assert ("12 July", {"when": "1957-07-12", "evidence": "conjecture"}) in dates(parse_file(copy))


def test_a_yearless_date_without_any_context_is_left_for_the_editor(tmp_path, cli):
    copy = tmp_path / "x.xml"
    copy.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>On 12 July.</p></body></text></TEI>',
                    encoding="utf-8")
    assert cli("dates", "--tag", copy).stdout.strip() == f"{copy}: tagged 0 dates"
    assert cli("dates", copy).exit_code == 1


def test_a_bare_year_only_lends_itself_to_of_that_year(tmp_path, cli):
    # adapted from 003 L213: "Probably in 1935, after being elected ... in February of that year"
    copy = tmp_path / "x.xml"
    copy.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>On 9 December 1937 he spoke. Probably'
                    " in 1935, after being elected in February of that year, he left; on 17 February he was back."
                    "</p></body></text></TEI>", encoding="utf-8")
    assert cli("dates", "--tag", copy).exit_code == 0
    found = dict(dates(parse_file(copy)))
    assert found["February"] == {"when": "1935-02", "evidence": "conjecture"}
    assert found["17 February"] == {"when": "1937-02-17", "evidence": "conjecture"}
