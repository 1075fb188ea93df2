"""The index as small JSON files for the static site, read by the static client (static/client/, served as search.js).

A query fetches the manifest, then the files of the keys' store holding the name forms it may
contain, the shards holding its terms, and the documents and texts of the page of results it
shows: never the whole index, and no file over `LIMIT` bytes (but a single unit longer than
`TEXT_LIMIT`, alone in its file). In the folder (`search/index/` of the site):

manifest.json   {"version": 4, "documents": n, "units": n, "tokens": n   bm25's N and average length
                 "words", "positions", "persons", "keys", "suggest": [[first key, last key, digest], ...]
                 "derived": {"families": [[suffix, ...], ...], "min_stem": n}   names.DERIVED, MIN_STEM
                 "typeahead": {…}}   the type-ahead's limits (web/suggest.table)
words/<digest>.json per term, per row: document, seq, length, count (shards.py; read from FTS5, postings.py)
positions/<digest>.json per term, the rows' positions, in the same order: fetched for phrases only
persons/<digest>.json per mention id, per row: document, seq, length
keys/<digest>.json  the store of everything else a query may need, by key:
                    "d:0000012" document 12 in edition order: [id, title, [[first seq, digest], ...]]
                    "i:<doc id>" its place; "f:<folded form>" the persons it may name;
                    "n:<person id>" the preferred name; "s:<person id>" the person's one-word forms
                    "p:doc:<folded title>", "p:person:<folded name>" the id a filter typed so stands for
suggest/<digest>.json the filters' type-ahead, a store as keys/ in files of `TEXT_LIMIT` bytes (a
                    keystroke fetches a few): "o:doc:0000012", "o:person:0000012" the 12th
                    suggestion a filter may offer, [id, label]; "t:doc:<folded word>",
                    "t:person:…" the numbers of the suggestions with that word, each a step from
                    the one before, a row each (web/suggest.table)
text/<doc id>.json (.2.json, …)  {"u": [[seq, kind, anchor, page id, page number, place, text,
                    [[start, end, mention id], ...]], ...]}: a document's units

The client folds the query with the same rules (fold.py), expands persons exactly as query.py
does, matches over the postings as FTS5 does, and orders by bm25 computed as FTS5 computes it
over FTS5's own statistics, so the static search finds what the server finds, in the same order.
A shard is named by a digest of its bytes, and a text file's digest goes with its name
(`?v=`), so a browser never mixes two builds' files and an unchanged shard is not written again.
"""

import hashlib
import json
import re
from pathlib import Path

from ..atomicwrite import write_if_changed
from ..places import place
from .index import SearchIndex
from .names import DERIVED, MIN_STEM
from .postings import BODY, postings
from .shards import Packer

VERSION = 4
LIMIT = 256 * 1024  # bytes a shard: a rare word costs the manifest and a shard or two of this size
TEXT_LIMIT = 16 * 1024  # bytes a text or suggestions file: a page of 50 passages costs at most 50 of them
LISTS = ("words", "positions", "persons", "keys", "suggest")


