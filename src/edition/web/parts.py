"""Every document's costly parts kept on disk for the build: its quoted mentions by entry and
its dated passages by number, in one SQLite file, read back a page's worth at a time.

The build reads each document once, when a page first asks (Corpus.read_all,
parts_on_demand.py), instead of once per entry's or list's page naming it; kept in memory,
these parts were about 0.56 MB a document (a 1,000-document build's parent passed 1 GB). Here an entry's page reads only the
rows of its entry in its page's documents, a chronology page only its own passages.

The values are pickled: the file is written and read by this process alone, in a temporary
folder of its own (mode 0700), and removed with it; nothing from outside is ever unpickled.
"""

import pickle
import sqlite3
from pathlib import Path

from .. import reads

SCHEMA = """
CREATE TABLE mentions (register TEXT, entry TEXT, doc TEXT, quoted BLOB, PRIMARY KEY (register, entry, doc)) WITHOUT ROWID;
CREATE TABLE dated (doc TEXT, n INTEGER, passage BLOB, PRIMARY KEY (doc, n)) WITHOUT ROWID;
"""
CHUNK = 400  # documents or passages a query names at most (SQLite's oldest limit is 999 bound parameters)


class Parts:
    def __init__(self, path: Path):
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        self._db.execute("BEGIN")  # one transaction, never committed: the file goes with its folder

    def add(self, doc_id: str, quoted: dict[str, list], dated: list) -> None:
        """One document's mentions of each register's entries (in its order) and its dated passages."""
        for register, mentions in quoted.items():
            by_entry: dict[str, list] = {}
            for m in mentions:
                by_entry.setdefault(m.entity_id, []).append(m)
            self._db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)",
                                 ((register, e, doc_id, pickle.dumps(ms, pickle.HIGHEST_PROTOCOL)) for e, ms in by_entry.items()))
        self._db.executemany("INSERT INTO dated VALUES (?, ?, ?)",
                             ((doc_id, e.n, pickle.dumps(e, pickle.HIGHEST_PROTOCOL)) for e in dated))

    def mentions(self, register: str, entry_id: str, doc_ids) -> list:
        """The entry's mentions in these documents, in the order of `doc_ids`."""
        doc_ids = list(doc_ids)
        reads.replay(("quoted", register, d) for d in doc_ids)
        found = {}
        for i in range(0, len(doc_ids), CHUNK):
            part = doc_ids[i:i + CHUNK]
            rows = self._db.execute(f"SELECT doc, quoted FROM mentions WHERE register = ? AND entry = ? AND doc IN "
                                    f"({','.join('?' * len(part))})", (register, entry_id, *part))
            found.update((doc, pickle.loads(blob)) for doc, blob in rows)
        return [m for d in doc_ids for m in found.get(d, ())]

    def dated_in(self, doc_id: str) -> list:
        """The document's dated passages, in its order."""
        reads.note("dated", doc_id)
        rows = self._db.execute("SELECT passage FROM dated WHERE doc = ? ORDER BY n", (doc_id,))
        return [pickle.loads(blob) for blob, in rows]

    def passages(self, keys) -> dict:
        """{(doc id, n): dated passage} of these keys."""
        by_doc: dict[str, list[int]] = {}
        for doc_id, n in keys:
            by_doc.setdefault(doc_id, []).append(n)
        found = {}
        for doc_id, numbers in by_doc.items():  # the primary key's range per document ("(doc, n) IN (VALUES …)" scans)
            reads.note("dated", doc_id)
            for i in range(0, len(numbers), CHUNK):
                part = numbers[i:i + CHUNK]
                rows = self._db.execute(f"SELECT n, passage FROM dated WHERE doc = ? AND n IN ({','.join('?' * len(part))})",
                                        (doc_id, *part))
                found.update(((doc_id, n), pickle.loads(blob)) for n, blob in rows)
        return found

    def close(self) -> None:
        self._db.close()
