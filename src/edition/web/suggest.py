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


KINDS = ("doc", "person")


def _typed() -> str:
    return (request.args.get("q") or "").strip()[:MAX_TYPED]


def words(names) -> set[str]:
    """The folded words a document's or person's names hold: what a typed word may begin."""
    return {w for name in names for w in fold(name).split()}


def _matches(typed: list[str], names) -> bool:
    folded = words(names)
    return all(any(f.startswith(w) for f in folded) for w in typed)


def names(kind: str, x) -> tuple:
    return (x.title, x.id) if kind == "doc" else x.filter_names


def label(kind: str, x) -> str:
    return x.title if kind == "doc" else x.inverted


def ranked(kind: str) -> list:
    """Every document in the edition's order, or every person named, the most named first:
    the order suggestions come in."""
    c = corpus()
    if kind == "doc":
        return list(c.documents.values())
    return sorted((p for p in c.persons.values() if c.mentions.get(p.id)), key=lambda p: -len(c.mentions[p.id]))


def found(kind: str, q: str) -> list:
    """The first LIMIT of `ranked(kind)` that have every word of `q` as the beginning of a word
    of their names."""
    typed = fold(q).split()
    return [x for x in ranked(kind) if _matches(typed, names(kind, x))][:LIMIT]


def table() -> dict:
    """What the static site's type-ahead answers from (search/static.py writes it into the
    index's store): per kind, every document or person in `ranked` order as (id, label, folded
    words); and the limits, so the static client cuts and counts as `_typed` and `LIMIT` do.
    The writer reads the kinds and the limits from here, so they are named in this module only."""
    return {"typeahead": {"limit": LIMIT, "max_typed": MAX_TYPED},
            "kinds": {kind: [(x.id, label(kind, x), sorted(words(names(kind, x)))) for x in ranked(kind)]
                      for kind in KINDS}}


def picks() -> dict[str, dict[str, str]]:
    """{"doc"|"person": {folded title or name: id}}: what a filter typed as a whole title or name
    stands for, the first document in the edition's order, the person named most often, that
    has it. Made once per state of the corpus; the static site's search looks it up too
    (search/static.py), so both read a typed filter alike."""
    def make():
        table = {"doc": {}, "person": {}}
        for d in ranked("doc"):
            table["doc"].setdefault(fold(d.title), d.id)
        for p in ranked("person"):
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
    made = lambda: tuple([(x.id, label(kind, x)) for x in found(kind, "")] for kind in KINDS)  # noqa: E731
    return ed.cache.get(("suggest-options",), made, signature=ed.signature())


def _answer(kind: str) -> tuple[str, list[dict]]:
    q = _typed()
    return q, [{"id": x.id, "label": label(kind, x), "search": link("search", **{kind: x.id})}
               for x in found(kind, q)]


def page(kind: str):
    q, found = _answer(kind)
    twin = "api_suggest_documents" if kind == "doc" else "api_suggest_persons"
    return render_template("suggest.html", kind=kind, q=q, found=found, limit=LIMIT, twin=twin,
                           twin_args={"q": q} if q else {})


def api(kind: str):
    q, found = _answer(kind)
    return jsonify({"query": q, "kind": "document" if kind == "doc" else "person", "limit": LIMIT, "matches": found})
