"""Paged lists (web/paging.py): the front page, the indexes of persons, places and organisations
with their letters and documents, the occurrences of a person, place or organisation. Small page sizes (the PAGE_SIZES setting) make the real edition's lists span pages;
the pages together hold the whole list, once, in order, at stable paths that the JSON twins
mirror and that the static export writes as files with no broken link."""

import pytest

from edition.web import create_app, entities, persons
from edition.web.corpus import load
from edition.web.static_export import export_static

from .conftest import REAL_TEI, page, resolve
from .crawler import crawl
from .servers import static_server

SMALL = {"documents": 2, "persons": 20, "places": 15, "organisations": 10, "occurrences": 2}
REGISTERS = ("places", "organisations")
ENTRY = "//li[contains(@class, 'entity-entry')]/a[@class='person-name']"


@pytest.fixture(scope="module")
def small(tei_files):
    return create_app({"TEI_DIR": str(REAL_TEI), "TESTING": True, "PAGE_SIZES": SMALL}).test_client()


def walk(client, url: str, item: str) -> tuple[list[str], list[str]]:
    """Follow the rel=next links from `url`: (the pages' URLs, the `item` texts of all of them)."""
    urls, items = [], []
    while url:
        doc = page(client.get(url))
        urls.append(url)
        items += [" ".join(e.text_content().split()) for e in doc.xpath(item)]
        following = doc.xpath("(//nav[@class='pager'])[1]//a[@rel='next']/@href")
        url = resolve(url, following[0]) if following else None
    return urls, items


def test_the_front_page_pages_the_documents_in_order(small):
    corpus = load(REAL_TEI)
    urls, titles = walk(small, "/", "//ol[@class='document-list']/li/h3")
    assert urls == ["/", "/page/2/", "/page/3/"]
    assert titles == [d.title for d in corpus.documents.values()]
    assert small.get("/page/1/").status_code == 404  # one address a page
    assert small.get("/page/4/").status_code == 404


