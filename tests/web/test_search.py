"""/search/ and /api/search.json through the test client, over the real edition (and a private
copy of the fixture edition where a test edits a file)."""

from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import lxml.html
import pytest

from edition.search.fold import fold

from .conftest import ids_in, page, resolve


def api(client, **args) -> dict:
    response = client.get("/api/search.json?" + urlencode(args))
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.get_json()


def places(result: dict) -> list[tuple[str, int]]:
    return [(u["doc_id"], u["seq"]) for u in result["results"]]


def results_page(client, **args):
    url = "/search/?" + urlencode(args)
    return url, page(client.get(url))


def test_a_phrase_finds_the_words_adjacent_and_marks_them(real_client):
    url, doc = results_page(real_client, q='"great terror"')
    marks = [fold(m.text_content()) for m in doc.xpath("//div[@id='search-results']//mark")]
    assert marks and set(marks) == {"great terror"}
    loose = api(real_client, q="great terror")["total"]
    assert api(real_client, q='"great terror"')["total"] == len(doc.xpath("//div[@id='search-results']//li")) < loose


def test_the_person_filter_keeps_only_passages_naming_that_person(real_client):
    everyone = api(real_client, q="trial")
    only = api(real_client, q="trial", person="ezhov")
    assert 0 < only["total"] < everyone["total"]
    assert only["persons"][0]["id"] == "ezhov"
    assert all("ezhov" in {p["id"] for p in u["persons"]} for u in only["results"])
    url, doc = results_page(real_client, q="trial", person="ezhov")
    assert doc.xpath("//input[@name='person']/@value") == ["ezhov"]
    assert len(doc.xpath("//div[@id='search-results']//li")) == only["total"]


def test_the_document_filter_keeps_one_document(real_client):
    first = api(real_client, q="Stalin")["documents"][-1]["doc_id"]
    only = api(real_client, q="Stalin", doc=first)
    assert [d["doc_id"] for d in only["documents"]] == [first]


@pytest.mark.parametrize("person, spellings", [("ezhov", ("Yezhov", "Ezhov", "Ежов")),
                                               ("zinovev", ("Zinoviev", "Zinov'ev", "Zinov’ev"))])
def test_a_name_is_found_in_any_transliteration(real_client, person, spellings):
    results = [api(real_client, q=s, page_size=500)["results"] for s in spellings]  # ranked by each one's weight
    mentioning = [{(u["doc_id"], u["seq"]) for u in r if person in {p["id"] for p in u["persons"]}} for r in results]
    assert mentioning[0], spellings[0]
    assert all(m == mentioning[0] for m in mentioning), spellings
    # besides, a spelling finds only passages that print it without naming the person: the
    # editors' own notes, whose names are not mentions (docs/search.md)
    assert all(person not in {p["id"] for p in u["persons"]} and u["kind"] == "note"
               for r, m in zip(results, mentioning) for u in r if (u["doc_id"], u["seq"]) not in m)


@pytest.mark.parametrize("q", ["AND (", "NEAR(", '"unbalanced', "^Stalin", "a:b", "OR", "*", "person:", ")(", "-"])
def test_a_query_that_is_not_fts_syntax_gives_a_normal_results_page(real_client, q):
    url, doc = results_page(real_client, q=q)
    assert doc.xpath("//p[@class='search-summary']"), q
    assert doc.xpath("//input[@id='search-q']/@value") == [q]


def test_query_text_and_snippets_are_escaped(real_client):
    response = real_client.get("/search/?" + urlencode({"q": '<script>alert(1)</script> Stalin'}))
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "<script>alert" not in body and "&lt;script&gt;" in body


def test_every_result_links_to_an_anchor_of_its_document_with_the_words_to_mark(real_client):
    url, doc = results_page(real_client, q="Yezhov purge OR Bukharin")
    links = doc.xpath("//div[@id='search-results']//li/p[@class='search-where']/a/@href")
    assert links
    pages = {}
    for href in links:
        target = resolve(url, href.split("?")[0] + ("#" + href.split("#", 1)[1] if "#" in href else ""))
        path, _, fragment = target.partition("#")
        assert path.startswith("/doc/"), href
        if path not in pages:
            pages[path] = ids_in(page(real_client.get(path)))
        if not fragment.startswith(":~:"):  # text fragments are found by the browser, not by id
            assert fragment in pages[path], href
        words = parse_qs(urlsplit(href).query)["hl"]
        assert words and all(w.strip() for w in words), href


def test_the_results_page_links_its_json_twin(real_client):
    url, doc = results_page(real_client, q="Kamenev", person="zinovev")
    twin = doc.xpath("//link[@rel='alternate'][@type='application/json']/@href")
    data = real_client.get(urljoin(url, twin[0])).get_json()
    assert data["query"] == "Kamenev" and data["persons"][0]["id"] == "zinovev"
    assert data["total"] == len(doc.xpath("//div[@id='search-results']//li"))
    assert all(u["url"].startswith("../doc/") for u in data["results"])


