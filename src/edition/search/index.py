"""The SQLite FTS5 index of the units, rebuilt per document when its file's content changes.

One table row per unit (text, anchor, page, mentions as JSON) and one row of a contentless
FTS5 table with the folded text (`body`) and the ids of the persons mentioned (`persons`, with
the places' and organisations' tokens, extract.entity_token):
the folded text is indexed, never stored, since results are marked from the unit's own text.
Each document's SHA-256 and identity (identity.stat_key: size, mtime, ctime, inode) are stored
with it: `sync()` hashes only a file whose identity changed (so an unchanged corpus costs one
stat per file), re-extracts only the files whose bytes changed, drops documents no longer
listed, and reloads the personography's name forms when persons.xml changes. Documents are
streamed: one is extracted, inserted and dropped at a time, so building needs memory for one
document, not the corpus (with jobs > 1, a few chunks of documents: rows.py, pool.stream). A file that
cannot be read or parsed (mid-edit) keeps its previous entries and its message goes to `errors`.

A sync of an index that has documents is one transaction: readers (reading.py: one connection
a thread, WAL) answer from the previous index until it commits, never from half of it. The
first build commits every COMMIT_EVERY documents instead (there is no previous index to
answer from, and an interrupted build keeps what it did); `complete` says whether the last
sync finished. Several processes may share one file (a sync takes SQLite's write lock).
"""

import json
import threading
from contextlib import closing
from pathlib import Path
from typing import Iterator

from .. import pool, textfile
from ..errors import InputError
from . import names
from .extract import Unit
from .identity import stat_key
from .reading import SEQ_BITS, Readers
from .rows import FOLDED, SEQ, TOKENS, digest, fts_values, prepare

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents(num INTEGER PRIMARY KEY, doc_id TEXT UNIQUE, position INTEGER,
                                     title TEXT, path TEXT, sha256 TEXT, stat TEXT);
CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, doc_id TEXT, seq INTEGER, kind TEXT,
                                 anchor TEXT, page TEXT, page_n TEXT, text TEXT, mentions TEXT, place TEXT);