def dumps(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def unit_row(u) -> list:
    return [u.seq, u.kind, u.anchor, u.page, u.page_n, place(u.page_n, u.where), u.text,
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


def numbered(prefix: str, number: int) -> str:
    return f"{prefix}{number:07d}"  # search.js's numbered: keys in number order


def suggested(table: dict) -> list[tuple[str, list[str]]]:
    """The type-ahead's store, in key order: (key, its rows as JSON text). Each suggestion by
    its number; per folded word the numbers of the suggestions holding it, a row each (so a
    long list goes on in the next file), each a step from the one before (a typed word's
    matches are those of the words it begins: the keys beginning "t:<kind>:<typed>")."""
    entries: list[tuple[str, list[str]]] = []
    for kind, rows in table.get("kinds", {}).items():
        holding: dict[str, list[int]] = {}
        for number, (id_, label, words) in enumerate(rows):
            entries.append((numbered(f"o:{kind}:", number), [json.dumps([id_, label], ensure_ascii=False)]))
            for word in words:
                holding.setdefault(word, []).append(number)
        entries += [(f"t:{kind}:{word}", [str(b - a) for a, b in zip([0, *numbers], numbers)])
                    for word, numbers in holding.items()]
    return sorted(entries, key=lambda entry: entry[0])


def stored(index: SearchIndex, documents: list, picks: dict | None = None) -> list[tuple[str, str]]:
    """The keys' store: (key, value as JSON text), in key order."""
    forms = index.forms
    one_word: dict[str, list[str]] = {}
    for key, owners in forms.items():
        for pid in owners:
            if len(key) == 1:
                one_word.setdefault(pid, []).append(key[0])
    entries = [(numbered("d:", i), d) for i, d in enumerate(documents)] + [(f"i:{d[0]}", i) for i, d in enumerate(documents)]
    entries += [("f:" + " ".join(key), sorted(ids)) for key, ids in forms.items()]
    entries += [(f"n:{pid}", name) for pid, name in index.person_names.items()]
    entries += [(f"s:{pid}", sorted(words)) for pid, words in one_word.items()]
    entries += [(f"p:{kind}:{typed}", id_) for kind, table in (picks or {}).items() for typed, id_ in table.items()]
    return sorted((key, json.dumps(value, ensure_ascii=False, separators=(",", ":"))) for key, value in entries)


def write_static(index: SearchIndex, folder: Path | str, limit: int = LIMIT, text_limit: int = TEXT_LIMIT,
                 picks: dict | None = None, suggestions: dict | None = None) -> list[Path]:
    """Write the manifest, the shards and the texts into `folder`, each file whole (and left as
    it is when it holds these bytes already); return the files. `picks`: what a filter typed as
    a title or name stands for ({"doc"|"person": {folded: id}}, web/suggest.picks);
    `suggestions`: what the filters suggest as the reader types (web/suggest.table)."""
    folder, written = Path(folder), []
    shards: dict[str, list] = {name: [] for name in LISTS}

    def packer(name: str) -> Packer:
        def emit(data: bytes, first: str, last: str) -> None:
            shards[name].append([first, last, digest(data)])  # the file's name too: shards.py
            written.append(write_if_changed(folder / name / f"{shards[name][-1][2]}.json", data))
        return Packer(text_limit if name == "suggest" else limit, emit)

    words, positions, persons, keys, suggest = (packer(name) for name in LISTS)
    with index.reader() as conn:
        conn.execute("BEGIN")  # one snapshot: the statistics, the postings and the texts agree
        try:
            stats, stream = postings(conn)
            add_word, add_positions, add_person = words.add, positions.add, persons.add
            for column, term, doc, seq, length, offsets in stream:
                if column == BODY:
                    add_word(term, f"{seq},{length},{len(offsets)}", doc)
                    add_positions(term, ",".join(map(str, offsets)))
                else:
                    add_person(term, f"{seq},{length}", doc)
            documents = []
            for doc_id, title in index.documents():
                parts = []
                for number, (seq, data) in enumerate(text_parts(index.units(doc_id), text_limit), 1):
                    name = f"{doc_id}.json" if number == 1 else f"{doc_id}.{number}.json"
                    written.append(write_if_changed(folder / "text" / name, data))
                    parts.append([seq, digest(data)])
                documents.append([doc_id, title, parts])
        finally:
            conn.execute("COMMIT")
    for key, value in stored(index, documents, picks):
        keys.add(key, value)
    for key, rows in suggested(suggestions or {}):
        for row in rows:
            suggest.add(key, row)
    for each in (words, positions, persons, keys, suggest):
        each.flush()
    manifest = {"version": VERSION, "documents": len(documents), **stats, **shards,
                "derived": {"families": [list(f) for f in DERIVED], "min_stem": MIN_STEM},
                "typeahead": (suggestions or {}).get("typeahead", {})}
    written.append(write_if_changed(folder / "manifest.json", dumps(manifest)))
    return written


def client_source() -> str:
    """The static client as served (/search/search.js): the parts in static/client/, put in the
    one closure of wrapper.js, in the order its PARTS comment gives (each part uses what the
    ones before it define), so what they share stays private to the script."""
    folder = Path(__file__).resolve().parent / "static" / "client"  # also inside an installed wheel
    wrapper = (folder / "wrapper.js").read_text(encoding="utf-8")
    marker = re.search(r"^ */\* PARTS: ([^*]+)\*/\n", wrapper, re.M)
    parts = "\n".join((folder / name).read_text(encoding="utf-8") for name in marker.group(1).split())
    return wrapper[:marker.start()] + parts + wrapper[marker.end():]