def test_results_come_by_relevance_across_documents_with_only_the_hit_marked_and_their_place(real_client):
    url, doc = results_page(real_client, q="Yezhovshchina")
    items = doc.xpath("//ol[@class='search-results-list']/li")
    first = items[0]
    assert fold(first.xpath("string(.//mark)")) == "ezhovshchina"  # the rare word first, from 000
    assert first.xpath("string(.//span[@class='search-page'])") == "(p. 671, ¶ 23)"
    assert not first.xpath(".//p[@class='search-snippet']//a")  # the snippet is text, not one long link
    titles = [li.xpath("string(p[@class='search-where']/a)") for li in items[:50]]
    assert len(set(titles)) > 1  # page 1 is not one document
    counts = doc.xpath("//p[@class='search-documents']/a")
    twin = api(real_client, q="Yezhovshchina")
    assert [a.text for a in counts] == [d["title"] for d in twin["documents"]]
    for a, d in zip(counts, twin["documents"]):
        assert parse_qs(urlsplit(a.get("href")).query)["doc"] == [d["doc_id"]]
    for li in items:
        marks = li.xpath(".//mark")
        snippet = li.xpath("string(p[@class='search-snippet'])")
        assert marks and sum(len(m.text_content()) for m in marks) < len(snippet)


def test_every_page_has_the_search_box_in_its_header(client):
    for url in ("/", "/doc/fixture-alpha/", "/persons/", "/persons/stalin/", "/about/", "/search/", "/doc/nope/"):
        response = client.get(url)
        doc = lxml.html.document_fromstring(response.get_data(as_text=True))
        form = doc.xpath("//header//form[@role='search'][@method='get']")
        assert len(form) == 1, url
        assert resolve(url, form[0].get("action")) == "/search/", url
        assert form[0].xpath(".//input[@name='q']/@id") == form[0].xpath(".//label/@for"), url


def test_the_index_follows_an_edited_file(client, fixture_tei):
    path = fixture_tei / "fixture-beta.xml"
    assert api(client, q="quetzalcoatl")["total"] == 0
    summary = "//p[@class='search-summary']/text()"
    assert results_page(client, q="quetzalcoatl")[1].xpath(summary)[0].startswith("0 passages")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("removed", "removed Quetzalcoatl", 1), encoding="utf-8")
    assert api(client, q="quetzalcoatl")["total"] == 1  # answers kept for the old files are not served
    assert results_page(client, q="quetzalcoatl")[1].xpath(summary)[0].startswith("1 passage ")


def test_an_empty_search_page_shows_the_form_and_no_results(client):
    doc = page(client.get("/search/"))
    assert doc.xpath("//form[@class='search-form']//input[@name='q']")
    assert not doc.xpath("//p[@class='search-summary']")
    assert not doc.xpath("//link[@rel='alternate']")  # no query, nothing to twin


@pytest.mark.parametrize("person", ["no-such-person", '")OR(', "ezhov' OR 1"])
def test_a_person_filter_naming_no_one_keeps_nothing(real_client, person):
    assert api(real_client, q="Stalin")["total"] > 0
    assert api(real_client, q="Stalin", person=person)["total"] == 0
    url, doc = results_page(real_client, q="Stalin", person=person)
    assert doc.xpath("//p[@class='search-summary']/text()")[0].startswith("0 passages")


def test_the_pages_of_a_search_hold_every_passage_once_in_the_order_of_the_whole(real_client):
    whole = api(real_client, q="Stalin", page_size=500)
    assert whole["pages"] == 1 and whole["total"] > 100
    seen, data = [], api(real_client, q="Stalin", page_size=40)
    assert data["pages"] == -(-whole["total"] // 40) and data["prev"] is None
    while True:
        assert data["total"] == whole["total"] and data["total_documents"] == len(whole["documents"])
        seen += places(data)
        if data["next"] is None:
            break
        data = real_client.get(urljoin("/api/search.json", data["next"])).get_json()
    assert seen == places(whole)
    assert len(set(seen)) == len(seen)


def test_a_results_page_shows_one_page_and_links_the_next_like_its_twin(real_client):
    url, doc = results_page(real_client, q="Stalin", page=2, page_size=30)
    twin = real_client.get(urljoin(url, doc.xpath("//link[@rel='alternate'][@type='application/json']/@href")[0])).get_json()
    assert twin["page"] == 2 and twin["page_size"] == 30
    assert len(doc.xpath("//div[@id='search-results']//li")) == len(twin["results"]) == 30
    assert doc.xpath("//nav[@class='search-pages']/a[@rel='prev']/@href")
    following = doc.xpath("//nav[@class='search-pages']/a[@rel='next']/@href")[0]
    assert parse_qs(urlsplit(following).query)["page"] == ["3"]
    assert page(real_client.get(urljoin(url, following))).xpath("//p[@class='search-summary']")


@pytest.mark.parametrize("number", ["0", "-1", "x", "99999"])
def test_a_page_number_out_of_range_gives_a_page_of_results(real_client, number):
    data = api(real_client, q="Stalin", page=number)
    assert 1 <= data["page"] <= data["pages"] and data["documents"] and data["results"]
