"""Hostile requests to the viewer (Flask test client over a temporary edition): no URL reaches a file
outside the edition, unknown ids get a 404 naming them (escaped), huge URLs and odd methods get a
proper status, and requests racing an edit of a TEI file never see a half-written document."""

import os
import shutil
import threading

import pytest

from edition.web import create_app

from .conftest import HOSTILE_TEI, document

TRAVERSALS = [
    "/doc/../../etc/passwd", "/doc/..%2f..%2f..%2fetc%2fpasswd/", "/doc/%2e%2e/%2e%2e/etc/passwd",
    "/doc/%252e%252e%252f%252e%252e%252fetc%252fpasswd/", "/doc/%25252e%25252e%25252fetc%25252fpasswd.xml",
    "/doc/..%5c..%5c..%5cetc%5cpasswd.xml", "/doc/%c0%ae%c0%ae%c0%afetc%c0%afpasswd.xml", "/doc/clean.xml%00.txt",
    "/doc/%2fetc%2fpasswd.xml", "/doc//etc/passwd", "/doc/..;/..;/etc/passwd", "/doc/\u2025/\u2025/etc/passwd",
    "/doc/persons.xml", "/doc/persons/", "/persons/..%2f..%2fetc%2fpasswd/", "/api/persons/%2e%2e.json",
    "/api/documents/..%2f..%2fpyproject.json", "/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static/..%252f..%252fpyproject.toml", "/download/../../etc/passwd", "/doc/clean.xml/../../../etc/passwd",
]
MARKERS = (b"root:x:", b"[project]", b"edition project</publisher>\n  <!--")


@pytest.fixture
def tei(tmp_path):
    folder = tmp_path / "tei"
    shutil.copytree(HOSTILE_TEI, folder)
    (folder / "clean.xml").write_text(document(), encoding="utf-8")
    return folder


@pytest.fixture
def client(tei):
    return create_app({"TEI_DIR": str(tei), "TESTING": True}).test_client()


@pytest.mark.parametrize("url", TRAVERSALS)
def test_a_traversal_attempt_never_serves_a_file_outside_the_edition(client, url):
    response = client.get(url)
    assert response.status_code in (400, 404, 405, 308), (url, response.status_code)
    assert not any(m in response.get_data() for m in MARKERS)


@pytest.mark.parametrize("url, kind", [("/doc/{}/", "document"), ("/doc/{}.xml", "document"),
                                       ("/persons/{}/", "person"), ("/api/documents/{}.json", "document")])
def test_an_unknown_id_gets_a_404_that_names_it_without_running_it(client, url, kind):
    wanted = "clena"
    response = client.get(url.format(wanted))
    assert response.status_code == 404
    assert wanted in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/doc/<script>alert(1)<%2fscript>/", "/persons/%22onmouseover=alert(1)%20x=%22/",
                                 "/search/?q=<script>alert(1)</script>", "/doc/clean/?v=<img src=x onerror=alert(1)>"])
def test_markup_in_the_url_is_never_echoed_as_markup(client, url):
    body = client.get(url).get_data(as_text=True)
    assert "<script>alert" not in body and "<img src=x" not in body and '"onmouseover=alert' not in body


def test_a_very_long_url_gets_a_404_not_an_error(client):
    response = client.get("/doc/" + "a" * 100_000 + "/")
    assert response.status_code in (404, 414)


def test_a_very_long_query_is_ignored_where_no_query_is_read(client):
    response = client.get("/doc/clean/?" + "&".join(f"k{i}={'v' * 50}" for i in range(20_000)))
    assert response.status_code == 200 and b"Stalin" in response.get_data()


def test_a_very_long_search_query_is_answered(client):
    response = client.get("/api/search.json?q=" + "stalin%20" * 20_000)
    assert response.status_code in (200, 400, 414), response.status_code
    assert response.mimetype == "application/json"


@pytest.mark.parametrize("url", ["/", "/doc/clean/", "/persons/", "/doc/clean.xml", "/static/edition.css"])
def test_head_answers_like_get_without_a_body(client, url):
    get, head = client.get(url), client.head(url)
    assert head.status_code == get.status_code == 200
    assert head.get_data() == b"" and head.headers["Content-Type"] == get.headers["Content-Type"]
    assert head.headers["Content-Security-Policy"] == get.headers["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/doc/clean/", "/api/documents.json"])
def test_options_lists_the_allowed_methods(client, url):
    response = client.options(url)
    assert response.status_code in (200, 204)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) <= {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "TRACE"])
def test_methods_that_would_change_or_echo_are_refused(client, method):
    response = client.open("/doc/clean/", method=method, data=b"<TEI/>")
    assert response.status_code == 405 and b"Traceback" not in response.get_data()


def test_a_document_broken_mid_edit_gives_an_error_page_naming_the_file(client, tei):
    (tei / "clean.xml").write_text(document().replace("</p>", "", 1), encoding="utf-8")
    response = client.get("/doc/clean/")
    body = response.get_data(as_text=True)
    assert response.status_code == 500 and "clean.xml:" in body and "Traceback" not in body
    (tei / "clean.xml").write_text(document(), encoding="utf-8")
    assert client.get("/doc/clean/").status_code == 200  # and it recovers once the file is fixed


def _hammer(tei, replace_atomically: bool, rounds: int = 40, readers: int = 4):
    """Readers fetch the document while a writer alternates two versions; returns what they saw."""
    app = create_app({"TEI_DIR": str(tei), "TESTING": True})
    versions = [document(body=f'<p>Version {v}: <persName ref="persons.xml#stalin">Stalin</persName>.</p>')
                for v in ("ALPHA", "OMEGA")]
    stop, seen, failures = threading.Event(), [], []

    def write():
        for i in range(rounds):
            data = versions[i % 2].encode("utf-8")
            if replace_atomically:
                tmp = tei / f".clean.xml.{i}.tmp"
                tmp.write_bytes(data)
                os.replace(tmp, tei / "clean.xml")
            else:
                (tei / "clean.xml").write_bytes(data)
        stop.set()

    def read():
        client = app.test_client()
        while not stop.is_set():
            for url in ("/doc/clean/", "/api/documents/clean.json", "/doc/clean.txt"):
                try:
                    response = client.get(url)
                    seen.append((response.status_code, response.get_data(as_text=True)))
                except Exception as exc:  # noqa: BLE001 -- any exception is the failure being tested
                    failures.append(repr(exc))

    threads = [threading.Thread(target=read) for _ in range(readers)] + [threading.Thread(target=write)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a request hung"
    assert not failures, failures[:3]
    return seen


def test_requests_racing_an_atomic_save_always_see_a_whole_version(tei):
    seen = _hammer(tei, replace_atomically=True)
    assert seen and all(status == 200 for status, _ in seen), {s for s, _ in seen}
    assert all(("ALPHA" in body) != ("OMEGA" in body) or "Version" not in body for _, body in seen)


def test_requests_racing_an_in_place_save_see_a_version_or_a_clear_error(tei):
    seen = _hammer(tei, replace_atomically=False)
    for status, body in seen:
        assert status in (200, 500) and "Traceback" not in body
        if status == 500:
            assert "clean.xml" in body
