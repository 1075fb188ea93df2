"""The index's queries, and the connections they run on: one a thread on a file, so that a
reader never waits for a sync (WAL: a reader sees the last committed index); in memory there
is one connection, and readers wait for a sync to finish.

`ranked` orders the matching rowids by FTS5's bm25 and reads the units of one page only:
joining every match to its unit before sorting read the text of every matching unit, most of
a common word's time (`the` on 500 documents: 614 ms against 23 ms unranked). The
per-document counts of the last COUNTS_KEPT queries are kept until the next commit.
"""

import json
import sqlite3
import threading
from contextlib import contextmanager, nullcontext
from pathlib import Path

from ..cache import BoundedCache
from .extract import Mention, Unit

SEQ_BITS = 20  # index.py: a unit's id is its document's num << SEQ_BITS | its seq
COUNTS_KEPT = 128  # queries whose per-document counts are kept (paging through one query reuses them)
_COLUMNS = "u.doc_id, u.seq, u.kind, u.anchor, u.page, u.page_n, u.text, u.mentions, u.place"


def _connect(db: str) -> sqlite3.Connection:
    return sqlite3.connect(db, check_same_thread=False, timeout=600)


class Readers:
    def __init__(self, db: str | Path):
        self.db = str(db)
        self.conn = _connect(self.db)  # the writer's (index.py), and the readers' in memory
        self._memory = self.db == ":memory:"
        if not self._memory:  # a lost commit is rebuilt, not lost data
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self._shared = threading.RLock()  # in memory: readers and the writer take turns
        self._local = threading.local()
        self._counts = BoundedCache(COUNTS_KEPT)  # (generation, expression, docs) -> counts()
        self._generation = 0  # commits of syncs seen: counts made before one are not reused

    @contextmanager
    def reader(self):
        if self._memory:
            with self._shared:
                yield self.conn
            return
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = _connect(self.db)
        yield conn

    @contextmanager
    def writing(self):
        """Around a sync: in memory, readers wait for it; on a file they go on reading."""
        try:
            with self._shared if self._memory else nullcontext():
                yield
        finally:
            self._generation += 1

    def documents(self) -> list[tuple[str, str]]:
        """(doc_id, title) in edition order."""
        with self.reader() as conn:
            return list(conn.execute("SELECT doc_id, title FROM documents ORDER BY position"))

    def units(self, doc_id: str | None = None) -> list[Unit]:
        # One document's: through the index on (doc_id, seq); "?1 IS NULL OR" would scan them all.
        where, args = ("WHERE u.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
        with self.reader() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM units u JOIN documents d USING(doc_id) {where} ORDER BY d.position, u.seq",
                args).fetchall()
        return [_unit(r) for r in rows]

    def ranked(self, expression: str, docs: list[str] | None = None, offset: int = 0,
               limit: int = -1) -> list[Unit]:
        """Units whose FTS row matches `expression` (built by query.py), most relevant first:
        FTS5's bm25 over both columns (the words, the persons mentioned), ties in edition order;
        `limit` of them from `offset` (-1: all)."""
        sql, args = _in_documents(
            "SELECT m.id, m.score, d.position FROM (SELECT rowid AS id, bm25(fts) AS score FROM fts WHERE fts MATCH ?) m "
            f"JOIN documents d ON d.num = m.id >> {SEQ_BITS}", expression, docs)
        with self.reader() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM ({sql} ORDER BY m.score, d.position, m.id LIMIT ? OFFSET ?) p "
                "JOIN units u ON u.id = p.id ORDER BY p.score, p.position, p.id", [*args, limit, offset]).fetchall()
        return [_unit(r) for r in rows]

    def counts(self, expression: str, docs: list[str] | None = None) -> list[tuple[int, str, str, int]]:
        """(num, doc_id, title, matching units) of each document with a match: more first, ties
        in edition order. Counted inside FTS5 from the rowids alone: no unit is read."""
        sql, args = _in_documents(
            f"SELECT d.num, d.doc_id, d.title, c.n FROM (SELECT rowid >> {SEQ_BITS} AS num, count(*) AS n "
            "FROM fts WHERE fts MATCH ? GROUP BY num) c JOIN documents d ON d.num = c.num", expression, docs)

        def count():
            with self.reader() as conn:
                return conn.execute(sql + " ORDER BY c.n DESC, d.position", args).fetchall()

        # the generation is read before the query: counts made during a sync are never reused after it
        return self._counts.get((self._generation, expression, tuple(docs or ())), count, signature=())


def _in_documents(sql: str, expression: str, docs: list[str] | None) -> tuple[str, list]:
    """`sql` (joining `documents d`) kept to `docs` when given: `d.doc_id IN (?, ?, …)`, one
    placeholder per id, so the ids are bound, never spliced in."""
    if not docs:
        return sql, [expression]
    return f"{sql} WHERE d.doc_id IN ({','.join('?' * len(docs))})", [expression, *docs]


def _unit(row) -> Unit:
    doc_id, seq, kind, anchor, page, page_n, text, mentions, where = row
    return Unit(doc_id, seq, kind, anchor, page, page_n, text,
                tuple(Mention(s, e, p) for s, e, p in json.loads(mentions)), where)
