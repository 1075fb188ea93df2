"""Folding of romanisation systems and of words derived from names, from the personography:
Jagoda, Jeschow, Iejov find Iagoda and Ezhov; Yezhovshchina finds Ezhov and the ezhovshchina."""

import pytest

from search_index_fixture import index  # noqa: F401 (a fixture)
from edition.search import api
from edition.search.fold import fold
from edition.search.index import SearchIndex
from edition.search.translit import SYSTEMS, romanise


def units(result) -> set:
    return {(u["doc_id"], u["seq"]) for u in result["results"]}


def hit_words(result) -> set:
    return {fold(p["text"]) for u in result["results"] for p in u["snippet"] if p["hit"]}


@pytest.mark.parametrize("cyrillic, expected", [
    ("Ежов", {"lc": "Ezhov", "bgn": "Yezhov", "german": "Jeschow", "french": "Iejov", "polish": "Jeżow"}),
    ("Ягода", {"lc": "Iagoda", "bgn": "Yagoda", "german": "Jagoda", "french": "Iagoda", "polish": "Jagoda"}),
    ("Хрущёв", {"lc": "Khrushchev", "bgn": "Khrushchëv", "german": "Chruschtschow", "french": "Khrouchtchov",
                "polish": "Chruszczow"}),
    ("Дзержинский", {"lc": "Dzerzhinskii", "bgn": "Dzerzhinskiy", "german": "Dserschinski", "french": "Dzerjinski",
                     "polish": "Dzierżynskij"}),
])
def test_each_system_romanises_as_its_tables_say(cyrillic, expected):
    assert {s: romanise(cyrillic, s) for s in SYSTEMS} == expected


@pytest.mark.parametrize("query, person", [("Jagoda", "iagoda"), ("Jeschow", "ezhov"), ("Iejov", "ezhov"),
                                           ("Jeżow", "ezhov"), ("Iéjov", "ezhov"), ("Jeschow Jagoda", None)])
def test_other_romanisations_find_the_persons_passages(index, query, person):
    found = units(api.search(index, query))
    assert found
    if person:
        spelt = units(api.search(index, f"person:{person}")) | units(api.search(index, person.capitalize()))
        assert found <= spelt
        # What the preferred spelling finds besides: editors' notes, found by the word they print only
        # (a name in an editors' note is not a mention of the person, tei/editors_notes.py).
        by_place = {(u.doc_id, u.seq): u for u in index.units()}
        assert all(by_place[p].kind == "note" and not by_place[p].mentions for p in spelt - found)
        assert {(u.doc_id, u.seq) for u in index.units() if person in u.persons} <= found


def test_a_word_derived_from_a_name_finds_the_person_and_the_word_in_any_spelling(index):
    result = api.search(index, "Yezhovshchina")
    found = units(result)
    with_the_word = {(u.doc_id, u.seq) for u in index.units() if "ezhovshchina" in fold(u.text).split()}
    assert with_the_word and with_the_word <= found  # 000 prints it "Ezhovshchina"
    assert units(api.search(index, "person:ezhov")) <= found
    assert "ezhovshchina" in hit_words(result)
    first = result["results"][0]  # the rare word outweighs the common name
    assert "ezhovshchina" in fold(" ".join(p["text"] for p in first["snippet"] if p["hit"]))
    assert units(api.search(index, "Jeschowschtschina")) == found  # the German spelling of the same word


def test_an_ordinary_word_ending_like_a_derivation_is_not_a_name(index):
    assert units(api.search(index, "organism")) == units(api.search(index, '"organism"'))
    assert not api.search(index, "organism")["persons"]


def test_the_forms_come_from_the_personography_not_a_list(tmp_path):
    (tmp_path / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>P</title></titleStmt>'
        '<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>'
        '<listPerson><person xml:id="shchukin"><persName type="pref"><forename>Ivan</forename> <surname>Shchukin</surname>'
        '</persName><persName xml:lang="ru">Иван Щукин</persName></person></listPerson></body></text></TEI>',
        encoding="utf-8")
    (tmp_path / "doc.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="doc"><teiHeader><fileDesc><titleStmt><title>D</title>'
        '</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>'
        '<text><body><p>Then <persName ref="persons.xml#shchukin">Shchukin</persName> spoke.</p>'
        '<p>The Shchukinshchina began.</p></body></text></TEI>', encoding="utf-8")
    ix = SearchIndex()
    ix.sync([tmp_path / "doc.xml"], tmp_path / "persons.xml")
    for query in ("Schtschukin", "Chtchoukin", "Szczukin"):  # German, French, Polish: the person's mention
        assert units(api.search(ix, query)) == {("doc", 1)}, query
    for query in ("Schtschukinschtschina", "Szczukinszczyzna"):  # the derived word, and the person
        assert units(api.search(ix, query)) == {("doc", 1), ("doc", 2)}, query
