"""The index of persons (persons.xsl, mode persons)."""

import lxml.html
import pytest

from edition.render import api

from .conftest import FIXTURES

PERSONS = FIXTURES / "persons.xml"


def index(mentions=None):
    return lxml.html.fragment_fromstring(api.persons_index_html(PERSONS, mentions))


def test_each_person_has_an_entry_with_its_id_sorted_by_surname():
    assert [a.get("id") for a in index().find_class("person-entry")] == ["avtorkhanov", "ezhov"]


def test_entry_heading_is_the_preferred_name():
    assert index().get_element_by_id("ezhov").find("h2").text == "Nikolai Ivanovich Ezhov"


def test_cyrillic_name_carries_its_lang():
    assert index().get_element_by_id("ezhov").find(".//span[@lang='ru']").text == "Николай Иванович Ежов"


def test_entry_links_to_the_documents_mentioning_the_person():
    links = index({"ezhov": [("doc-a.html", "Doc A (3)")]}).get_element_by_id("ezhov").findall(".//p[@class='mentions']/a")
    assert [(a.get("href"), a.text) for a in links] == [("doc-a.html", "Doc A (3)")]


def test_a_mention_link_with_a_scheme_is_refused():
    with pytest.raises(ValueError):
        index({"ezhov": [("javascript:alert(1)", "x")]})
