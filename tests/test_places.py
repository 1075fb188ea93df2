"""edition.places: a place is named from what edition.anchors counted and from the number the
page shows a note by, the same in the indexes, the search results and the reading text."""

import lxml.html
from lxml import etree

from edition.places import place
from edition.render import api
from edition.search.extract import extract_root
from edition.web.mentions import mentions_in

DOC = ('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="d"><teiHeader/><text><body>'
       '<p>One.</p><p>Two, <persName ref="persons.xml#ezhov">Ezhov</persName>.<note xml:id="d-n7" n="3">On '
       '<persName ref="persons.xml#ezhov">him</persName>.</note><note type="editorial">Said so.</note></p>'
       '</body></text></TEI>')


def shown(tmp_path) -> dict:
    """{note id: the number the reading text shows it by}."""
    path = tmp_path / "d.xml"
    path.write_text(DOC, encoding="utf-8")
    article = lxml.html.fragment_fromstring(api.to_html(path))
    return {dd.get("id"): dd.getparent().get("data-n") for dd in article.xpath("//dd[@class = 'note-body']")}


def test_a_mention_in_a_note_is_placed_by_the_notes_printed_number_not_its_id(tmp_path):
    places = [m.place for m in mentions_in(etree.ElementTree(etree.fromstring(DOC)), "d")]
    assert places == ["¶ 2", "note 3"] and shown(tmp_path)["d-n7"] == "3"


def test_an_editors_note_is_named_as_the_reading_text_numbers_it(tmp_path):
    units = extract_root(etree.fromstring(DOC), "d").units
    assert [place(u.page_n, u.where) for u in units] == ["¶ 1", "¶ 2", "note 3", "note e1"]
    assert shown(tmp_path) == {"d-n7": "3", "d-note-2": "e1"}


def test_the_page_comes_first_and_nothing_is_invented():
    assert (place("667", "¶ 12"), place("", "note e1"), place("", "")) == ("p. 667, ¶ 12", "note e1", "")
