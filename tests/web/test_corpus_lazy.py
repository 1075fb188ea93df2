"""The corpus reads cheaply first and quotes on demand (edition.web.corpus, lazy.py): the counts
of the first pass must agree with what is quoted later, and a large folder is read on first use:
the first list of documents from each file's header alone, each file whole when a page needs it."""

import shutil
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from edition.errors import InputError
from edition.tei.registers import documents
from edition.web import corpus as corpus_mod, parts
from edition.web import create_app
from edition.web.corpus import load
from edition.web.mentions import mentions_in

from conftest import TEI


@pytest.fixture(scope="module")
def corpus():
    return load(TEI)


def test_each_documents_counts_equal_its_quoted_mentions_and_interventions(corpus):
    for doc_id in corpus.documents:
        assert corpus.mention_count(doc_id) == len(corpus.by_document[doc_id])
        assert corpus.intervention_count(doc_id) == len(corpus.apparatus[doc_id])


def test_the_first_pass_counts_each_registers_mentions_and_those_in_titles_as_they_are_quoted(corpus):
    assert corpus.index.in_titles["places"] and corpus.index.in_titles["persons"]  # the real edition has both
    for doc_id in corpus.documents:
        for register in ("persons", "places", "organisations"):
            quoted = corpus.quoted[register][doc_id]
            assert corpus.index.by_entity[register] and all(
                corpus.index.by_entity[register].get(i, {}).get(doc_id, 0) == n
                for i, n in Counter(m.entity_id for m in quoted).items())
            assert sum(n.get(doc_id, 0) for n in corpus.index.by_entity[register].values()) == len(quoted)
            titled = Counter(m.entity_id for m in quoted if m.in_title)
            assert {i: n[doc_id] for i, n in corpus.index.in_titles[register].items() if doc_id in n} == titled


def test_the_first_pass_counts_the_dated_passages_naming_each_person_and_place(corpus):
    for register in ("persons", "places"):
        quoted: dict[str, int] = {}
        for doc_id in corpus.documents:
            for passage in corpus.dated[doc_id]:
                for entity_id in getattr(passage, register):
                    quoted[entity_id] = quoted.get(entity_id, 0) + 1
        assert quoted and corpus.index.dated[register] == quoted