def test_the_pages_of_the_index_hold_every_person_once_in_order(small):
    corpus = load(REAL_TEI)
    urls, names = walk(small, "/persons/", "//li[@class='person-entry']/a[@class='person-name']")
    assert len(urls) == -(-len(corpus.persons) // SMALL["persons"])
    assert names == [p.inverted for p in corpus.persons.values()]


def test_the_json_twin_of_each_page_lists_the_same_entries(small):
    doc = page(small.get("/persons/page/2/"))
    twin = small.get(resolve("/persons/page/2/", doc.xpath("//link[@rel='alternate']/@href")[0])).get_json()
    shown = [a.get("href").strip("./").split("/")[-1] for a in doc.xpath("//a[@class='person-name']")]
    assert [p["id"] for p in twin["persons"]] == shown
    assert (twin["page"], twin["prev"], twin["next"]) == (2, "../../persons.json", "3.json")


def test_each_letter_lists_the_persons_under_it(small):
    corpus = load(REAL_TEI)
    seen = []
    for letter in persons.letters(corpus):
        _, names = walk(small, f"/persons/letter/{letter}/", "//li[@class='person-entry']/a[@class='person-name']")
        assert names and all(persons.letter_of(corpus.persons[n]) == letter for n in
                             [p.id for p in corpus.persons.values() if p.inverted in names])
        seen += names
    assert seen == [p.inverted for p in corpus.persons.values()]
    assert small.get("/persons/letter/q/").status_code == 404  # no surname begins with Q


@pytest.mark.parametrize("register", REGISTERS)
def test_the_pages_of_a_register_index_hold_every_entry_once_in_order(small, register):
    corpus = load(REAL_TEI)
    urls, names = walk(small, f"/{register}/", ENTRY)
    assert len(urls) == -(-len(corpus.entries(register)) // SMALL[register]) > 1
    assert urls[1] == f"/{register}/page/2/"
    assert names == [e.name for e in corpus.entries(register).values()]


@pytest.mark.parametrize("register", REGISTERS)
def test_each_letter_of_a_register_index_lists_the_entries_under_it(small, register):
    corpus = load(REAL_TEI)
    hrefs = page(small.get(f"/{register}/")).xpath("//nav[@class='letters']//a/@href")
    letters = [resolve(f"/{register}/", h).split("/")[-2] for h in hrefs]
    assert letters == entities.letters(corpus, register)
    seen = []
    for letter in letters:
        _, names = walk(small, f"/{register}/letter/{letter}/", ENTRY)
        assert names and {entities.letter_of(n) for n in names} == {letter}
        seen += names
    assert seen == [e.name for e in corpus.entries(register).values()]


@pytest.mark.parametrize("register", REGISTERS)
def test_a_documents_view_of_a_register_index_counts_that_documents_mentions(small, register):
    corpus = load(REAL_TEI)
    doc_id = next(iter(corpus.documents))
    named = {i: n[doc_id] for i, n in corpus.index.by_entity[register].items() if doc_id in n}
    urls, _ = walk(small, f"/{register}/in/{doc_id}/", ENTRY)
    listed = []
    for url in urls:
        twin = small.get(resolve(url, page(small.get(url)).xpath("//link[@rel='alternate']/@href")[0])).get_json()
        assert twin["document"] == doc_id
        listed += [(e["id"], e["mentions"]) for e in twin[register]]
    assert listed == [(i, named[i]) for i in corpus.entries(register) if i in named] != []
    assert small.get(f"/{register}/in/no-such-doc/").status_code == 404


ENTRIES = [("persons", "ezhov"), ("places", "moscow"), ("organisations", "nkvd")]


@pytest.mark.parametrize("register, entry_id", ENTRIES)
def test_an_entrys_occurrences_are_paged_by_document_each_page_giving_the_totals(small, register, entry_id):
    corpus = load(REAL_TEI)
    documents = list(corpus.index.by_entity[register][entry_id])
    urls, headings = walk(small, f"/{register}/{entry_id}/", "//section[@class='occurrences']/h3/a")
    assert len(urls) == -(-len(documents) // SMALL["occurrences"]) > 1
    assert headings == [corpus.documents[d].title for d in documents]
    quoted = sum(len(page(small.get(u)).xpath("//ol[contains(@class, 'kwic')]/li")) for u in urls)
    assert quoted == sum(corpus.index.by_entity[register][entry_id].values())
    totals = {" ".join(page(small.get(u)).xpath("string(//h2[@id='occ-h'])").split()) for u in urls}
    assert len(totals) == 1 and f"in {len(documents)} documents" in totals.pop()


@pytest.mark.parametrize("register, entry_id", ENTRIES[1:])
def test_the_json_twin_of_an_entrys_second_page_quotes_that_pages_documents(small, register, entry_id):
    doc = page(small.get(f"/{register}/{entry_id}/page/2/"))
    url = resolve(f"/{register}/{entry_id}/page/2/", doc.xpath("//link[@rel='alternate']/@href")[0])
    twin = small.get(url).get_json()
    shown = [a.get("href").split("/")[-2] for a in doc.xpath("//section[@class='occurrences']/h3/a")]
    assert twin["id"] == entry_id and twin["page"] == 2 and resolve(url, twin["prev"]) == f"/api/{register}/{entry_id}.json"
    assert list(dict.fromkeys(o["document"] for o in twin["occurrences"])) == shown != []
    assert small.get(f"/{register}/{entry_id}/page/{twin['pages'] + 1}/").status_code == 404


@pytest.mark.parametrize("register, entry_id", ENTRIES)
def test_an_index_entry_links_each_document_to_the_page_that_quotes_it(small, register, entry_id):
    corpus = load(REAL_TEI)
    urls, _ = walk(small, f"/{register}/letter/{entities.filed_under(register, corpus.entries(register)[entry_id])}/", ENTRY)
    hrefs = [resolve(url, href) for url in urls for li in page(small.get(url)).xpath("//li")
             if [resolve(url, h) for h in li.xpath("a[@class='person-name']/@href")] == [f"/{register}/{entry_id}/"]
             for href in li.xpath(".//a[@class='count-document']/@href")]
    assert len(hrefs) == len(corpus.index.by_entity[register][entry_id]) and any("/page/" in h for h in hrefs)
    for href in hrefs:
        target, anchor = href.split("#")
        assert anchor in {e.get("id") for e in page(small.get(target)).iter() if isinstance(e.tag, str)}, href


def test_the_static_export_of_paged_lists_has_no_broken_link(fixture_tei, tmp_path):
    tiny = {"documents": 1, "persons": 2, "places": 2, "organisations": 2, "occurrences": 1, "dates": 2}
    files = export_static(fixture_tei, tmp_path / "site", config={"PAGE_SIZES": tiny})
    assert {"page/2/index.html", "persons/page/2/index.html", "api/persons/page/2.json", "places/page/2/index.html",
            "organisations/page/2/index.html"} <= set(files)
    with static_server(tmp_path / "site") as base:
        seen, broken = crawl(base + "/")
    assert not broken, broken
    pages = {f"{base}/{f[:-len('index.html')]}" for f in files if f.endswith("/index.html") or f == "index.html"}
    listed = {u for u in pages if "/page/" in u or "/letter/" in u}
    assert listed and listed <= seen  # every page of every list is reached by links alone
