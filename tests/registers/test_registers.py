"""tei/places.xml and tei/organisations.xml read as data (edition.registers): their size, their
shape (docs/encoding.md "Places and organisations") and a sample of facts with the page each
was checked against."""

import pytest

from conftest import TEI
from edition.registers.read import load_organisations, load_places


@pytest.fixture(scope="module")
def places():
    return load_places(TEI / "places.xml")


@pytest.fixture(scope="module")
def organisations():
    return load_organisations(TEI / "organisations.xml")


def source_urls(register, entry) -> set[str]:
    return {register.sources[s].url for s in entry.sources}


def test_the_registers_hold_at_least_forty_entries_each(places, organisations):
    assert len(places.entries) == 100
    assert len(organisations.entries) == 52


def test_a_place_lies_in_the_place_that_holds_it(places):
    kiev = places.entries["kiev"]
    assert (kiev.name, kiev.type, kiev.parent) == ("Kiev", "city", "ukraine")
    assert places.entries["ukraine"].parent == "soviet-union"
    assert places.entries["soviet-union"].parent is None
    assert "https://iiab.live/kiwix/content/wikipedia_en_simple_all_maxi_2023-01/A/Republics_of_the_Soviet_Union" \
        in source_urls(places, kiev)


def test_a_place_named_after_a_person_keeps_its_former_names_with_their_source(places):
    cherkessk = places.entries["cherkessk"]
    assert {(v.text, v.type) for v in cherkessk.variants} >= {("Ezhovo-Cherkessk", "former"), ("Sulimov", "former")}
    assert "http://chaos.owiki.org/wiki/Cherkessk" in source_urls(places, cherkessk)
    krai = places.entries["ordzhonikidze-krai"]
    assert (krai.name, krai.parent) == ("Ordzhonikidze province", "russia")
    assert ("North Caucasus Krai", "former") in {(v.text, v.type) for v in krai.variants}
    assert "https://en.wikipedia.org/wiki/North_Caucasus_Krai" in source_urls(places, krai)


def test_coordinates_come_with_the_page_that_gives_them(places):
    cherkessk = places.entries["cherkessk"]
    assert cherkessk.geo == (44.217, 42.05)
    assert places.sources[cherkessk.geo_source].url.endswith("/wiki/Cherkessk.html")
    assert all(p.geo_source for p in places.entries.values() if p.geo)


def test_an_organisation_has_its_dates_predecessor_and_successor(organisations):
    nkvd = organisations.entries["nkvd"]
    assert (nkvd.start, nkvd.end) == ("1934-07-10", "1946-03-15")
    assert (nkvd.predecessor, nkvd.successor) == (("ogpu",), ("mvd",))
    assert ("NKVD", "abbreviation") in {(v.text, v.type) for v in nkvd.variants}
    assert "https://worddisk.com/wiki/NKVD/" in source_urls(organisations, nkvd)
    assert organisations.entries["ogpu"].successor == ("nkvd",)


def test_the_party_of_the_thirties_is_succeeded_by_the_cpsu(organisations):
    vkp, cpsu = organisations.entries["vkp-b"], organisations.entries["cpsu"]
    assert (vkp.successor, cpsu.predecessor) == (("cpsu",), ("vkp-b",))
    assert (vkp.end, cpsu.start) == ("1952", "1952")


def test_the_presidium_of_1957_is_the_politburo_under_its_name_of_1952_to_1966(organisations):
    politburo = organisations.entries["politburo"]
    assert ("Presidium", "former") in {(v.text, v.type) for v in politburo.variants}
    assert "https://wikivisually.com/wiki/Politburo_of_the_Communist_Party_of_the_Soviet_Union" \
        in source_urls(organisations, politburo)


def test_a_part_of_an_organisation_names_the_whole(organisations):
    assert organisations.entries["politburo"].parent == "central-committee"
    assert organisations.entries["gugb"].parent == "nkvd"


def test_every_predecessor_successor_and_parent_is_an_entry(places, organisations):
    for org in organisations.entries.values():
        assert set(org.predecessor) | set(org.successor) | {org.parent} - {None} <= set(organisations.entries)
    assert {p.parent for p in places.entries.values()} - {None} <= set(places.entries)


def test_every_fact_bearing_entry_names_a_work_of_the_listbibl(places, organisations):
    for register in (places, organisations):
        for entry in register.entries.values():
            assert entry.sources and set(entry.sources) <= set(register.sources), entry.id


def test_forms_include_each_variant_with_both_apostrophes(places):
    forms = places.forms()
    assert forms["Khar'kov"] == forms["Khar\u2019kov"] == frozenset({"kharkov"})
    assert forms["USSR"] == frozenset({"soviet-union"})
