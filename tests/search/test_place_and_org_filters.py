"""`place:ID` and `org:ID`: the units whose placeName/orgName @refs name that place or
organisation, as `person:ID` finds the units naming a person; the name is marked in the snippet,
and a place or an organisation is never listed as a person of the result."""

import lxml.etree
import pytest

from search_index_fixture import ROOT, index  # noqa: F401 (a fixture)
from edition.search import api
from edition.search.query import fts_expression, parse
from edition.tei.refs import entity_ids

T = "{http://www.tei-c.org/ns/1.0}"


def named_in_texts(tag: str, register: str) -> dict:
    """{id: number of mentions} in the five documents' texts, read straight from the TEI."""
    counts: dict = {}
    for path in sorted((ROOT / "tei").glob("*.xml")):
        text = lxml.etree.parse(str(path)).getroot().find(T + "text")
        for el in text.iter(T + tag) if text is not None else ():
            for i in entity_ids(el.get("ref"), register):
                counts[i] = counts.get(i, 0) + 1
    return counts


@pytest.mark.parametrize("kind,tag,register", [("place", "placeName", "places"), ("org", "orgName", "organisations")])
def test_a_filter_finds_every_unit_naming_the_entry_and_marks_the_name(index, kind, tag, register):
    counts = named_in_texts(tag, register)
    assert counts, f"no {tag} in the documents"
    wanted = max(counts, key=counts.get)
    found = api.search(index, f"{kind}:{wanted}")
    expected = [u for u in index.units() if f"{register}.{wanted}" in u.tokens]
    assert found["total"] == len(expected) > 0
    assert {(r["doc_id"], r["seq"]) for r in found["results"]} == {(u.doc_id, u.seq) for u in expected}
    assert all(any(part["hit"] for part in r["snippet"]) for r in found["results"])
    assert found[register] == [wanted] and found["persons"] == []
    assert not any(p["id"].startswith(register) for r in found["results"] for p in r["persons"])


def test_a_place_filter_narrows_a_word_search(index):
    plain, narrowed = api.search(index, "plenum"), api.search(index, "plenum org:nkvd")
    assert 0 < narrowed["total"] < plain["total"]


def test_filters_parse_into_their_own_lists_and_reach_fts_only_as_quoted_tokens():
    query = parse("purge place:kiev org:nkvd person:ezhov")
    assert (query.places, query.orgs, query.persons) == (["kiev"], ["nkvd"], ["ezhov"])
    assert '(persons : "places.kiev")' in fts_expression(query)
    assert '(persons : "organisations.nkvd")' in fts_expression(query)


def test_an_unknown_place_finds_nothing(index):
    assert api.search(index, "place:nowhere-at-all")["total"] == 0