def test_reading_every_document_at_once_quotes_what_each_page_would(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(parts, "CHUNK", 2)  # an entry's documents asked for in several queries
    whole = load(TEI)
    with whole.read_all(tmp_path):
        assert whole.parts is not None
        for register in ("persons", "places", "organisations"):
            for entry_id in corpus.entity_mentions[register]:
                docs = corpus.index.by_entity[register][entry_id]
                assert (whole.entity_mentions[register][entry_id].in_documents(list(docs))
                        == [m for d in docs for m in mentions_in(corpus.tree(d), d, register=register) if m.entity_id == entry_id])
        every = [e for doc_id in corpus.documents for e in corpus.dated[doc_id]]
        for doc_id in corpus.documents:
            assert whole.dated[doc_id] == corpus.dated[doc_id] != []
        assert whole.passages([(e.doc_id, e.n) for e in every[::-1]]) == {(e.doc_id, e.n): e for e in every}
    assert whole.parts is None  # left: the store is closed, pages quote from the documents again
    some = every[::7]
    assert whole.passages([(e.doc_id, e.n) for e in some]) == {(e.doc_id, e.n): e for e in some}


def test_an_entrys_counts_in_each_document_add_up_to_its_totals(corpus):
    for register in ("persons", "places", "organisations"):
        for entry_id, named in corpus.index.by_entity[register].items():
            counts = corpus.counts_of(entry_id, register)
            assert list(counts) == list(named)
            assert all(sum(counts[d]) == n for d, n in named.items())
            assert counts.totals() == tuple(map(sum, zip(*counts.values())))
    assert corpus.counts_of("nobody-at-all").totals() == (0, 0) and len(corpus.counts_of("nobody-at-all")) == 0


def test_a_persons_count_equals_the_mentions_quoted_for_them(corpus):
    for person_id in corpus.mentions:
        quoted = list(corpus.mentions[person_id])
        assert len(corpus.mentions[person_id]) == len(quoted) > 0
        assert {m.entity_id for m in quoted} == {person_id}
        assert sorted({m.doc_id for m in quoted}) == sorted(corpus.documents_of(person_id))


def test_quoting_one_person_gives_the_same_lines_as_quoting_the_whole_document(corpus):
    doc_id = max(corpus.documents, key=corpus.mention_count)
    tree = corpus.tree(doc_id)
    every = mentions_in(tree, doc_id)
    for person_id in {m.entity_id for m in every}:
        assert mentions_in(tree, doc_id, only={person_id}) == [m for m in every if m.entity_id == person_id]


def test_a_large_folder_is_read_on_first_use_and_a_broken_file_fails_there(tmp_path, monkeypatch):
    folder = tmp_path / "tei"
    shutil.copytree(TEI, folder)
    broken = sorted(documents(folder.glob("*.xml")))[0]
    broken.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><unclosed></TEI>", encoding="utf-8")
    with pytest.raises(InputError):
        load(folder)  # the edition's size: read at once
    monkeypatch.setattr(corpus_mod, "EAGER", 2)
    lazy = load(folder)  # "large": nothing read yet
    with pytest.raises(InputError, match=broken.name):
        lazy.documents


def test_the_front_page_cites_each_source_as_the_document_page_does(real_client, corpus):
    import lxml.html

    front = lxml.html.fromstring(real_client.get("/").data)
    listed = [c.text_content().strip() for c in front.findall(".//ol[@class='document-list']//p[@class='citation']/cite")]
    on_pages = []
    for doc_id in corpus.documents:
        page = lxml.html.fromstring(real_client.get(f"/doc/{doc_id}/").data)
        on_pages.append(page.find(".//p[@class='source-citation']/cite").text_content().strip())
    assert listed == on_pages and all(listed)


@pytest.fixture
def large(tmp_path, monkeypatch):
    """A copy of the edition the viewer treats as large (read on first use), in an empty cache
    folder (no catalogue), with the files the first pass reads whole recorded in order."""
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corpus_mod, "EAGER", 2)
    folder = tmp_path / "tei"
    shutil.copytree(TEI, folder)
    read, real = [], corpus_mod._read
    monkeypatch.setattr(corpus_mod, "_read", lambda path: read.append(path.name) or real(path))
    return folder, read


def test_a_first_start_lists_the_documents_from_their_headers_and_reads_whole_only_what_a_page_shows(large):
    folder, read = large
    client = create_app({"TEI_DIR": str(folder), "TESTING": True, "PAGE_SIZES": {"documents": 2}}).test_client()
    about = lxml.html.fromstring(client.get("/about/").data)
    whole = load(TEI)
    assert [a.text_content() for a in about.xpath("//main//li/a[starts-with(@href, '../doc/')]")] == \
        [d.title for d in whole.documents.values()]
    assert read == []
    front = client.get("/api/documents.json").get_json()
    assert sorted(read) == sorted(Path(whole.documents[d["id"]].path).name for d in front["documents"])
    assert len(read) == 2
    client.get("/persons/")
    assert sorted(read) == sorted(Path(d.path).name for d in whole.documents.values())  # each file read whole once


def test_the_front_page_from_the_headers_says_what_it_says_once_every_file_is_read(large):
    folder, _ = large
    client = create_app({"TEI_DIR": str(folder), "TESTING": True}).test_client()
    first = client.get("/api/documents.json").get_json()
    client.get("/persons/")  # the index: every file read whole
    assert client.get("/api/documents.json").get_json() == first
    assert first["documents"] == create_app({"TEI_DIR": str(TEI), "TESTING": True}).test_client().get(
        "/api/documents.json").get_json()["documents"]


def test_a_broken_text_below_a_good_header_is_listed_and_named_with_its_line_where_it_is_read(large):
    folder, _ = large
    broken = sorted(documents(folder.glob("*.xml")))[-1]
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("</body>", "<p>unclosed</body>"), encoding="utf-8")
    line = text[:text.index("</body>")].count("\n") + 1
    client = create_app({"TEI_DIR": str(folder), "TESTING": True}).test_client()
    assert client.get("/about/").status_code == 200
    answer = client.get("/persons/")
    assert answer.status_code == 500 and f"{broken}:{line}:" in answer.get_data(as_text=True)
