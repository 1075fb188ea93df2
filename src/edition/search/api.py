"""What the viewer calls: `search()` -> a JSON-ready dict of results grouped by document.

Grouping and order (the static client repeats them): documents with more matching units
first, ties in edition order; units in document order. Each unit carries its link target:
`anchor` (the HTML id of its paragraph or note, or "") and `fragment`, the URL fragment to
append to the document's reading-view URL: "#p12", else "#page667" (the page it starts on),
else a text fragment "#:~:text=first%20words" that browsers supporting text fragments scroll
to and others ignore.
"""

from urllib.parse import quote

from . import match, snippet
from .extract import Unit
from .index import SearchIndex
from .query import fts_expression, parse

FRAGMENT_WORDS = 6


def fragment(unit: Unit) -> str:
    if unit.anchor:
        return "#" + unit.anchor
    words = unit.text.split()[:FRAGMENT_WORDS]
    if not words:
        return "#" + unit.page if unit.page else ""
    # Text directive: '-', '&' and ',' are its syntax, so they are escaped too.
    return "#:~:text=" + quote(" ".join(words), safe="").replace("-", "%2D")


def unit_result(unit: Unit, query, names: dict[str, str]) -> dict:
    return {
        "seq": unit.seq,
        "kind": unit.kind,
        "anchor": unit.anchor,
        "fragment": fragment(unit),
        "page": unit.page,
        "page_n": unit.page_n,
        "persons": [{"id": p, "name": names.get(p, p)} for p in unit.persons],
        "snippet": snippet.snippet(unit.text, match.hits(unit, query)),
    }


def group(units: list[Unit], documents: list[tuple[str, str]]) -> list[tuple[str, str, list[Unit]]]:
    """[(doc_id, title, units)]: more matching units first, ties in edition order."""
    order = {doc_id: i for i, (doc_id, _) in enumerate(documents)}
    by_doc: dict[str, list[Unit]] = {}
    for u in units:
        by_doc.setdefault(u.doc_id, []).append(u)
    titles = dict(documents)
    groups = [(d, titles.get(d, d), sorted(us, key=lambda u: u.seq)) for d, us in by_doc.items()]
    return sorted(groups, key=lambda g: (-len(g[2]), order.get(g[0], len(order))))


def search(index: SearchIndex, q: str, *, person: list[str] | str | None = None,
           doc: list[str] | str | None = None, per_document: int | None = None) -> dict:
    """Search the index. `person`/`doc` add filters (ids) to those typed as person:/doc:."""
    query = parse(q or "", index.forms)
    query.persons += [person] if isinstance(person, str) else list(person or [])
    query.docs += [doc] if isinstance(doc, str) else list(doc or [])
    expression = fts_expression(query)
    units = index.match(expression, query.docs or None) if expression else []
    groups = group(units, index.documents())
    return {
        "query": q or "",
        "persons": [{"id": p, "name": index.person_names.get(p, p)} for p in query.persons],
        "docs": query.docs,
        "total": len(units),
        "documents": [
            {"doc_id": doc_id, "title": title, "hits": len(us),
             "units": [unit_result(u, query, index.person_names) for u in us[:per_document]]}
            for doc_id, title, us in groups
        ],
    }
