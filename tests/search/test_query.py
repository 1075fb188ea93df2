"""Searching the real edition: phrases, persons, transliteration, filters, bad syntax, snippets."""

import shutil

import pytest

from search_index_fixture import index  # noqa: F401 (a fixture)
from edition.search import api
from edition.search.fold import fold
from edition.search.index import SearchIndex
from edition.search.query import fts_expression, parse


def _units(result):
    return {(u["doc_id"], u["seq"]) for u in result["results"]}


def _hit_texts(result):
    return [p["text"] for u in result["results"] for p in u["snippet"] if p["hit"]]


def test_a_phrase_finds_only_units_with_the_words_adjacent(index):
    phrase = api.search(index, '"great terror"')
    words = api.search(index, "great terror")
    assert phrase["total"] > 0 and _units(phrase) <= _units(words)
    assert all(fold(t) == "great terror" for t in _hit_texts(phrase))


def test_yezhov_ezhov_and_cyrillic_find_the_same_mentions(index):
    mentioning = {(u.doc_id, u.seq) for u in index.units() if "ezhov" in u.persons}
    # An editors' note is found by the spelling it prints only: its names are not mentions.
    results = [_units(api.search(index, q)) & mentioning for q in ("Yezhov", "Ezhov", "Ежов", "Nikolai Yezhov")]
    assert results[0] and all(r == results[0] for r in results)
    assert mentioning <= results[0]


def test_zinoviev_finds_zinovev_as_printed(index):
    result = api.search(index, "Zinoviev")
    assert _units(result) == _units(api.search(index, "Zinov'ev"))
    assert any(fold(t) == "zinovev" for t in _hit_texts(result))


def test_the_person_filter_keeps_only_units_mentioning_that_person(index):
    result = api.search(index, "trial", person="kamenev")
    assert result["total"] > 0
    for u in result["results"]:
        assert "kamenev" in {p["id"] for p in u["persons"]}
    assert _units(result) == _units(api.search(index, "trial person:kamenev"))


def test_the_document_filter_keeps_one_document(index, tei_files):
    doc_id = tei_files[0].stem
    result = api.search(index, "Stalin", doc=doc_id)
    assert [d["doc_id"] for d in result["documents"]] == [doc_id]


@pytest.mark.parametrize("q", ['NEAR(( "unbalanced', "stalin AND (", "kirov:: ^ *", 'OR NOT "', "AND"])
def test_text_that_is_not_valid_fts_syntax_is_searched_as_plain_words(index, q):
    result = api.search(index, q)  # never an exception
    words = [w for w in fold(q.replace("OR", " ").replace("AND", " ").replace("NOT", " ")).split()]
    if words:
        plain = api.search(index, " ".join(words))
        assert _units(result) == _units(plain)
    else:
        assert result["total"] == 0


def test_excluded_words_remove_units(index):
    both = _units(api.search(index, "Stalin"))
    without = _units(api.search(index, "Stalin -Kirov"))
    kirov = _units(api.search(index, "Kirov"))
    assert without == both - kirov


def test_snippets_mark_the_hits_and_keep_the_text(index):
    result = api.search(index, "Kirov")
    for u in result["results"]:
        marked = [p for p in u["snippet"] if p["hit"]]
        assert marked and all(fold(p["text"]).split()[-1] == "kirov" for p in marked), u  # the name ("Sergei Kirov")
        unit = next(x for x in index.units(u["doc_id"]) if x.seq == u["seq"])
        assert all(p["text"] in unit.text for p in u["snippet"] if p["text"] != "\u2026")


def test_every_document_is_counted_most_hits_first(index):
    result = api.search(index, "purge*")
    hits = [d["hits"] for d in result["documents"]]
    assert hits == sorted(hits, reverse=True) and sum(hits) == result["total"] == len(result["results"])
    for d in result["documents"]:
        assert d["hits"] == sum(u["doc_id"] == d["doc_id"] for u in result["results"])


def test_results_link_to_the_paragraph_or_note_and_name_its_place(index):
    result = api.search(index, "Ezhov")
    for u in result["results"]:
        assert u["fragment"].startswith("#")
        if u["anchor"]:
            assert u["fragment"] == "#" + u["anchor"]
    forum = [u for u in result["results"] if u["doc_id"] == "slavic-review-1967-forum"]
    assert forum and all(u["place"].startswith(f"p. {u['page_n']}, ") for u in forum)


def test_the_fts_expression_holds_only_quoted_folded_words(index):
    expression = fts_expression(parse('x"); DROP TABLE units; -- "a b" OR c*', index.forms))
    assert "DROP" not in expression and ";" not in expression


def test_a_changed_file_is_reindexed_and_an_unchanged_one_is_not(tmp_path, tei_files):
    copy = tmp_path / tei_files[2].name
    shutil.copy(tei_files[2], copy)
    ix = SearchIndex(tmp_path / "index.sqlite")
    assert ix.sync([copy]) == [tei_files[2].stem]
    assert ix.sync([copy]) == []
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("</body>", "<p>Zzyzxword appears.</p></body>", 1), encoding="utf-8")
    assert ix.sync([copy]) == [tei_files[2].stem]
    assert api.search(ix, "zzyzxword")["total"] == 1
    again = SearchIndex(tmp_path / "index.sqlite")  # kept on disk, keyed by content
    assert again.sync([copy]) == []


def test_a_file_broken_mid_edit_keeps_its_previous_entries_and_is_reported(tmp_path, tei_files):
    copy = tmp_path / tei_files[3].name
    shutil.copy(tei_files[3], copy)
    ix = SearchIndex()
    ix.sync([copy])
    before = api.search(ix, "Ezhov")["total"]
    copy.write_text(copy.read_text(encoding="utf-8")[:5000], encoding="utf-8")  # truncated
    assert ix.sync([copy]) == [] and ix.errors and copy.name in ix.errors[0]
    assert api.search(ix, "Ezhov")["total"] == before > 0
