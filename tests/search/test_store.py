"""The index kept in a cache file: reused by the next viewer, which reads only changed files;
the files of edition folders that are gone are deleted; paging reads the same units."""

import re
import shutil

import pytest

from search_index_fixture import index  # noqa: F401 (a fixture)
from edition.search import api, index as search_index, seal, store


@pytest.fixture
def edition_copy(tei_files, tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "tei"
    folder.mkdir()
    for path in tei_files[:2]:
        shutil.copy2(path, folder / path.name)
    return folder, sorted(folder.glob("*.xml"))


def test_a_second_viewer_reuses_the_cached_index_and_reads_only_the_changed_file(edition_copy):
    folder, paths = edition_copy
    first = store.open_index(folder)
    assert len(first.sync(paths)) == 2
    found = api.search(first, "Stalin")
    assert store.cache_file(folder).is_file() and store.cache_file(folder).parent == folder.parent / "cache"
    again = store.open_index(folder)
    assert again.sync(paths) == []  # nothing extracted again
    assert api.search(again, "Stalin") == found
    head, body, rest = paths[1].read_text(encoding="utf-8").partition("<body")
    paths[1].write_text(head + body + re.sub(r"(<p\b[^>]*>)", r"\1Quetzalcoatl ", rest, count=1), encoding="utf-8")
    changed = store.open_index(folder).sync(paths)
    assert len(changed) == 1 and api.search(store.open_index(folder), "quetzalcoatl")["total"] == 1


def test_the_cache_of_a_folder_that_is_gone_is_deleted(edition_copy, tmp_path):
    folder, paths = edition_copy
    store.open_index(folder).sync(paths)
    shutil.rmtree(folder)
    other = tmp_path / "other"
    other.mkdir()
    store.open_index(other)
    assert not list(store.cache_dir().glob(store.cache_file(folder).stem + "*"))
    assert store.cache_file(other).is_file()


def test_the_store_syncs_only_for_a_new_signature(edition_copy):
    folder, paths = edition_copy
    calls = []
    kept = store.SearchStore(folder)

    def listed():
        calls.append(1)
        return paths

    signature = ("a",)
    assert kept.current(signature, listed, None) is kept.current(signature, listed, None)
    kept.current(("b",), listed, None)
    assert len(calls) == 2


@pytest.mark.parametrize("q", ["Stalin", "Yezhov", '"great terror"', "purg*", "trial -Stalin", "person:kamenev"])
def test_the_pages_of_an_answer_are_the_whole_answer_in_order(index, q):  # noqa: F811
    whole = api.search(index, q)
    seen, number = [], 1
    while True:
        page = api.search(index, q, page=number, page_size=7)
        assert page["total"] == whole["total"] and page["documents"] == whole["documents"]
        assert len(page["results"]) == (7 if number < page["pages"] else whole["total"] - 7 * (number - 1))
        seen += page["results"]
        if number >= page["pages"]:
            break
        number += 1
    assert seen == whole["results"]


def test_an_index_made_by_other_code_is_not_reused_but_deleted(edition_copy):
    folder, paths = edition_copy
    current = store.cache_file(folder)
    assert store.code_digest() in current.name  # the extractor's code names the file
    older = current.with_name(current.name.replace(store.code_digest(), "0" * len(store.code_digest())))
    older.parent.mkdir(parents=True)
    older.write_bytes(b"made by other code")
    older.with_suffix(".folder").write_text(str(folder.resolve()), encoding="utf-8")
    assert len(store.open_index(folder).sync(paths)) == 2
    assert not older.exists() and not older.with_suffix(".folder").exists()


def test_an_index_of_the_previous_format_is_built_again_not_read(edition_copy):
    folder, paths = edition_copy
    built = store.open_index(folder)
    built.sync(paths)
    for path in paths:  # the previous format: a file's identity kept as "size:mtime"
        info = path.stat()
        built.conn.execute("UPDATE documents SET stat=? WHERE path=?", (f"{info.st_size}:{info.st_mtime_ns}", str(path)))
    built.conn.commit()
    built.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    current = store.cache_file(folder)
    older = current.with_name(current.name.replace(f"-v{search_index.VERSION}-", f"-v{search_index.VERSION - 1}-"))
    for suffix in (".sqlite", ".folder"):
        current.with_suffix(suffix).rename(older.with_suffix(suffix))
    seal.seal(older, seal.secret(older.parent))  # sealed: only its format keeps it from being read
    assert len(store.open_index(folder).sync(paths)) == 2  # every file read and indexed again
    assert not older.exists() and not older.with_suffix(".folder").exists()