CREATE INDEX IF NOT EXISTS units_doc ON units(doc_id, seq);
CREATE TABLE IF NOT EXISTS state(key TEXT PRIMARY KEY, value TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    body, persons, content='', tokenize="unicode61 remove_diacritics 0 tokenchars '-_.'");
"""
VERSION = 7  # of SCHEMA and of what it holds (7: documents.stat is identity.stat_key as JSON): a cache
# file of another version is not opened (store.py names it)
# A unit's id (and FTS rowid) is its document's `num` << SEQ_BITS | its seq: the matches of one
# document are a rowid range, so FTS5 counts per document and pages one document without a join.
COMMIT_EVERY = 200  # documents, during a first build only
PENDING = 4 << 20  # bytes of terms FTS5 holds before writing a segment (its `hashsize`, 1 MB by
# default), set at a first build: fewer segments to write and merge, for the same index
POOL_FROM = 20  # files to read, from which a sync with jobs > 1 extracts in worker processes
# (below, starting them costs more than they save)


def _sha256(path: Path) -> str:
    return digest(textfile.read_bytes(path))  # a pipe is refused, never read


def _identity(path: Path) -> tuple[str | None, str | None]:
    """(the file's identity as stored, None) or (None, why it cannot be read)."""
    try:
        return json.dumps(stat_key(path)), None
    except OSError as exc:
        return None, f"{path}: error: cannot read ({exc.strerror})"


def _to_read(entry: tuple, stat: str | None) -> bool:
    """Whether a file must be read: its identity is known, and not the one indexed (entry[2])."""
    return stat is not None and not (entry[0] and stat == entry[2])


def _prepared(items: list, jobs: int) -> Iterator[tuple]:
    """rows.prepare of each (path, digest), in order: in `jobs` processes when there are many."""
    if jobs > 1 and len(items) >= POOL_FROM:
        yield from pool.stream(prepare, items, jobs)
    else:
        yield from map(prepare, items)


_UNKNOWN = (None, None, None, None)  # a path not indexed: (doc_id, sha256, stat, position)


class Stopped(Exception):
    """A sync given up between two documents because `stop` was set (the viewer is stopping)."""


class SearchIndex(Readers):
    def __init__(self, db: str | Path = ":memory:"):
        super().__init__(db)
        self._lock = threading.RLock()  # one sync at a time in this process
        self.conn.executescript(SCHEMA)
        self.forms: dict[tuple[str, ...], frozenset[str]] = {}
        self.person_names: dict[str, str] = {}
        self._persons_key: str | None = None
        self.errors: list[str] = []  # files the last sync could not read (their old entries are kept)

    @property
    def complete(self) -> bool:
        """Whether the index holds a finished sync (else a first build was interrupted)."""
        with self.reader() as conn:
            return conn.execute("SELECT 1 FROM state WHERE key='complete'").fetchone() is not None

    def sync(self, tei_paths: list[Path | str], persons_path: Path | str | None = None, jobs: int = 1,
             stop: threading.Event | None = None) -> list[str]:
        """Bring the index up to date with these files (in this order); return re-indexed ids.
        With jobs > 1 and at least POOL_FROM files to read, they are read and extracted in
        `jobs` worker processes (rows.py) while this one inserts, in order: the same index.
        Once `stop` is set, the next document raises Stopped (and the workers are ended)."""
        changed, self.errors = [], []
        with self._lock, self.writing():
            self._sync_persons(persons_path)  # first: readers answering meanwhile fold names with them
            self.conn.execute("BEGIN IMMEDIATE")  # another process syncing the same file waits here
            try:
                known = {row[0]: row[1:] for row in
                         self.conn.execute("SELECT path, doc_id, sha256, stat, position FROM documents")}
                first = not known
                if first:
                    self.conn.execute("DELETE FROM state WHERE key='complete'")
                    self.conn.execute("INSERT INTO fts(fts, rank) VALUES ('hashsize', ?)", (PENDING,))
                plan = [(position, path, known.get(str(path), _UNKNOWN), *_identity(path))
                        for position, path in enumerate(Path(p) for p in tei_paths)]
                to_read = [(str(path), entry[1]) for _, path, entry, stat, _ in plan if _to_read(entry, stat)]
                keep = set()
                with closing(_prepared(to_read, jobs)) as results:
                    for position, path, entry, stat, error in plan:
                        if stop is not None and stop.is_set():
                            raise Stopped
                        prepared = next(results) if _to_read(entry, stat) else (entry[1], error, None)
                        doc_id, indexed = self._sync_one(path, position, entry, stat, prepared)
                        if doc_id:
                            keep.add(doc_id)
                        if indexed:
                            changed.append(doc_id)
                            if first and len(changed) % COMMIT_EVERY == 0:
                                self.conn.commit()
                                self.conn.execute("BEGIN IMMEDIATE")
                for (gone,) in self.conn.execute("SELECT doc_id FROM documents").fetchall():
                    if gone not in keep:
                        self._delete(gone)
                self.conn.execute("INSERT OR IGNORE INTO state VALUES ('complete', '1')")  # no change when there: no new seal
                self.conn.commit()
            except BaseException:
                self.conn.rollback()
                raise
        return changed

    def _sync_one(self, path: Path, position: int, entry: tuple, stat: str | None,
                  prepared: tuple) -> tuple[str | None, bool]:
        """Index one file as rows.prepare found it: (its doc id to keep or None, whether it was indexed)."""
        doc_id, _, old_stat, old_position = entry
        digest, error, doc = prepared
        if error:  # unreadable, mid-edit or broken: keep what was indexed before
            self.errors.append(error)
            return doc_id, False
        if doc is None:  # the same bytes: at most moved in the list or touched
            if (stat, position) != (old_stat, old_position):
                self.conn.execute("UPDATE documents SET position=?, stat=? WHERE doc_id=?", (position, stat, doc_id))
            return doc_id, False
        new_id, title, rows = doc
        num = self._delete(doc_id) if doc_id else None  # kept: its rowids, and the static shards, stay
        self._delete(new_id)
        self._insert(new_id, title, rows, (position, str(path), digest, stat), num)
        return new_id, True

    def _sync_persons(self, persons_path) -> None:
        key = None
        try:
            if persons_path is not None and Path(persons_path).is_file():
                key = f"{Path(persons_path).resolve()}:{_sha256(Path(persons_path))}"
        except InputError as exc:  # keep the previous forms until the file reads again
            self.errors.append(str(exc))
            return
        if key != self._persons_key:
            try:
                self.forms = names.load_forms(persons_path)
                self.person_names = names.person_names(persons_path)
            except InputError as exc:  # keep the previous forms until the file reads again
                self.errors.append(str(exc))
                return
            self._persons_key = key

    def _delete(self, doc_id: str) -> int | None:
        """Take the document out; its number, if it was in."""
        num = self.conn.execute("SELECT num FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        rows = self.conn.execute("SELECT id, text, mentions FROM units WHERE doc_id=?", (doc_id,)).fetchall()
        self.conn.executemany("INSERT INTO fts(fts, rowid, body, persons) VALUES ('delete', ?, ?, ?)",
                              [(i, *fts_values(text, _persons(json.loads(m)))) for i, text, m in rows])
        self.conn.execute("DELETE FROM units WHERE doc_id=?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
        return num[0] if num else None

    def _insert(self, doc_id: str, title: str, rows: list, file: tuple, num: int | None) -> None:
        """One document's rows (rows.prepare's); `file`: its position, path, digest and identity."""
        position, path, digest, stat = file
        num = self.conn.execute(  # a new document (num None): the next number
            "INSERT INTO documents(num, doc_id, position, title, path, sha256, stat) VALUES (?,?,?,?,?,?,?)",
            (num, doc_id, position, title, path, digest, stat)).lastrowid
        ids = [num << SEQ_BITS | r[SEQ] for r in rows]
        self.conn.executemany(
            "INSERT INTO units(id, doc_id, seq, kind, anchor, page, page_n, text, mentions, place) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(uid, doc_id, *r[:FOLDED]) for uid, r in zip(ids, rows)])
        self.conn.executemany("INSERT INTO fts(rowid, body, persons) VALUES (?,?,?)",
                              [(uid, r[FOLDED], r[TOKENS]) for uid, r in zip(ids, rows)])


def _persons(mentions: list) -> tuple[str, ...]:
    return tuple(sorted({person for _, _, person in mentions}))  # as Unit.tokens


__all__ = ["SearchIndex", "SEQ_BITS", "Stopped", "VERSION", "Unit"]
