"""Type-ahead for the search form's filters, instead of a <select> of every document and person.

The form's `doc` and `person` fields are text inputs with a <datalist>: it starts with the
first LIMIT documents and the LIMIT persons named most often, and the viewer's script
(edition.js) refills it from the JSON twins as the reader types. /search/documents/?q=… and
/search/persons/?q=… list the matches as links to the search filtered by each; their twins
/api/search/documents.json and /api/search/persons.json give {id, label} pairs. A match has
every typed word as the beginning of a word of its title (a document) or of one of its names
in any spelling (a person), folded as search folds. A filter typed as a whole name or title
rather than an id is taken as the first one it names (`resolve`); anything else filters
nothing in, as an unknown id does.
"""

from flask import jsonify, render_template, request

from ..search.fold import fold
from .links import link
from .state import corpus, edition

LIMIT = 20
MAX_TYPED = 100  # characters: longer input is cut


def _typed() -> str:
    return (request.args.get("q") or "").strip()[:MAX_TYPED]


def _matches(words: list[str], names) -> bool:
    folded = {w for name in names for w in fold(name).split()}
    return all(any(f.startswith(w) for f in folded) for w in words)


def documents(q: str, limit: int | None = LIMIT) -> list:
    words = fold(q).split()
    return [d for d in corpus().documents.values() if _matches(words, (d.title, d.id))][:limit]


def persons(q: str, limit: int | None = LIMIT) -> list:
    c = corpus()
    words = fold(q).split()
    named = sorted((p for p in c.persons.values() if c.mentions.get(p.id)), key=lambda p: -len(c.mentions[p.id]))
    return [p for p in named if _matches(words, p.filter_names)][:limit]


def picks() -> dict[str, dict[str, str]]:
    """{"doc"|"person": {folded title or name: id}}: what a filter typed as a whole title or name
    stands for, the first document in the edition's order, the person named most often, that
    has it. Made once per state of the corpus; the static site's search looks it up too
    (search/static.py), so both read a typed filter alike."""
    def make():
        table = {"doc": {}, "person": {}}
        for d in documents("", None):
            table["doc"].setdefault(fold(d.title), d.id)
        for p in persons("", None):
            for name in p.filter_names:
                table["person"].setdefault(fold(name), p.id)
        return table
    ed = edition()
    return ed.cache.get(("suggest-picks",), make, signature=ed.signature())


def resolve(kind: str, value: str) -> str:
    """A filter's id: the value itself when it is one (or empty), else what `picks` has for it,
    else the value (an unknown id filters nothing in)."""
    c = corpus()
    if not value or value in (c.documents if kind == "doc" else c.persons):
        return value
    return picks()[kind].get(fold(value), value)


def options() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The datalists the form starts with: (id, label) of the first documents and of the persons
    named most often, made once per state of the corpus."""
    ed = edition()
    return ed.cache.get(("suggest-options",), lambda: ([(d.id, d.title) for d in documents("")],
                                                        [(p.id, p.inverted) for p in persons("")]),
                        signature=ed.signature())


def _found(kind: str) -> tuple[str, list[dict]]:
    q = _typed()
    found = documents(q) if kind == "doc" else persons(q)
    return q, [{"id": x.id, "label": x.title if kind == "doc" else x.inverted,
                "search": link("search", **{kind: x.id})} for x in found]


def page(kind: str):
    q, found = _found(kind)
    twin = "api_suggest_documents" if kind == "doc" else "api_suggest_persons"
    return render_template("suggest.html", kind=kind, q=q, found=found, limit=LIMIT, twin=twin,
                           twin_args={"q": q} if q else {})


def api(kind: str):
    q, found = _found(kind)
    return jsonify({"query": q, "kind": "document" if kind == "doc" else "person", "limit": LIMIT, "matches": found})
