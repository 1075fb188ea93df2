"""Rendered pages are cached, re-rendered when a TEI file changes, and the cache stays bounded."""

import os

from edition.web import create_app
from edition.cache import BoundedCache

from .conftest import page


def _bump(path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert old in text
    stat = path.stat()
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a visibly later mtime


def test_a_changed_tei_file_is_rendered_again_on_the_next_request(fixture_tei):
    app = create_app({"TEI_DIR": str(fixture_tei)})
    client = app.test_client()
    assert page(client.get("/doc/fixture-alpha/")).xpath("string(//article//h1)") == "Alpha: A Test Article on the Plenum"
    cache = app.extensions["edition"].cache
    misses = cache.misses
    page(client.get("/doc/fixture-alpha/"))
    assert cache.misses == misses  # served from the cache
    _bump(fixture_tei / "fixture-alpha.xml", "Alpha: A Test Article", "Alpha: A Revised Article")
    assert page(client.get("/doc/fixture-alpha/")).xpath("string(//article//h1)") == "Alpha: A Revised Article on the Plenum"
    assert page(client.get("/")).xpath("string(//ol[@class='document-list']/li[1]//h3)").strip() == "Alpha: A Revised Article on the Plenum"


def test_a_changed_personography_shows_in_the_index(fixture_tei):
    client = create_app({"TEI_DIR": str(fixture_tei)}).test_client()
    assert "Historian and émigré writer" in page(client.get("/persons/avtorkhanov/")).text_content()
    _bump(fixture_tei / "persons.xml", "Historian and émigré writer", "Historian, émigré, pen name A. Ouralov")
    assert "pen name" in page(client.get("/persons/avtorkhanov/")).xpath("string(//p[@class='occupation'])")


def test_cache_evicts_the_least_recently_used_entry_when_full():
    cache = BoundedCache(maxsize=2)
    calls = []
    for key in ("a", "b", "a", "c", "a", "b"):
        cache.get(key, lambda k=key: calls.append(k) or k.upper())
    assert len(cache) == 2
    assert calls == ["a", "b", "c", "b"]  # "a" stayed (recently used), "b" was evicted by "c"


def test_cache_with_a_byte_budget_keeps_the_text_under_it_and_never_holds_a_larger_page():
    cache = BoundedCache(maxsize=100, maxbytes=10)
    for key in ("a", "b", "c"):
        cache.get(key, lambda: "x" * 4)
    assert len(cache) == 2 and cache.bytes == 8  # "a" went to keep the text under 10 characters
    assert cache.get("huge", lambda: "y" * 11) == "y" * 11
    assert cache.peek("huge") is None and cache.bytes == 8


def test_cache_renders_again_when_a_dependency_changes(tmp_path):
    dep = tmp_path / "x.xml"
    dep.write_text("one")
    cache, calls = BoundedCache(), []
    build = lambda: calls.append(1) or dep.read_text()  # noqa: E731
    assert cache.get("k", build, deps=[dep]) == "one"
    assert cache.get("k", build, deps=[dep]) == "one" and len(calls) == 1
    dep.write_text("three")  # size changes even if the clock does not
    assert cache.get("k", build, deps=[dep]) == "three" and len(calls) == 2


def test_a_broken_tei_file_gives_a_page_naming_it_and_the_fix_shows_without_restart(fixture_tei):
    client = create_app({"TEI_DIR": str(fixture_tei)}).test_client()
    path = fixture_tei / "fixture-beta.xml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("</TEI>", ""), encoding="utf-8")
    response = client.get("/doc/fixture-alpha/")
    assert response.status_code == 500
    import lxml.html

    message = lxml.html.document_fromstring(response.get_data(as_text=True)).xpath("string(//pre)")
    assert "fixture-beta.xml:" in message and "not well-formed" in message
    assert client.get("/api/persons.json").get_json()["error"] == "edition file unusable"
    path.write_text(good, encoding="utf-8")
    assert client.get("/doc/fixture-alpha/").status_code == 200


def test_a_cleared_cache_builds_again_and_holds_no_text():
    cache, calls = BoundedCache(maxbytes=100), []
    cache.get("k", lambda: calls.append(1) or "text")
    cache.clear()
    assert (len(cache), cache.bytes, cache.peek("k")) == (0, 0, None)
    cache.get("k", lambda: calls.append(1) or "text")
    assert calls == [1, 1]
