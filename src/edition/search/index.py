"""The SQLite FTS5 index of the units, rebuilt per document when its file's content changes.

One table row per unit (text, anchor, page, mentions as JSON) and one FTS5 row with the folded
text (`body`) and the ids of the persons mentioned (`persons`). Each document's SHA-256, size
and mtime are stored with it: `sync()` hashes only a file whose size or mtime changed (so an
unchanged corpus costs one stat per file), re-extracts only the files whose bytes changed,
drops documents no longer listed, and reloads the personography's name forms when
persons.xml changes. Documents are streamed: one is extracted, inserted and dropped at a time,
committed every COMMIT_EVERY documents, so building in a file (store.py) needs memory for one
document, not the corpus. A file that cannot be read or parsed (mid-edit) keeps its previous
entries and its message goes to `errors`. The connection is shared by the viewer's threads
behind one lock; several processes may share one file (a sync takes SQLite's write lock).
The per-document counts of the last COUNTS_KEPT queries are kept until the next sync.
"""

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

from .. import textfile
from ..cache import BoundedCache
from ..errors import InputError
from . import names
from .extract import Document, Mention, Unit, extract_file
from .fold import fold

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents(num INTEGER PRIMARY KEY, doc_id TEXT UNIQUE, position INTEGER,
                                     title TEXT, path TEXT, sha256 TEXT, stat TEXT);
CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, doc_id TEXT, seq INTEGER, kind TEXT,
                                 anchor TEXT, page TEXT, page_n TEXT, text TEXT, mentions TEXT);
