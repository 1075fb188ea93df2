"""Unknown ids give a helpful 404; no URL reaches a file outside the edition; headers on everything."""

import pytest

from .conftest import page

TRAVERSALS = [
    "/doc/../../etc/passwd",
    "/doc/..%2f..%2fetc%2fpasswd/",
    "/doc/%2e%2e/%2e%2e/etc/passwd",
    "/doc/%252e%252e%252fetc%252fpasswd/",
    "/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd.xml",
    "/doc/..%5c..%5cwindows%5cwin.ini.xml",
    "/doc/persons.xml",
    "/doc/persons.xml/",
    "/doc/persons/",
    "/doc/fixture-alpha.xml%00.txt",
    "/persons/..%2f..%2fetc%2fpasswd/",
    "/api/persons/%2e%2e.json",
    "/static/../tei/persons.xml",
    "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/download/../../etc/passwd",
]


@pytest.mark.parametrize("url", TRAVERSALS)
def test_traversal_attempts_never_serve_a_file(client, url):
    response = client.get(url)
    body = response.get_data()
    assert response.status_code in (404, 400, 308), url
    assert b"root:" not in body and b"<TEI" not in body and b"[project]" not in body


def test_unknown_document_404_names_the_id_and_suggests_near_ones(client):
    response = client.get("/doc/fixture-alpah/")
    assert response.status_code == 404
    doc = page_404(response)
    assert "fixture-alpah" in doc.xpath("string(//main)")
    hrefs = doc.xpath("//main//a/@href")
    assert "/doc/fixture-alpha/" in hrefs  # "did you mean" and the list of documents


def test_unknown_person_404_suggests_a_near_person(client):
    doc = page_404(client.get("/persons/stallin/"))
    assert "/persons/stalin/" in doc.xpath("//main//a/@href")


def test_api_404_is_json(client):
    response = client.get("/api/documents/nothing-here.json")
    assert response.status_code == 404 and response.mimetype == "application/json"
    assert response.get_json()["not_found"] == {"kind": "document", "id": "nothing-here"}


def page_404(response):
    import lxml.html

    assert response.status_code == 404
    return lxml.html.document_fromstring(response.get_data(as_text=True))


@pytest.mark.parametrize("url", ["/", "/doc/fixture-alpha/", "/persons/", "/doc/nope/", "/static/edition.css",
                                 "/api/persons.json", "/doc/fixture-alpha.xml", "/download/edition.zip"])
def test_every_response_carries_the_security_headers(client, url):
    headers = client.get(url).headers
    csp = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'" and directives["default-src"] == "'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("url", ["/", "/doc/fixture-alpha/", "/doc/fixture-alpha/diplomatic/", "/persons/",
                                 "/persons/stalin/", "/about/", "/doc/nope/"])
def test_pages_have_no_inline_script_or_style_the_policy_would_block(client, url):
    response = client.get(url)
    import lxml.html

    doc = lxml.html.document_fromstring(response.get_data(as_text=True))
    assert not doc.xpath("//script[not(@src)] | //style | //*[@style]"), url
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.startswith("on")], url
    assert not doc.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]")


def test_only_get_is_allowed(client):
    assert client.post("/").status_code == 405
    assert client.delete("/doc/fixture-alpha/").status_code == 405
