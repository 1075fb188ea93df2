"""Every page is reached by links alone from the front page, and no internal link is broken
(no 404, no missing #fragment): the served viewer (Flask's test client) and the static export
(its files on disk), on the real edition and on a synthetic corpus whose every list pages
(small PAGE_SIZES: the front page, the indexes and their letters and documents, a person's, a
place's and an organisation's occurrences, the chronology, its years, filters and the
list of its filters)."""

import pytest

from edition.synth import generate
from edition.web import create_app, routes
from edition.web.static_export import export_static, site_urls

from .conftest import REAL_TEI
from .crawler import crawl, from_files, through_client

BASE = "http://edition.test"
SMALL = {"documents": 2, "persons": 12, "places": 6, "organisations": 4, "occurrences": 2, "dates": 40, "filters": 10}
LISTS = ("/page/", "/persons/page/", "/persons/by-frequency/page/", "/persons/letter/", "/persons/in/", "/places/page/",
         "/places/letter/", "/places/in/", "/organisations/page/", "/organisations/letter/", "/chronology/page/",
         "/chronology/year/", "/chronology/in/", "/chronology/persons/", "/chronology/places/", "/persons/ezhov/page/",
         "/api/chronology/page/", "/api/places/page/", "/places/moscow/page/", "/organisations/nkvd/page/",
         "/api/places/moscow/page/", "/api/organisations/nkvd/page/", "/chronology/filters/page/",
         "/api/chronology/filters/page/")


def listed_pages(app) -> set:
    """Every URL the route table stands for, HTML pages and their JSON twins (not sitemap.xml, the
    static search's files or downloads, which no page needs to link to), as the crawler names them."""
    unlinked = {r.rule for r in routes.ROUTES if r.endpoint in ("sitemap", "search_index", "search_script")}
    return {BASE + u for u in site_urls(app) if u not in unlinked and (u.endswith("/") or u.endswith(".json"))}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic") / "tei"
    generate(REAL_TEI, folder, 6, seed=1, max_persons=200)
    return folder


def crawled(app, fetch) -> set:
    seen, broken = crawl(BASE + "/", limit=20000, fetch=fetch)
    assert not broken, broken[:10]
    return seen


def test_every_page_of_the_served_real_edition_is_linked_and_no_link_is_broken(tei_files):
    app = create_app({"TEI_DIR": str(REAL_TEI), "TESTING": True})
    seen = crawled(app, through_client(app.test_client()))
    expected = listed_pages(app)
    assert BASE + "/chronology/page/3/" in expected  # the real chronology pages (200 passages a page)
    assert expected - seen == set()


def test_every_page_of_a_synthetic_corpus_paged_small_is_linked_when_served(synthetic):
    app = create_app({"TEI_DIR": str(synthetic), "TESTING": True, "PAGE_SIZES": SMALL})
    seen = crawled(app, through_client(app.test_client()))
    expected = listed_pages(app)
    paged = {u for u in expected if "/page/" in u}
    for prefix in LISTS:  # each kind of list has pages beyond the first
        assert any(u.startswith(BASE + prefix) for u in paged), prefix
    assert expected - seen == set()


def test_the_static_export_of_a_synthetic_corpus_paged_small_has_every_page_and_no_broken_link(synthetic, tmp_path):
    site = tmp_path / "site"
    files = export_static(synthetic, site, config={"PAGE_SIZES": SMALL})
    seen = crawled(None, from_files(site))
    pages = {BASE + "/" + f.removesuffix("index.html") for f in files if f == "index.html" or f.endswith("/index.html")}
    assert sum("/page/" in u for u in pages) > 100  # lists do page
    assert pages - seen == set()
