"""The search form's filters are type-ahead fields, not a <select> of everything: a short
datalist to start with, refilled from server-side suggestions (HTML pages + JSON twins)."""

from urllib.parse import urlencode, urljoin

from edition.web import suggest

from .conftest import page, resolve


def suggestions(client, kind: str, q: str) -> list[str]:
    response = client.get(f"/api/search/{kind}.json?" + urlencode({"q": q}))
    assert response.status_code == 200 and response.mimetype == "application/json"
    return [m["id"] for m in response.get_json()["matches"]]


def test_the_form_has_typeahead_fields_with_short_lists_and_no_select(real_client):
    doc = page(real_client.get("/search/"))
    assert not doc.xpath("//form[@class='search-form']//select")
    for name in ("doc", "person"):
        field = doc.xpath(f"//form[@class='search-form']//input[@name='{name}']")[0]
        options = doc.xpath(f"//datalist[@id='{field.get('list')}']/option/@value")
        assert 0 < len(options) <= suggest.LIMIT
        assert resolve("/search/", field.get("data-suggest")) == f"/api/search/{'documents' if name == 'doc' else 'persons'}.json"
    people = doc.xpath("//datalist[@id='search-person-list']/option/@value")
    assert len(people) == suggest.LIMIT  # 186 persons: only the most named are listed at first
    assert "ezhov" in people


def test_a_person_is_suggested_from_any_spelling_of_a_name(real_client):
    for typed in ("Jeschow", "Yezh", "Ежов", "nikolai ezh"):
        assert "ezhov" in suggestions(real_client, "persons", typed), typed
    assert suggestions(real_client, "persons", "zzzqx") == []


def test_a_document_is_suggested_from_words_of_its_title(real_client):
    assert suggestions(real_client, "documents", "khrushchev purge") == ["cia-1957-khrushchev-purge"]


def test_the_suggestion_page_links_each_match_to_the_filtered_search_and_twins_its_json(real_client):
    doc = page(real_client.get("/search/persons/?q=Jeschow"))
    links = [urljoin("/search/persons/", h) for h in doc.xpath("//ul[@class='suggestions']/li/a/@href")]
    assert "/search/?person=ezhov" in links
    twin = doc.xpath("//link[@rel='alternate'][@type='application/json']/@href")[0]
    assert urljoin("/search/persons/", twin) == "/api/search/persons.json?q=Jeschow"


def test_a_filter_typed_as_a_name_filters_as_its_id_does(real_client):
    by_id = real_client.get("/api/search.json?" + urlencode({"q": "trial", "person": "ezhov"})).get_json()
    by_name = real_client.get("/api/search.json?" + urlencode({"q": "trial", "person": "Ezhov"})).get_json()
    assert by_name["total"] == by_id["total"] > 0 and by_name["persons"][0]["id"] == "ezhov"


TYPED = [("trial", {"person": "Nikolai Yezhov"}), ("trial", {"person": "yezhov"}), ("trial", {"person": "ezhov"}),
         ("Stalin", {"doc": "the khrushchev purge (23 july 1957): briefs on international communism 1957, no. v"}),
         ("trial", {"person": "Nobody Atall"})]


def test_the_static_search_reads_a_typed_filter_as_the_server_does(real_app, tmp_path):
    import json
    import subprocess
    from pathlib import Path

    from conftest import require_tool
    from edition.search import api
    from edition.web.search import search_index
    from edition.web.static_export import _search_index

    node = require_tool("node")
    _search_index(real_app, tmp_path)  # what `edition build` writes: the index and the server's table of picks
    with real_app.test_request_context("/"):
        expected = [api.search(search_index(), q, **{k: suggest.resolve(k, v) for k, v in o.items()}) for q, o in TYPED]
    assert [e["persons"][0]["id"] for e in expected[:3]] == ["ezhov"] * 3
    assert expected[3]["docs"] == ["cia-1957-khrushchev-purge"] and expected[3]["total"] > 0
    script = tmp_path / "search.js"  # as the site serves it
    script.write_bytes(real_app.test_client().get("/search/search.js").get_data())
    run = subprocess.run([node, str(Path(__file__).resolve().parents[1] / "search" / "run_search.js"), str(script),
                          str(tmp_path / "search" / "index")], input=json.dumps({"queries": TYPED, "texts": []}),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["results"] == expected
