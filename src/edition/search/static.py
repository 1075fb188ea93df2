"""The index as small JSON files for the static site, read by static/search.js.

A query fetches the manifest, then the shards holding its terms, then the texts of the page
of results it shows: never the whole index. In the folder (`search/index/` of the site):

manifest.json  {"version": 2,
                "documents": [[id, title, [[first seq, digest], ...]], ...]   edition order; text parts
                "units": n, "tokens": n                       rows and their tokens: bm25's N and avgdl
                "words": [[first term, last term, digest], ...]   shards of the words, words/<i>.json
                "persons": [[first, last, digest], ...]       of the mention ids, persons/<i>.json
                "forms": [["folded form", [person ids]], ...]  the personography's name forms
                "derived": {"families": [[suffix, ...], ...], "min_stem": n}   names.DERIVED, names.MIN_STEM
                "names": {person id: preferred name}}
words/<i>.json, persons/<i>.json   postings (shards.py), cut from FTS5's own index (postings.py)
text/<doc id>.json (.2.json, …)   {"u": [[seq, kind, anchor, page id, page number, place, text,
                                   [[start, end, mention id], ...]], ...]}: one document's units

The client folds the query with the same rules (fold.py), expands persons exactly as query.py
does, matches over the postings as FTS5 does, and orders by bm25 computed as FTS5 computes it
over FTS5's own statistics, so the static search finds what the server finds, in the same order.
A digest (of the file's bytes) goes with each file name, so a browser never mixes files of
two builds. Every file is at most `limit` bytes (but a single row or unit larger than that).
"""

import hashlib
import json
from pathlib import Path

from ..atomicwrite import write_if_changed
from ..places import place
from .index import SearchIndex
from .names import DERIVED, MIN_STEM
from .postings import BODY, PERSONS, postings
from .shards import Packer, pack

VERSION = 2
LIMIT = 256 * 1024  # bytes a file: a rare word costs the manifest and one shard of this size
FOLDERS = {BODY: "words", PERSONS: "persons"}


def dumps(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def unit_row(u) -> list:
    return [u.seq, u.kind, u.anchor, u.page, u.page_n, place(u.page_n, u.anchor), u.text,
            [[m.start, m.end, m.person] for m in u.mentions]]


def text_parts(units: list, limit: int) -> list[tuple[int, bytes]]:
    """One document's units in files of at most `limit` bytes: (first seq, bytes) each."""
    empty = len(dumps({"u": []}))
    parts, rows, size = [], [], empty
    for u in units:
        row = unit_row(u)
        grows = len(dumps(row))  # its comma in place of dumps's newline
        if rows and size + grows > limit:
            parts.append((rows[0][0], dumps({"u": rows})))
            rows, size = [], empty
        rows.append(row)
        size += grows
    if rows:
        parts.append((rows[0][0], dumps({"u": rows})))
    return parts


def write_static(index: SearchIndex, folder: Path | str, limit: int = LIMIT) -> list[Path]:
    """Write the manifest, the shards and the texts into `folder`, each file whole (and left as
    it is when it holds these bytes already); return the files."""
    folder, written = Path(folder), []
    shards: dict[str, list] = {column: [] for column in FOLDERS}

    def emit(column):
        def shard(data: bytes, first: str, last: str) -> None:
            written.append(write_if_changed(folder / FOLDERS[column] / f"{len(shards[column])}.json", data))
            shards[column].append([first, last, digest(data)])
        return shard

    with index.reader() as conn:
        conn.execute("BEGIN")  # one snapshot: the statistics, the postings and the texts agree
        try:
            stats, stream = postings(conn)
            pack(stream, {column: Packer(limit, column == BODY, emit(column)) for column in FOLDERS})
            documents = []
            for doc_id, title in index.documents():
                parts = []
                for number, (seq, data) in enumerate(text_parts(index.units(doc_id), limit), 1):
                    name = f"{doc_id}.json" if number == 1 else f"{doc_id}.{number}.json"
                    written.append(write_if_changed(folder / "text" / name, data))
                    parts.append([seq, digest(data)])
                documents.append([doc_id, title, parts])
        finally:
            conn.execute("COMMIT")
    manifest = {"version": VERSION, "documents": documents, **stats,
                "words": shards[BODY], "persons": shards[PERSONS],
                "forms": sorted([" ".join(k), sorted(v)] for k, v in index.forms.items()),
                "derived": {"families": [list(f) for f in DERIVED], "min_stem": MIN_STEM},
                "names": dict(sorted(index.person_names.items()))}
    written.append(write_if_changed(folder / "manifest.json", dumps(manifest)))
    return written


def client_script() -> Path:
    """The static client, src/edition/search/static/search.js (also inside an installed wheel)."""
    return Path(__file__).resolve().parent / "static" / "search.js"
