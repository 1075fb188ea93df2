"""The documents' placeName and orgName mentions: each @ref resolves into its register (the same
rule edition.tei.refs applies to persName), and a sample of links per document."""

from collections import Counter

import pytest

from conftest import DOCUMENTS, TEI
from edition.registers.read import load_organisations, load_places
from edition.tei.namespaces import T
from edition.tei.refs import entity_ref, person_id
from edition.tei.registers import documents, is_register
from edition.xmlsafe import parse_file

ELEMENTS = {"placeName": "places", "orgName": "organisations"}


def mentions(stem: str) -> Counter:
    tree = parse_file(TEI / f"{stem}.xml")
    found = Counter()
    for tag in ELEMENTS:
        for el in tree.iter(T + tag):
            if el.get("ref"):
                found[(tag, el.get("ref"), " ".join("".join(el.itertext()).split()))] += 1
    return found


def test_an_entity_ref_names_its_register_and_id():
    assert entity_ref("places.xml#moscow") == ("places", "moscow")
    assert entity_ref("organisations.xml#nkvd") == ("organisations", "nkvd")
    assert entity_ref("#ezhov") is None  # the schema asks for persons.xml#ezhov
    assert entity_ref("other.xml#x") is None and entity_ref("places.xml#") is None
    assert person_id("places.xml#moscow") is None and person_id("persons.xml#ezhov") == "ezhov"


def test_registers_are_not_documents():
    assert all(is_register(TEI / n) for n in ("persons.xml", "places.xml", "organisations.xml"))
    assert sorted(p.stem for p in documents(TEI.glob("*.xml"))) == sorted(DOCUMENTS.values())


def test_every_place_and_organisation_mention_resolves_into_its_register():
    entries = {"places": load_places(TEI / "places.xml").entries,
               "organisations": load_organisations(TEI / "organisations.xml").entries}
    seen = 0
    for stem in DOCUMENTS.values():
        for (tag, ref, text), n in mentions(stem).items():
            register, eid = entity_ref(ref)
            assert register == ELEMENTS[tag] and eid in entries[register], (stem, ref, text)
            seen += n
    assert seen >= 600


def test_at_least_300_place_and_300_organisation_mentions_across_the_documents():
    counts = Counter()
    for stem in DOCUMENTS.values():
        for (tag, _, _), n in mentions(stem).items():
            counts[tag] += n
    assert counts["placeName"] >= 300 and counts["orgName"] >= 300


def test_a_person_and_the_city_named_after_him_stay_apart():
    ch2 = {(t, r) for (t, r, x) in mentions("jansen-petrov-2002-ch2") if x == "Kuibyshev"}
    ch5 = {(t, r) for (t, r, x) in mentions("jansen-petrov-2002-ch5") if x == "Kuibyshev"}
    assert ch5 == {("placeName", "places.xml#kuibyshev-city")} and not ch2
    tree = parse_file(TEI / "jansen-petrov-2002-ch2.xml")
    assert [el.get("ref") for el in tree.iter(T + "persName") if el.text == "Kuibyshev"] == ["persons.xml#kuibyshev"]


@pytest.mark.parametrize("stem, tag, ref, text", [
    ("slavic-review-1967-forum", "orgName", "organisations.xml#central-committee", "Central Committee"),
    ("slavic-review-1967-forum", "orgName", "organisations.xml#cpsu", "Communist Party of the Soviet Union"),
    ("slavic-review-1967-forum", "placeName", "places.xml#lubianka", "Lubianka"),
    ("slavic-review-1967-forum", "placeName", "places.xml#soviet-union", "USSR"),
    ("slavic-review-1967-forum", "orgName", "organisations.xml#secretariat", "Secretariat"),
    ("jansen-petrov-2002-ch2", "orgName", "organisations.xml#special-board", "Osoboe soveshchanie"),
    ("jansen-petrov-2002-ch2", "placeName", "places.xml#staraia-ploshchad", "Staraia ploshchad'"),
    ("jansen-petrov-2002-ch2", "orgName", "organisations.xml#tsik-presidium", "Presidium of the Executive Committee"),
    ("cia-1957-khrushchev-purge", "orgName", "organisations.xml#politburo", "Presidium"),
    ("cia-1957-khrushchev-purge", "placeName", "places.xml#leningrad", "Leningrad"),
    ("jansen-petrov-2002-ch5", "placeName", "places.xml#kuibyshev-city", "Kuibyshev"),
    ("jansen-petrov-2002-ch5", "placeName", "places.xml#ordzhonikidze-krai", "Ordzhonikidze province"),
    ("jansen-petrov-2002-ch5", "placeName", "places.xml#cherkessk", "Ezhovo-Cherkessk"),
    ("jansen-petrov-2002-ch5", "orgName", "organisations.xml#supreme-soviet-presidium", "Presidium of the Supreme Soviet"),
    ("papadatos-comintern-slides", "placeName", "places.xml#soviet-union", "СССР"),
    ("papadatos-comintern-slides", "orgName", "organisations.xml#comintern", "Comintern"),
    ("papadatos-comintern-slides", "orgName", "organisations.xml#pow", "Polska Organizacja Wojskowa"),
])
def test_a_sample_of_links_per_document(stem, tag, ref, text):
    assert mentions(stem)[(tag, ref, text)] >= 1
