"""The static export: the same site as files, readable from a plain web server, with no broken link."""

import tempfile

import pytest

from edition.errors import EditionError
from edition.web import create_app
from edition.web.corpus import load
from edition.web.static_export import export_static, write_pages

from .conftest import REAL_TEI
from .crawler import crawl
from .servers import static_server


def test_export_writes_the_same_urls_as_the_app(fixture_tei, tmp_path):
    files = export_static(fixture_tei, tmp_path / "site")
    for expected in ("index.html", "doc/fixture-alpha/index.html", "doc/fixture-alpha/diplomatic/index.html",
                     "doc/fixture-alpha.xml", "doc/fixture-alpha.txt", "doc/fixture-alpha.diplomatic.txt",
                     "persons/index.html", "persons/ezhov/index.html", "about/index.html", "about/schema/index.html",
                     "api/schema.json", "download/edition.zip",
                     "api/persons.json", "api/persons/ezhov.json", "static/edition.css", "404.html",
                     "places/index.html", "places/moscow/index.html", "api/places/moscow.json",
                     "organisations/nkvd/index.html", "api/organisations.json", "chronology/index.html"):
        assert expected in files, expected
    assert all((tmp_path / "site" / f).is_file() for f in files)


def test_exported_site_served_by_a_plain_server_has_no_broken_link(fixture_tei, tmp_path):
    export_static(fixture_tei, tmp_path / "site")
    with static_server(tmp_path / "site") as base:
        seen, broken = crawl(base + "/")
    assert not broken, broken
    assert base + "/persons/kamenev/" in seen  # reached by links alone, from the front page


def test_exported_real_edition_has_no_broken_link_and_every_page(tei_files, tmp_path):
    corpus = load(REAL_TEI)
    export_static(REAL_TEI, tmp_path / "site")
    with static_server(tmp_path / "site") as base:
        seen, broken = crawl(base + "/")
    assert not broken, broken[:10]
    for doc_id in corpus.documents:
        assert f"{base}/doc/{doc_id}/" in seen
    for person_id in corpus.persons:
        assert f"{base}/persons/{person_id}/" in seen
    assert {f"{base}/chronology/", f"{base}/chronology/persons/ezhov/"} <= seen
    for register in ("places", "organisations"):  # every entry a document names, reached by links alone
        for entity_id, docs in corpus.index.by_entity[register].items():
            assert f"{base}/{register}/{entity_id}/" in seen
    for doc_id in corpus.documents:
        assert f"{base}/chronology/in/{doc_id}/" in seen


def test_a_page_that_fails_leaves_every_page_unwritten_and_nothing_held(fixture_tei, tmp_path, monkeypatch):
    held = tmp_path / "held"
    held.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(held))  # where the fetched pages wait
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))  # not there
    app = create_app({"TEI_DIR": str(fixture_tei), "STATIC_EXPORT": True})
    with pytest.raises(EditionError, match="/no-such-page/ answered 404"):
        write_pages(app, ["/", "/persons/", "/no-such-page/", "/about/"], tmp_path / "site", "label")
    assert not (tmp_path / "site").exists() and list(held.iterdir()) == []
    written = write_pages(app, ["/", "/persons/"], tmp_path / "site", "label")
    assert [p.relative_to(tmp_path / "site").as_posix() for p in written] == ["index.html", "persons/index.html"]
    assert written[1].read_bytes() == app.test_client().get("/persons/").get_data() and list(held.iterdir()) == []
