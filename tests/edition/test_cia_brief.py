"""Facts of the 1957 brief (source 002) that its encoding must keep."""

import pytest
from lxml import etree

from encoded import NS, load


@pytest.fixture(scope="module")
def brief():
    return load("cia-1957-khrushchev-purge")


def test_the_cover_memo_and_the_title_page_are_front_matter_and_the_brief_the_body(brief):
    front = brief.xpath("//t:text/t:front/*", namespaces=NS)
    assert [(etree.QName(e).localname, e.get("type")) for e in front] == [("div", "cover-memo"), ("titlePage", None)]
    assert brief.xpath("//t:body/t:div/@type", namespaces=NS) == ["brief"]


def test_the_title_page_has_its_series_year_number_title_and_date(brief):
    parts = brief.xpath("//t:titlePage/t:docTitle/t:titlePart", namespaces=NS)
    assert [(p.get("type"), "".join(p.itertext())) for p in parts] == [
        ("series", "BRIEFS ON INTERNATIONAL COMMUNISM"), ("volume", "1957"), ("number", "- V -"),
        ("main", "THE KHRUSHCHEV PURGE")]
    assert brief.xpath("//t:titlePage/t:docDate//t:date/@when", namespaces=NS) == ["1957-07-23"]
    assert brief.xpath("//t:titlePage/t:pb/@n", namespaces=NS) == ["2"]


def test_fourteen_pages_are_counted_by_the_editor(brief):
    pbs = brief.xpath("//t:text//t:pb", namespaces=NS)
    assert [pb.get("n") for pb in pbs] == [str(n) for n in range(1, 15)]
    assert all(pb.get("resp") == "#cia-1957-khrushchev-purge-ed" for pb in pbs)


def test_every_page_has_a_classification_mark_at_head_and_foot(brief):
    marks = brief.xpath("//t:fw[@type='classification']", namespaces=NS)
    assert [m.get("place") for m in marks] == ["top", "bottom"] * 14


def test_only_the_two_marks_of_page_seven_are_not_struck_through(brief):
    unstruck = brief.xpath("//t:fw[@type='classification'][not(t:del)]", namespaces=NS)
    assert [m.xpath("string(preceding::t:pb[1]/@n)", namespaces=NS) for m in unstruck] == ["7", "7"]
    assert [m.xpath("string(.)", namespaces=NS).strip() for m in unstruck] == ["S-E-C-R-E-T"] * 2


def test_redactions_and_release_codes_are_kept_distinct(brief):
    assert len(brief.xpath("//t:gap[@reason='redacted']", namespaces=NS)) == 2
    codes = brief.xpath("//t:ab[@type='release-code']/t:stamp/text()", namespaces=NS)
    assert codes == ["25X1A2d2", "25X1X7"]
    assert [ab.getparent().get("type") for ab in brief.xpath("//t:ab[@type='release-code']", namespaces=NS)] == ["cover-memo"] * 2


def test_every_struck_classification_names_the_declassifying_hand(brief):
    hand = brief.xpath("//t:profileDesc/t:handNotes/t:handNote/@xml:id", namespaces=NS)
    assert hand == ["cia-1957-khrushchev-purge-declassification"]
    dels = brief.xpath("//t:text//t:del", namespaces=NS)
    assert len(dels) == 26 and {d.get("hand") for d in dels} == {"#" + hand[0]}
    assert all(d.getparent().get("type") == "classification" for d in dels)


def test_the_eleven_numbered_paragraphs_keep_their_numbers(brief):
    numbers = brief.xpath("//t:div[@type='brief']/t:p/@n", namespaces=NS)
    assert numbers == [str(n) for n in range(1, 12)]


def test_both_asterisk_notes_follow_their_markers(brief):
    for n in ("*", "**"):
        ref = brief.xpath(f"//t:ref[@type='noteAnchor'][@n='{n}']", namespaces=NS)
        assert len(ref) == 1
        note = ref[0].getnext()
        assert note.tag == f"{{{NS['t']}}}note" and note.get("n") == n
        assert ref[0].get("target") == "#" + note.get("{http://www.w3.org/XML/1998/namespace}id")


def test_the_comma_for_a_full_stop_is_a_recorded_correction(brief):
    choices = brief.xpath("//t:choice", namespaces=NS)
    assert [(c.findtext("t:sic", namespaces=NS), c.findtext("t:corr", namespaces=NS)) for c in choices] == [(",", ".")]


def test_the_typists_krushchev_is_kept_and_linked_to_khrushchev(brief):
    head = brief.xpath("//t:div[@type='cover-memo']/t:head", namespaces=NS)[0]
    name = head.find("t:persName", NS)
    # the typist's slip, kept as printed and marked sic (docs/encoding.md § Corrections)
    assert name.findtext("t:sic", namespaces=NS) == "Krushchev" and name.get("ref") == "persons.xml#khrushchev"


def test_the_misprinted_year_is_kept_with_an_editorial_note(brief):
    date = brief.xpath("//t:text//t:date[.='21 July 1956'][not(ancestor::t:note)]", namespaces=NS)[0]
    note = date.getnext()
    assert date.get("when") == "1956-07-21"
    assert note.get("type") == "editorial" and "1957-07-21" in note.xpath("t:date/@when", namespaces=NS)


def test_yearless_june_plenum_dates_are_1957_conjectures(brief):
    junes = brief.xpath("//t:text//t:date[.='June']", namespaces=NS)
    assert junes and {(d.get("when"), d.get("evidence")) for d in junes} == {("1957-06", "conjecture")}


# Dates (docs/dates.md) -----------------------------------------------------------------------

def date_of(brief, words):
    dates = [d for d in brief.xpath("//t:text//t:date", namespaces=NS)
             if " ".join("".join(d.xpath(".//text()[not(ancestor::t:fw)]", namespaces=NS)).split()) == words]
    assert len(dates) == 1, words
    return dates[0]


def test_early_in_1955_across_the_page_break_is_one_date_of_the_early_third_of_1955(brief):
    date = date_of(brief, "Early in 1955")
    assert (date.get("notBefore"), date.get("notAfter")) == ("1955-01", "1955-04")
    assert date.xpath("t:pb/@n", namespaces=NS) == ["4"] and len(date.findall("t:fw", NS)) == 2


def test_between_november_1956_and_early_january_1957_is_one_range(brief):
    date = date_of(brief, "November 1956 and early January 1957")
    assert (date.get("notBefore"), date.get("notAfter")) == ("1956-11", "1957-01-11")


def test_the_end_of_1956_and_beginning_of_1957_is_one_period(brief):
    date = date_of(brief, "end of 1956 and beginning of 1957")
    assert (date.get("notBefore"), date.get("notAfter")) == ("1956-09", "1957-04")


def test_the_periodicals_the_brief_cites_are_titles(brief):
    titles = brief.xpath("//t:text//t:title[@level='j']/text()", namespaces=NS)
    assert sorted(set(titles)) == ["Leningrad Pravda", "Manchester Guardian Weekly", "New York Times", "Pravda"]
    assert len(titles) == 8
