"""The SQLite FTS5 index of the units, rebuilt per document when its file's content changes.

One table row per unit (text, anchor, page, mentions as JSON) and one row of a contentless
FTS5 table with the folded text (`body`) and the ids of the persons mentioned (`persons`, with
the places' and organisations' tokens, extract.entity_token):
the folded text is indexed, never stored, since results are marked from the unit's own text.
Each document's SHA-256 and identity (identity.stat_key: size, mtime, ctime, inode) are stored
with it: `sync()` hashes only a file whose identity changed (so an unchanged corpus costs one
stat per file), re-extracts only the files whose bytes changed, drops documents no longer
listed, and reloads the personography's name forms when persons.xml changes. Documents are streamed: one is extracted, inserted and
dropped at a time, so building needs memory for one document, not the corpus. A file that
cannot be read or parsed (mid-edit) keeps its previous entries and its message goes to `errors`.

A sync of an index that has documents is one transaction: readers (reading.py: one connection
a thread, WAL) answer from the previous index until it commits, never from half of it. The
first build commits every COMMIT_EVERY documents instead (there is no previous index to
answer from, and an interrupted build keeps what it did); `complete` says whether the last
sync finished. Several processes may share one file (a sync takes SQLite's write lock).
"""

import hashlib
import json
import threading
from functools import lru_cache
from pathlib import Path

from .. import textfile
from ..errors import InputError
from . import names
from .extract import Document, Unit, extract_bytes
from .fold import fold
from .identity import stat_key
from .reading import SEQ_BITS, Readers

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


def _sha256(path: Path) -> str:
    return _digest(textfile.read_bytes(path))  # a pipe is refused, never read


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fts_row(uid: int, text: str, persons) -> tuple:
    """What the FTS table indexes for a unit; a contentless table deletes a row given the same
    values again, so inserting and deleting both make them here."""
    return uid, fold(text), " ".join(persons)


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

    def sync(self, tei_paths: list[Path | str], persons_path: Path | str | None = None) -> list[str]:
        """Bring the index up to date with these files (in this order); return re-indexed ids."""
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
                keep = set()
                for position, path in enumerate(Path(p) for p in tei_paths):
                    doc_id, indexed = self._sync_one(path, position, known.get(str(path)), changed)
                    if doc_id:
                        keep.add(doc_id)
                    if first and indexed and len(changed) % COMMIT_EVERY == 0:
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

    def _sync_one(self, path: Path, position: int, known, changed: list) -> tuple[str | None, bool]:
        """Index one file if its bytes changed: (its doc id to keep or None, whether it was indexed)."""
        doc_id, old, old_stat, old_position = known or (None, None, None, None)
        data = None
        try:
            stat = json.dumps(stat_key(path))
            if not (doc_id and stat == old_stat):  # the same file, untouched: not read
                data = textfile.read_bytes(path)  # a pipe is refused, never read
        except (OSError, InputError) as exc:
            self.errors.append(str(exc) if isinstance(exc, InputError) else f"{path}: error: cannot read ({exc.strerror})")
            return doc_id, False
        digest = old if data is None else _digest(data)
        if old == digest:
            if (stat, position) != (old_stat, old_position):
                self.conn.execute("UPDATE documents SET position=?, stat=? WHERE doc_id=?", (position, stat, doc_id))
            return doc_id, False
        try:
            doc = extract_bytes(data, path)  # the bytes hashed: one read
        except InputError as exc:  # mid-edit or broken: keep what was indexed before
            self.errors.append(str(exc))
            return doc_id, False
        num = self._delete(doc_id) if doc_id else None  # kept: its rowids, and the static shards, stay
        self._delete(doc.id)
        self._insert(doc, position, str(path), digest, stat, num)
        changed.append(doc.id)
        return doc.id, True

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
                              [_fts_row(i, text, _persons(json.loads(m))) for i, text, m in rows])
        self.conn.execute("DELETE FROM units WHERE doc_id=?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
        return num[0] if num else None

    def _insert(self, doc: Document, position: int, path: str, digest: str, stat: str, num: int | None) -> None:
        num = self.conn.execute(  # a new document (num None): the next number
            "INSERT INTO documents(num, doc_id, position, title, path, sha256, stat) VALUES (?,?,?,?,?,?,?)",
            (num, doc.id, position, doc.title, path, digest, stat)).lastrowid
        ids = [num << SEQ_BITS | u.seq for u in doc.units]
        self.conn.executemany(
            "INSERT INTO units(id, doc_id, seq, kind, anchor, page, page_n, text, mentions, place) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(uid, u.doc_id, u.seq, u.kind, u.anchor, u.page, u.page_n, u.text,
              _mentions_json(u.mentions), u.where) for uid, u in zip(ids, doc.units)])
        self.conn.executemany("INSERT INTO fts(rowid, body, persons) VALUES (?,?,?)",
                              [_fts_row(uid, u.text, u.tokens) for uid, u in zip(ids, doc.units)])


def _mentions_json(mentions) -> str:
    """json.dumps(mentions), a Mention as [start, end, id]: written here, since json.dumps's set-up
    for each of a document's hundred small lists was most of its cost."""
    return "[" + ", ".join([f"[{start}, {end}, {_quoted(token)}]" for start, end, token in mentions]) + "]"


_quoted = lru_cache(maxsize=8192)(json.dumps)  # an id's JSON string: a document repeats few


def _persons(mentions: list) -> tuple[str, ...]:
    return tuple(sorted({person for _, _, person in mentions}))  # as Unit.tokens


__all__ = ["SearchIndex", "SEQ_BITS", "VERSION", "Unit"]
