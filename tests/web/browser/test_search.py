"""Search in real headless Chromium: from the header box to a result and the hit marked on
arrival in the viewer; and the static export's client finding what the server finds."""

import json
import re
from urllib.parse import urlencode

import pytest

from edition.web.static_export import export_static

from ..conftest import REAL_TEI
from ..servers import static_server
from .conftest import shot
from .test_accessibility import axe_source, violations  # noqa: F401 (axe_source is a fixture)

pytestmark = pytest.mark.slow  # real Chromium

# A fixed spread: a name in three scripts, a phrase, OR, a prefix, a negation, a filter in q, bad syntax.
QUERIES = ["Yezhov", "Ежов", "Zinov'ev", '"great terror"', "Bukharin OR Rykov", "purg*", "trial -Stalin",
           "person:kamenev plenum", "AND (", "NKVD"]


def test_search_from_the_header_box_and_arrive_at_the_marked_hit(tab, real_site):
    tab.goto(real_site + "/persons/")
    tab.fill("header input[name=q]", "Bukharin")
    tab.press("header input[name=q]", "Enter")
    tab.wait_for_url(re.compile(r"/search/\?q=Bukharin$"))
    first = tab.locator("#search-results li.search-result").first
    expected = first.locator("mark").first.inner_text()
    shot(tab, "search-results")
    first.locator(".search-where a").click()
    tab.wait_for_url(re.compile(r"/doc/[^/]+/\?hl=.*#"))
    hit = tab.locator(".arrived mark.search-hit").first
    hit.wait_for()
    assert hit.inner_text() == expected
    assert hit.is_visible()
    box = hit.bounding_box()
    assert box and 0 <= box["y"] <= tab.viewport_size["height"]  # scrolled into view
    assert hit.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(tab, "search-arrival")


def test_the_document_page_works_without_the_words_to_mark(tab, real_site):
    tab.goto(real_site + "/doc/jansen-petrov-2002-ch2/?" + urlencode({"hl": "((["}) + "#p1")
    assert tab.locator("mark.search-hit").count() == 0  # a word that is not there marks nothing, breaks nothing


@pytest.fixture(scope="module")
def static_site(tei_files, tmp_path_factory):
    out = tmp_path_factory.mktemp("static") / "site"
    export_static(REAL_TEI, out)
    with static_server(out) as base:
        yield base


def _server_found(real_site, q, tab) -> tuple[dict, list]:
    """Every document the server finds with its count, and the first page's passages in order."""
    data = json.loads(tab.request.get(real_site + "/api/search.json?" + urlencode({"q": q})).text())
    return ({d["doc_id"]: d["hits"] for d in data["documents"]},
            [(u["doc_id"], u["fragment"]) for u in data["results"]])


def _static_found(tab, static_site, q) -> tuple[dict, list]:
    tab.goto(static_site + "/search/?" + urlencode({"q": q}))
    tab.wait_for_selector("#search-results .search-summary")
    counts = tab.evaluate("""() => [...document.querySelectorAll('#search-results .search-documents a')].map(a =>
        [new URLSearchParams(a.getAttribute('href').slice(1)).get('doc'), a.nextSibling.textContent])""")
    passages = []
    for href in tab.locator("#search-results li.search-result .search-where a").all():
        link = href.get_attribute("href")
        passages.append((re.match(r"\.\./doc/([^/]+)/", link).group(1), "#" + link.split("#", 1)[1] if "#" in link else ""))
    return {d: int(re.search(r"\((\d+)\)", n).group(1)) for d, n in counts}, passages[:50]


def test_the_static_export_finds_what_the_server_finds(tab, real_site, static_site):
    for q in QUERIES:
        assert _static_found(tab, static_site, q) == _server_found(real_site, q, tab), q
    shot(tab, "search-static")


def test_the_static_search_applies_the_filters_and_links_with_the_words_to_mark(tab, static_site, real_site):
    tab.goto(static_site + "/search/")
    tab.fill("#search-q", "trial")
    tab.fill("#search-person", "ezhov")
    tab.click("form.search-form button")
    tab.wait_for_selector("#search-results .search-summary")
    summary = tab.locator("#search-results .search-summary").inner_text()
    response = tab.request.get(real_site + "/api/search.json?q=trial&person=ezhov")
    assert summary.startswith(f"{json.loads(response.text())['total']} ")
    assert "person=ezhov" in tab.url
    href = tab.locator("#search-results li a").first.get_attribute("href")
    assert "?hl=" in href
    tab.locator("#search-results li a").first.click()
    tab.locator("mark.search-hit").first.wait_for()


def test_no_axe_violations_on_the_static_search_page_with_results(tab, static_site, axe_source):  # noqa: F811
    tab.goto(static_site + "/search/?q=Yezhov")
    tab.wait_for_selector("#search-results .search-summary")
    found = violations(tab, axe_source)
    assert not found, json.dumps(found, indent=1)


def test_the_person_filter_suggests_as_one_types(tab, real_site):
    first = {m["id"] for m in tab.request.get(real_site + "/api/search/persons.json").json()["matches"]}
    everyone = tab.request.get(real_site + "/api/persons.json").json()["persons"]
    rare = next(p for p in everyone if p["id"] not in first and p["mentions"] and p["surname"])
    tab.goto(real_site + "/search/")
    assert not tab.locator(f"#search-person-list option[value='{rare['id']}']").count()
    tab.locator("#search-person").press_sequentially(rare["surname"][:5])
    tab.wait_for_selector(f"#search-person-list option[value='{rare['id']}']", state="attached")
    tab.fill("#search-q", "")
    tab.click("form.search-form button")
    tab.wait_for_url(re.compile(r"person=" + re.escape(rare["surname"][:5])))
    assert tab.locator("#search-results .search-summary").count() == 1


def test_the_static_export_s_person_filter_suggests_as_one_types(tab, static_site, real_site):
    first = {m["id"] for m in tab.request.get(real_site + "/api/search/persons.json").json()["matches"]}
    everyone = tab.request.get(real_site + "/api/persons.json").json()["persons"]
    rare = next(p for p in everyone if p["id"] not in first and p["mentions"] and p["surname"])
    expected = tab.request.get(real_site + "/api/search/persons.json?" + urlencode({"q": rare["surname"][:5]})).json()
    tab.goto(static_site + "/search/")
    assert not tab.locator(f"#search-person-list option[value='{rare['id']}']").count()
    tab.locator("#search-person").press_sequentially(rare["surname"][:5])
    want = [[m["id"], m["label"]] for m in expected["matches"]]
    shown = "() => [...document.querySelectorAll('#search-person-list option')].map(o => [o.value, o.textContent])"
    # Each keystroke refills the list a moment later: wait for the answer to the last one.
    tab.wait_for_function(f"want => JSON.stringify(({shown})()) === JSON.stringify(want)", arg=want)
    assert rare["id"] in [value for value, _ in tab.evaluate(shown)]
    tab.locator("#search-person").focus()
    shot(tab, "search-static-suggest")
