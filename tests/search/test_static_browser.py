"""The static client in real headless Chromium (Debian's, via Playwright; never `playwright
install`): a page with the search form, served with a strict Content-Security-Policy, finds,
marks and links results, with no script error or CSP violation."""

import concurrent.futures
import functools
import http.server
import shutil
import threading
from urllib.parse import urlencode

import pytest

from conftest import require_tool
from search_index_fixture import index  # noqa: F401 (a fixture)
from edition.search import api
from edition.web.search import highlights
from edition.search.static import client_script, write_static_index

CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'"
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title>
<script src="search.js" defer></script></head>
<body><form data-search-index="search-index.json" data-search-results="results" data-search-base="doc/">
<input name="q" aria-label="Search"><button>Search</button></form><div id="results"></div></body></html>
"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(index, tmp_path_factory):  # noqa: F811
    folder = tmp_path_factory.mktemp("site")
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(client_script(), folder / "search.js")
    write_static_index(index, folder / "search-index.json")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_the_form_shows_marked_results_linked_to_their_paragraphs(site, index):  # noqa: F811
    chromium = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    expected = api.search(index, "Yezhov")
    errors = []

    def drive():
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.goto(site + "index.html?q=Yezhov")
            page.wait_for_selector("#results li.search-result")
            items = page.locator("#results li.search-result")
            assert expected["total"] > 50 and items.count() == 50  # one page at a time, as the server shows them
            assert page.locator("#results .search-summary").inner_text().endswith(
                "passages 1\u201350 (page 1 of %d)" % -(-expected["total"] // 50))
            by_document = page.locator("#results .search-documents a")
            assert by_document.all_inner_texts() == [d["title"] for d in expected["documents"]]
            assert by_document.first.get_attribute("href") == "?" + urlencode(
                [("q", "Yezhov"), ("doc", expected["documents"][0]["doc_id"])])
            first = expected["results"][0]  # the most relevant, as the server ranks it
            link = page.locator("#results li.search-result .search-where a").first
            words = urlencode([("hl", w) for w in highlights(first)])  # marked on arrival by the viewer
            assert link.get_attribute("href") == "doc/" + first["doc_id"] + "/?" + words + first["fragment"]
            assert link.inner_text() == first["title"]
            assert page.locator("#results mark").count() >= 50
            page.locator("#results a[rel=next]").click()
            page.wait_for_selector("#results ol[start='51'] li.search-result")
            second = page.locator("#results li.search-result .search-where a").first.get_attribute("href")
            assert second.startswith("doc/" + expected["results"][50]["doc_id"] + "/")
            page.fill("input[name=q]", '"great terror"')
            page.click("button")
            page.wait_for_function("document.querySelector('#results .search-summary').textContent.startsWith('%d ')"
                                   % api.search(index, '"great terror"')["total"])
            browser.close()

    # In its own thread: another test module's session browser (tests/web/browser) may hold a
    # Playwright event loop in this thread, and the sync API refuses to nest in a running loop.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(drive).result()
    assert not errors, errors
