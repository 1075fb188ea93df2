"""A doctored search cache file never changes what the viewer shows: the index is used only
under its seal (a MAC with this user's secret), and is built again from the TEI otherwise."""

import sqlite3
from urllib.parse import urlencode

import pytest

from edition.search import seal, store
from edition.web import create_app

QUERY = "plenum"


def passages(app, q: str = QUERY) -> list[str]:
    answer = app.test_client().get("/api/search.json?" + urlencode({"q": q})).get_json()
    return ["".join(part["text"] for part in u["snippet"]) for u in answer["results"]]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))


def viewer(folder):
    return create_app({"TEI_DIR": str(folder), "TESTING": True})


def doctor(folder, sql: str) -> None:
    with sqlite3.connect(store.cache_file(folder)) as conn:
        conn.execute(sql)
    conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE units SET text = 'DOCTORED ' || text",
    "UPDATE documents SET title = 'DOCTORED'",
    "INSERT INTO units(id, doc_id, seq, kind, anchor, page, page_n, text, mentions) "
    "VALUES (99, 'clean', 99, 'p', 'p99', '', '', 'DOCTORED plenum', '[]')",
])
def test_a_doctored_cache_file_is_ignored_by_the_next_viewer(edition_folder, capsys, sql):
    honest = passages(viewer(edition_folder))
    assert honest and not any("DOCTORED" in p for p in honest)
    doctor(edition_folder, sql)
    assert passages(viewer(edition_folder)) == honest
    assert "does not match its seal" in capsys.readouterr().err


def test_a_seal_written_without_the_secret_is_not_accepted(edition_folder):
    honest = passages(viewer(edition_folder))
    path = store.cache_file(edition_folder)
    doctor(edition_folder, "UPDATE units SET text = 'DOCTORED ' || text")
    forged = bytes(32)  # anyone's guess at the key: not this user's secret
    seal.seal(path, forged)
    assert not seal.sealed(path, seal.secret(path.parent))
    assert passages(viewer(edition_folder)) == honest


def test_a_file_doctored_under_a_running_viewer_is_built_again_before_its_next_sync(edition_folder):
    app = viewer(edition_folder)
    honest = passages(app)
    doctor(edition_folder, "UPDATE units SET text = 'DOCTORED ' || text")
    page = edition_folder / "clean.xml"
    page.write_text(page.read_text(encoding="utf-8").replace("spoke", "spoke at the plenum", 1), encoding="utf-8")
    shown = passages(app)  # the edit makes the viewer sync: it finds the file was not its own
    assert shown and not any("DOCTORED" in p for p in shown) and shown != honest


def test_the_secret_is_private_and_an_exposed_one_is_not_used(edition_folder, capsys):
    passages(viewer(edition_folder))
    secret = store.cache_dir() / seal.SECRET
    assert secret.stat().st_mode & 0o777 == 0o600
    secret.chmod(0o644)
    index = store.open_index(edition_folder)
    assert index.conn.execute("PRAGMA database_list").fetchone()[2] == ""  # in memory
    assert "secret" in capsys.readouterr().err
