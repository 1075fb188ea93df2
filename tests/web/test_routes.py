"""Every route answers with the right type, for every document and person (fixtures and tei/)."""

import json
import re

import pytest

from edition.pathsegments import RESERVED
from edition.web import chronology, entities, paging, routes, sitemap
from edition.web.corpus import load
from edition.web.static_export import site_urls

from .conftest import FIXTURE_TEI, page, resolve

TYPES = {".js": "text/javascript", ".json": "application/json", ".xml": "application/tei+xml", ".txt": "text/plain",
         ".zip": "application/zip", "/": "text/html"}


def expected_type(url: str) -> str:
    return next(t for suffix, t in TYPES.items() if url.endswith(suffix))


def test_every_url_of_the_route_table_answers_with_its_content_type(client):
    urls = site_urls(client.application)
    corpus = load(FIXTURE_TEI)
    # the table expands to one URL per route and document/person, nothing forgotten
    per_doc = sum(r.each in (routes.each_document, routes.own_document) for r in routes.ROUTES)
    per_person = sum(r.each is routes.each_person for r in routes.ROUTES)
    once = sum(r.each is routes.once for r in routes.ROUTES)
    per_dated_person = sum(r.each is chronology.dated_persons for r in routes.ROUTES)  # named in a dated passage
    per_dated_place = sum(r.each is chronology.dated_places for r in routes.ROUTES)
    per_place = sum(r.each is routes.each_place for r in routes.ROUTES)
    per_organisation = sum(r.each is routes.each_organisation for r in routes.ROUTES)
    published = sum(r.each is sitemap.pages for r in routes.ROUTES)  # none without a base URL (test_citations)
    per_letter = sum(r.endpoint.endswith("_letter") for r in routes.ROUTES)  # an index's letter, HTML and JSON
    assert per_letter == 2 * 3  # persons, places, organisations
    per_year = sum(r.each is chronology.each_year for r in routes.ROUTES)  # a year some dated passage begins in
    later_pages = sum(r.endpoint.endswith(paging.SUFFIX) for r in routes.ROUTES)  # none here: one page a list
    assert once + per_doc + per_person + per_dated_person + per_dated_place + per_place + per_organisation + published \
        + per_letter + per_year + later_pages + sum(
        r.each is routes.never for r in routes.ROUTES) == len(routes.ROUTES)
    dated_persons = chronology.dated_persons(corpus)
    assert 0 < len(dated_persons) < len(corpus.persons)
    assert len(urls) == (once + per_doc * len(corpus.documents) + per_person * len(corpus.persons)
                         + per_dated_person * len(dated_persons) + 2 * sum(len(entities.letters(corpus, r)) for r in ("persons", "places", "organisations"))
                         + per_year * len(chronology.each_year(corpus))
                         + per_dated_place * len(chronology.dated_places(corpus))
                         + per_place * len(corpus.entries("places"))
                         + per_organisation * len(corpus.entries("organisations")))
    assert corpus.entries("places") and corpus.entries("organisations")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.mimetype == expected_type(url), url


def test_every_html_page_has_a_json_twin_that_it_links_to(client):
    for route in routes.ROUTES:
        if route.twin is None:
            continue
        listed = route.each(load(FIXTURE_TEI))
        if not listed:
            continue  # a list's later pages: a one-page list has none (test_paging pages a small one)
        values = listed[0]
        with client.application.test_request_context():
            from flask import url_for
            url = url_for(f"edition.{route.endpoint}", **values)
        doc = page(client.get(url))
        alternates = doc.xpath("//link[@rel='alternate'][@type='application/json']/@href")
        assert len(alternates) == 1, url
        twin = client.get(resolve(url, alternates[0]))
        assert twin.status_code == 200 and twin.mimetype == "application/json", (url, alternates)
        json.loads(twin.get_data())


def fixed_segments_beside_ids() -> dict[str, set]:
    """register -> the fixed segments of the route table at the level of its entries' ids
    (/persons/letter/… beside /persons/<id>/, /api/persons/by-frequency.json beside
    /api/persons/<id>.json), the register being the segment before the id."""
    rules = [r.rule.removesuffix(".json").strip("/").split("/") for r in routes.ROUTES]
    found: dict[str, set] = {}
    for rule in rules:
        for i, segment in enumerate(rule):
            if re.fullmatch(r"<(personid|entityid):\w+>", segment):
                found.setdefault(rule[i - 1], set()).update(
                    other[i] for other in rules if other[:i] == rule[:i] and len(other) > i and "<" not in other[i])
    return found


def test_the_reserved_ids_are_the_fixed_segments_the_route_table_puts_beside_ids():
    assert fixed_segments_beside_ids() == {register: set(ids) for register, ids in RESERVED.items()}


def test_document_without_trailing_slash_redirects_to_the_clean_url(client):
    response = client.get("/doc/fixture-alpha")
    assert response.status_code in (301, 308)
    assert response.headers["Location"].endswith("/doc/fixture-alpha/")


def test_api_documents_lists_documents_in_source_order(client):
    data = client.get("/api/documents.json").get_json()
    assert [d["id"] for d in data["documents"]] == ["fixture-alpha", "fixture-beta"]
    assert data["documents"][0]["citation"].startswith("Abdurakhman Avtorkhanov")


def test_api_person_lists_every_occurrence_with_a_link_to_its_place(client):
    data = client.get("/api/persons/stalin.json").get_json()
    assert data["name"] == "Iosif Vissarionovich Stalin"
    assert [(o["document"], o["text"]) for o in data["occurrences"]] == [
        ("fixture-alpha", "Stalin"), ("fixture-alpha", "Stalin"), ("fixture-beta", "Stalin")]
    assert all("#" in o["url"] for o in data["occurrences"])


@pytest.mark.parametrize("kind", ["document", "person"])
def test_every_real_document_and_person_page_renders(real_client, kind):
    corpus = load(real_client.application.config["TEI_DIR"])
    ids = corpus.documents if kind == "document" else corpus.persons
    assert ids, f"no {kind}s in tei/"
    for item in ids:
        url = f"/doc/{item}/" if kind == "document" else f"/persons/{item}/"
        doc = page(real_client.get(url))
        assert len(doc.xpath("//h1")) == 1, url
        if kind == "document":
            assert doc.xpath("//main//article[contains(@class,'tei-document')]"), url
            for other in (f"/doc/{item}/diplomatic/", f"/doc/{item}.xml", f"/api/documents/{item}.json"):
                assert real_client.get(other).status_code == 200, other
