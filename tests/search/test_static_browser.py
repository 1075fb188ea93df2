"""The static client in real headless Chromium (Debian's, via Playwright; never `playwright
install`): a page with the search form, served with a strict Content-Security-Policy, finds,
marks and links results, with no script error or CSP violation, fetching only the files of the
sharded index that the query needs (the index is cut small here, so there are many to leave)."""

import concurrent.futures
import functools
import http.server
import json
import re
import threading
from urllib.parse import urlencode, urlsplit

import pytest

from conftest import require_tool
from search_index_fixture import ROOT, index, stored_keys  # noqa: F401 (a fixture)
from edition.search import api
from edition.search.query import parse
from edition.web.search import highlights
from edition.search.static import client_source, write_static

LIMIT = 16 * 1024  # bytes a file of the index: the five documents in dozens of shards
ARTIFACTS = ROOT / "tests" / "artifacts"  # screenshots to look at (gitignored)
MAX_FETCHED = 2 * 1024 * 1024  # the bound on any one file a query fetches
CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'"
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title>
<script src="search.js" defer></script></head>
<body><form data-search-index="index/manifest.json" data-search-results="results" data-search-base="doc/">
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
    (folder / "search.js").write_text(client_source(), encoding="utf-8")
    write_static(index, folder / "index", limit=LIMIT)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    server.shutdown()
    server.server_close()


def _needed(folder, index, q: str) -> set[str]:  # noqa: F811
    """The postings and texts a first page of `q` needs: the shards whose range holds one of
    its words or persons, the text files of its first 50 passages."""
    manifest, store = json.loads((folder / "manifest.json").read_text(encoding="utf-8")), stored_keys(folder)
    terms = {("words", w) for t in parse(q, index.forms).terms for a in t.alts for w in a.words}
    terms |= {("persons", a.person.lower()) for t in parse(q, index.forms).terms for a in t.alts if a.person}
    needed = {f"/index/{kind}/{name}.json" for kind, term in terms
              for first, last, name in manifest[kind] if first <= term <= last}
    for u in api.search(index, q, page=1)["results"]:
        parts = store["d:%07d" % store["i:" + u["doc_id"]]][2]
        k = max(i for i, (first, _) in enumerate(parts) if first <= u["seq"])
        needed.add(f"/index/text/{u['doc_id']}" + (f".{k + 1}" if k else "") + ".json")
    return needed


def test_the_form_shows_marked_results_linked_to_their_paragraphs(site, index):  # noqa: F811
    site, folder = site
    chromium = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    expected = api.search(index, "Yezhov")
    errors, fetched = [], []

    def drive():
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("response", lambda r: fetched.append(  # the server sends every file's length
                (urlsplit(r.url).path, r.status, int(r.headers.get("content-length", -1)))))
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
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "static-search-sharded.png"))
            first_page = list(fetched)
            page.locator("#results a[rel=next]").click()
            page.wait_for_selector("#results ol[start='51'] li.search-result")
            second = page.locator("#results li.search-result .search-where a").first.get_attribute("href")
            assert second.startswith("doc/" + expected["results"][50]["doc_id"] + "/")
            page.fill("input[name=q]", '"great terror"')
            page.click("button")
            total = api.search(index, '"great terror"')["total"]  # a locator: CSP forbids wait_for_function's eval
            page.locator("#results .search-summary", has_text=re.compile(r"^%d " % total)).wait_for()
            browser.close()
            return first_page

    # In its own thread: another test module's session browser (tests/web/browser) may hold a
    # Playwright event loop in this thread, and the sync API refuses to nest in a running loop.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        first_page = pool.submit(drive).result()
    assert not errors, errors
    index_files = [(status, size) for path, status, size in fetched if path.startswith("/index/")]
    assert index_files and all(status == 200 and 0 < size <= MAX_FETCHED for status, size in index_files)
    shards = len(list((folder / "index" / "words").iterdir()))
    first = {path for path, _, _ in first_page if path.startswith("/index/")}
    postings = {path for path in first if not path.startswith(("/index/keys/", "/index/manifest"))}
    assert "/index/manifest.json" in first and postings <= _needed(folder / "index", index, "Yezhov")
    assert 0 < sum(path.startswith("/index/words/") for path in first) < shards / 10  # the rest never fetched
