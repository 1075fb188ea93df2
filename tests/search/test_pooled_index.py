"""A sync that extracts in worker processes (jobs > 1) makes the index one process makes: every
document, unit (text, anchor, page, mentions, place) and FTS term occurrence, row for row and
with the same row ids; and told to stop, it ends between documents without a worker left."""

import multiprocessing
import threading

import pytest

from conftest import TEI
from edition import pool
from edition.search import index as index_module
from edition.search.index import SearchIndex, Stopped
from edition.synth import generate


def every_row(index: SearchIndex) -> dict[str, list]:
    index.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, fts, 'instance')")
    return {table: index.conn.execute(sql).fetchall() for table, sql in {
        "documents": "SELECT num, doc_id, position, title, path, sha256, stat FROM documents ORDER BY num",
        "units": "SELECT * FROM units ORDER BY id",
        "fts": "SELECT term, doc, col, offset FROM temp.vocab ORDER BY 1, 2, 3, 4"}.items()}


@pytest.fixture
def pool_calls(monkeypatch) -> list:
    """The streams a sync opened: proof that the pooled path was the one taken."""
    calls, stream = [], pool.stream

    def counted(fn, items, jobs, *args):
        calls.append(len(items))
        return stream(fn, items, jobs, *args)

    monkeypatch.setattr(pool, "stream", counted)
    return calls


@pytest.fixture
def synthetic(tmp_path):
    folder = tmp_path / "synthetic"
    generate(TEI, folder, index_module.POOL_FROM + 4, seed=4)
    return sorted(folder.glob("syn*.xml")), folder / "persons.xml"


def test_the_five_documents_indexed_in_two_processes_are_indexed_as_in_one(tei_files, pool_calls, monkeypatch):
    one = SearchIndex()
    one.sync(tei_files, TEI / "persons.xml")
    monkeypatch.setattr(index_module, "POOL_FROM", 1)  # five files are fewer than a pool is started for
    two = SearchIndex()
    assert two.sync(tei_files, TEI / "persons.xml", jobs=2) == [p.stem for p in tei_files]
    assert pool_calls == [5]
    rows = every_row(two)
    assert rows == every_row(one) and len(rows["units"]) > 400 and rows["fts"]


def test_a_synthetic_corpus_indexed_in_two_processes_is_indexed_as_in_one(synthetic, pool_calls):
    paths, persons = synthetic
    one, two = SearchIndex(), SearchIndex()
    one.sync(paths, persons)
    assert pool_calls == []
    two.sync(paths, persons, jobs=2)
    assert pool_calls == [len(paths)]
    assert every_row(two) == every_row(one)


def test_a_few_changed_files_are_read_in_this_process(synthetic, pool_calls):
    paths, persons = synthetic
    index = SearchIndex()
    index.sync(paths, persons, jobs=2)
    changed = paths[3]
    changed.write_text(changed.read_text(encoding="utf-8").replace("<body>", "<body><p>Quetzalcoatl</p>", 1),
                       encoding="utf-8")
    assert index.sync(paths, persons, jobs=2) == [index.documents()[3][0]]
    assert pool_calls == [len(paths)]  # the first build only


def test_a_pooled_sync_told_to_stop_ends_between_documents_and_leaves_no_worker(synthetic, monkeypatch):
    paths, persons = synthetic
    stop, insert = threading.Event(), SearchIndex._insert

    def insert_then_stop(self, *args):
        insert(self, *args)
        stop.set()

    monkeypatch.setattr(SearchIndex, "_insert", insert_then_stop)
    index = SearchIndex()
    with pytest.raises(Stopped):
        index.sync(paths, persons, jobs=2, stop=stop)
    assert multiprocessing.active_children() == []
    assert not index.complete and index.documents() == []  # a first build's uncommitted part is undone
