"""The index as one compact JSON file for the static site, read by static/search.js.

{"version": 1,
 "documents": [{"id", "title"}, ...]                      edition order
 "units": [{"d": document index, "s": seq, "k": kind, "a": anchor, "g": page id, "n": page number,
            "l": place ("p. 667, ¶ 12"), "t": text, "w": folded words (space-separated),
            "m": [[start, end, person id], ...]}],
 "forms": [["folded form", [person ids]], ...]            the personography's name forms
 "derived": {"families": [[suffix, ...], ...], "min_stem": n}   names.DERIVED, names.MIN_STEM
 "names": {person id: preferred name}}

The client folds the query with the same rules (fold.py), matches units' "w" words and "m"
persons exactly as match.py does, and orders them by bm25 computed as FTS5 computes it, so the
static search finds what the server finds, in the same order.
"""

import json
from pathlib import Path

from ..atomicwrite import replace_file
from ..places import place
from .fold import fold
from .index import SearchIndex
from .names import DERIVED, MIN_STEM

VERSION = 1


def static_index(index: SearchIndex) -> dict:
    documents = index.documents()
    position = {doc_id: i for i, (doc_id, _) in enumerate(documents)}
    units = [
        {"d": position[u.doc_id], "s": u.seq, "k": u.kind, "a": u.anchor, "g": u.page, "n": u.page_n,
         "l": place(u.page_n, u.anchor), "t": u.text, "w": fold(u.text), "m": [[m.start, m.end, m.person] for m in u.mentions]}
        for u in index.units()
    ]
    return {
        "version": VERSION,
        "documents": [{"id": d, "title": t} for d, t in documents],
        "units": units,
        "forms": sorted([" ".join(k), sorted(v)] for k, v in index.forms.items()),
        "derived": {"families": [list(f) for f in DERIVED], "min_stem": MIN_STEM},
        "names": dict(sorted(index.person_names.items())),
    }


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_static_index(index: SearchIndex, path: Path | str) -> Path:
    """Write the JSON (atomically: a reader never sees half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file(path, (dumps(static_index(index)) + "\n").encode("utf-8"))
    return path


def client_script() -> Path:
    """The static client, src/edition/search/static/search.js (also inside an installed wheel)."""
    return Path(__file__).resolve().parent / "static" / "search.js"
