"""Persons and dates (mode html): links into the index of persons, <time datetime>."""


def test_person_links_to_its_index_entry(html):
    assert html('<p><persName ref="persons.xml#ezhov">Ezhov</persName></p>').find(".//a").get("href") == "../persons/ezhov/"


def test_person_link_has_the_preferred_name_as_title(html):
    assert html('<p><persName ref="persons.xml#ezhov">Yezhov</persName></p>').find(".//a").get("title") == "Nikolai Ivanovich Ezhov"


def test_uncertain_identification_is_said_in_the_title(html):
    link = html('<p><persName ref="persons.xml#ezhov" cert="low">E.</persName></p>').find(".//a")
    assert "uncertain" in link.get("title") and "cert-low" in link.classes


def test_person_missing_from_the_personography_is_not_linked(html):
    p = html('<p><persName ref="persons.xml#nobody">Nobody</persName></p>').get_element_by_id("p1")
    assert p.find("a") is None and "unresolved" in p.find("span").classes


def test_a_ref_is_read_by_the_one_rule_of_the_reading_model(html):
    # tei/refs.py reads " persons.xml#ezhov " as Ezhov, as search and the index of persons count
    # it; the stylesheet is given that reading and links the same person
    from edition.tei.refs import person_id

    assert person_id(" persons.xml#ezhov ") == "ezhov"
    assert html('<p><persName ref=" persons.xml#ezhov ">Ezhov</persName></p>').find(".//a").get("href") == "../persons/ezhov/"


def test_date_becomes_time_with_datetime(html):
    time = html('<p><date when="1936-09">September 1936</date></p>').find(".//time")
    assert (time.get("datetime"), time.text) == ("1936-09", "September 1936")


def test_date_range_keeps_both_ends(html):
    time = html('<p><date from="1936" to="1938">1936–1938</date></p>').find(".//time")
    assert (time.get("datetime"), time.get("data-from"), time.get("data-to")) == ("1936", "1936", "1938")


def test_fuzzy_date_keeps_its_bounds(html):
    time = html('<p><date notBefore="1936-09" notAfter="1936-11">autumn 1936</date></p>').find(".//time")
    assert (time.get("datetime"), time.get("data-not-after")) == ("1936-09", "1936-11")


def test_malformed_date_is_not_put_in_datetime(html):
    p = html('<p><date when="Sept. 36">Sept. 36</date></p>').get_element_by_id("p1")
    assert p.find("time") is None and p.find("span").text == "Sept. 36"


def test_name_holding_a_note_marker_is_not_a_link_around_a_link(html):
    p = html('<p><persName ref="persons.xml#ezhov">Ezhov<ref type="noteAnchor" n="1" target="#snip-n1">1</ref>'
             '<note xml:id="snip-n1" type="footnote" n="1">N.</note></persName></p>').get_element_by_id("p1")
    assert [a.get("class") for a in p.iter("a")] == ["note-ref"]


def test_without_a_personography_a_mention_is_linked_and_titled_with_its_text(tmp_path):
    import lxml.html

    from edition.render import api

    from .conftest import TEMPLATE

    path = tmp_path / "alone.xml"  # no persons.xml beside it
    path.write_text(TEMPLATE.format(body='<p><persName ref="persons.xml#ezhov">Ezhov</persName></p>', authors="",
                                    source="<p>x</p>"), encoding="utf-8")
    link = lxml.html.fragment_fromstring(api.to_html(path)).find(".//a[@class='person']")
    assert (link.get("href"), link.get("title")) == ("../../persons/ezhov/", "Ezhov")
