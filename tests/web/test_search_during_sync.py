"""A search while the index is being brought up to date answers from the index as it was, and
the request that syncs it answers from the new one. The rebuild is held inside extraction by
an event (no sleeps): the other request must not wait for it."""

import threading
from urllib.parse import urlencode

import pytest

from edition.search import index as index_module
from edition.search import rows as rows_module
from edition.search.index import SearchIndex
from edition.web import create_app


def total(client, q: str) -> int:
    response = client.get("/api/search.json?" + urlencode({"q": q}))
    assert response.status_code == 200
    return response.get_json()["total"]


@pytest.fixture
def app(fixture_tei, tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))
    return create_app({"TEI_DIR": str(fixture_tei), "TESTING": True})


def test_a_search_during_a_rebuild_answers_from_the_previous_index(app, fixture_tei, monkeypatch):
    extract = rows_module.extract_bytes
    answers_from_the_previous_index(app, fixture_tei, lambda held: monkeypatch.setattr(
        rows_module, "extract_bytes", lambda data, p: held() or extract(data, p)))


def test_a_search_during_a_rebuild_in_worker_processes_answers_from_the_previous_index(fixture_tei, tmp_path,
                                                                                        monkeypatch):
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(index_module, "POOL_FROM", 1)  # the fixture's few files: a pool all the same
    app = create_app({"TEI_DIR": str(fixture_tei), "TESTING": True, "SEARCH_JOBS": 2})
    insert = SearchIndex._insert  # held in this process, where the rows are written
    answers_from_the_previous_index(app, fixture_tei, lambda held: monkeypatch.setattr(
        SearchIndex, "_insert", lambda self, *args: held() or insert(self, *args)))


def answers_from_the_previous_index(app, fixture_tei, hold):
    """`hold(held)` makes the sync call held() before going on, in extraction or later."""
    client = app.test_client()
    before = total(client, "removed")
    assert before > 0 and total(client, "quetzalcoatl") == 0
    path = fixture_tei / "fixture-beta.xml"
    path.write_text(path.read_text(encoding="utf-8").replace("removed", "removed Quetzalcoatl", 1), encoding="utf-8")

    started, release = threading.Event(), threading.Event()

    def held():
        started.set()
        release.wait(timeout=60)  # a safety net: the assertions below never depend on it

    hold(held)
    syncing: dict = {}
    thread = threading.Thread(target=lambda: syncing.setdefault("total", total(app.test_client(), "quetzalcoatl")))
    thread.start()
    try:
        assert started.wait(timeout=60), "the rebuild never started"
        assert not release.is_set()
        assert total(client, "quetzalcoatl") == 0  # the previous index answers, at once
        assert total(client, "removed") == before
        assert thread.is_alive()  # and the rebuild is still held
    finally:
        release.set()
        thread.join(timeout=60)
    assert syncing["total"] == 1  # the request that synced answers from the new index
    assert total(client, "quetzalcoatl") == 1  # and so does the next one: the old answer was not kept


def test_the_first_build_is_waited_for(app):
    assert total(app.test_client(), "removed") > 0  # no previous index: the first search waits for it