CREATE INDEX IF NOT EXISTS units_doc ON units(doc_id, seq);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    body, persons, tokenize="unicode61 remove_diacritics 0 tokenchars '-_.'");
"""
VERSION = 3  # of SCHEMA: a cache file of another version is not opened (store.py names it)
# A unit's id (and FTS rowid) is its document's `num` << SEQ_BITS | its seq: the matches of one
# document are a rowid range, so FTS5 counts per document and pages one document without a join.
SEQ_BITS = 20
COMMIT_EVERY = 50
COUNTS_KEPT = 128  # queries whose per-document counts are kept (paging through one query reuses them)  # documents: a build interrupted midway keeps what it did
_COLUMNS = "u.doc_id, u.seq, u.kind, u.anchor, u.page, u.page_n, u.text, u.mentions"


def _sha256(path: Path) -> str:
    return hashlib.sha256(textfile.read_bytes(path)).hexdigest()  # a pipe is refused, never read


def _stat(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


class SearchIndex:
    def __init__(self, db: str | Path = ":memory:"):
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(str(db), check_same_thread=False, timeout=600)
        if str(db) != ":memory:":  # readers never wait for a writer; a lost commit is rebuilt, not lost data
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)
        self.forms: dict[tuple[str, ...], frozenset[str]] = {}
        self.person_names: dict[str, str] = {}
        self._persons_key: str | None = None
        self.errors: list[str] = []  # files the last sync could not read (their old entries are kept)
        self._counts = BoundedCache(COUNTS_KEPT)  # (expression, docs) -> counts(); emptied by sync

    def sync(self, tei_paths: list[Path | str], persons_path: Path | str | None = None) -> list[str]:
        """Bring the index up to date with these files (in this order); return re-indexed ids."""
        changed, self.errors = [], []
        with self._lock:
            self._counts.clear()
            self.conn.execute("BEGIN IMMEDIATE")  # another process syncing the same file waits here
            try:
                known = {row[0]: row[1:] for row in
                         self.conn.execute("SELECT path, doc_id, sha256, stat, position FROM documents")}
                keep = set()
                for position, path in enumerate(Path(p) for p in tei_paths):
                    doc_id, old, old_stat, old_position = known.get(str(path), (None, None, None, None))
                    try:
                        stat = _stat(path)
                        if doc_id and stat == old_stat:  # size and mtime unchanged: no need to read it
                            digest = old
                        else:
                            digest = _sha256(path)
                    except (OSError, InputError) as exc:
                        self.errors.append(str(exc) if isinstance(exc, InputError)
                                           else f"{path}: error: cannot read ({exc.strerror})")
                        if doc_id:
                            keep.add(doc_id)
                        continue
                    if old == digest:
                        if (stat, position) != (old_stat, old_position):
                            self.conn.execute("UPDATE documents SET position=?, stat=? WHERE doc_id=?",
                                              (position, stat, doc_id))
                        keep.add(doc_id)
                        continue
                    try:
                        doc = extract_file(path)
                    except InputError as exc:  # mid-edit or broken: keep what was indexed before
                        self.errors.append(str(exc))
                        if doc_id:
                            keep.add(doc_id)
                        continue
                    if doc_id:
                        self._delete(doc_id)
                    self._delete(doc.id)
                    self._insert(doc, position, str(path), digest, stat)
                    keep.add(doc.id)
                    changed.append(doc.id)
                    if len(changed) % COMMIT_EVERY == 0:
                        self.conn.commit()
                        self.conn.execute("BEGIN IMMEDIATE")
                for (gone,) in self.conn.execute("SELECT doc_id FROM documents").fetchall():
                    if gone not in keep:
                        self._delete(gone)
                self.conn.commit()
            except BaseException:
                self.conn.rollback()
                raise
        self._sync_persons(persons_path)
        return changed

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

    def _delete(self, doc_id: str) -> None:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM units WHERE doc_id=?", (doc_id,))]
        self.conn.executemany("DELETE FROM fts WHERE rowid=?", [(i,) for i in ids])
        self.conn.execute("DELETE FROM units WHERE doc_id=?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))

    def _insert(self, doc: Document, position: int, path: str, digest: str, stat: str) -> None:
        num = self.conn.execute(
            "INSERT INTO documents(doc_id, position, title, path, sha256, stat) VALUES (?,?,?,?,?,?)",
            (doc.id, position, doc.title, path, digest, stat)).lastrowid
        for u in doc.units:
            mentions = json.dumps([[m.start, m.end, m.person] for m in u.mentions])
            uid = num << SEQ_BITS | u.seq
            self.conn.execute(
                "INSERT INTO units(id, doc_id, seq, kind, anchor, page, page_n, text, mentions) VALUES (?,?,?,?,?,?,?,?,?)",
                (uid, u.doc_id, u.seq, u.kind, u.anchor, u.page, u.page_n, u.text, mentions))
            self.conn.execute("INSERT INTO fts(rowid, body, persons) VALUES (?,?,?)",
                              (uid, fold(u.text), " ".join(u.persons)))

    def documents(self) -> list[tuple[str, str]]:
        """(doc_id, title) in edition order."""
        with self._lock:
            return list(self.conn.execute("SELECT doc_id, title FROM documents ORDER BY position"))

    def units(self, doc_id: str | None = None) -> list[Unit]:
        with self._lock:
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM units u "
                "JOIN documents d USING(doc_id) WHERE ?1 IS NULL OR u.doc_id = ?1 ORDER BY d.position, u.seq",
                (doc_id,)).fetchall()
        return [_unit(r) for r in rows]

    def ranked(self, expression: str, docs: list[str] | None = None, offset: int = 0,
               limit: int = -1) -> list[Unit]:
        """Units whose FTS row matches `expression` (built by query.py), most relevant first:
        FTS5's bm25 over both columns (the words, the persons mentioned), ties in edition order;
        `limit` of them from `offset` (-1: all)."""
        sql, args = _in_documents(
            f"SELECT {_COLUMNS} FROM (SELECT rowid AS id, bm25(fts) AS score FROM fts WHERE fts MATCH ?) m "
            "JOIN units u ON u.id = m.id JOIN documents d USING(doc_id)", expression, docs)
        with self._lock:
            rows = self.conn.execute(sql + " ORDER BY m.score, d.position, u.seq LIMIT ? OFFSET ?",
                                     [*args, limit, offset]).fetchall()
        return [_unit(r) for r in rows]

    def counts(self, expression: str, docs: list[str] | None = None) -> list[tuple[int, str, str, int]]:
        """(num, doc_id, title, matching units) of each document with a match: more first, ties
        in edition order. Counted inside FTS5 from the rowids alone: no unit is read."""
        sql, args = _in_documents(
            f"SELECT d.num, d.doc_id, d.title, c.n FROM (SELECT rowid >> {SEQ_BITS} AS num, count(*) AS n "
            "FROM fts WHERE fts MATCH ? GROUP BY num) c JOIN documents d ON d.num = c.num", expression, docs)
        with self._lock:  # held from lookup to store: a sync cannot clear in between
            return self._counts.get((expression, tuple(docs or ())),
                                    lambda: self.conn.execute(sql + " ORDER BY c.n DESC, d.position", args).fetchall(),
                                    signature=())


def _in_documents(sql: str, expression: str, docs: list[str] | None) -> tuple[str, list]:
    """`sql` (joining `documents d`) kept to `docs` when given: `d.doc_id IN (?, ?, …)`, one
    placeholder per id, so the ids are bound, never spliced in."""
    if not docs:
        return sql, [expression]
    return f"{sql} WHERE d.doc_id IN ({','.join('?' * len(docs))})", [expression, *docs]


def _unit(row) -> Unit:
    doc_id, seq, kind, anchor, page, page_n, text, mentions = row
    return Unit(doc_id, seq, kind, anchor, page, page_n, text,
                tuple(Mention(s, e, p) for s, e, p in json.loads(mentions)))
