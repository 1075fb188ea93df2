"""What the viewer calls: `search()` -> a JSON-ready dict of results grouped by document.

With `page`, one page of `page_size` units: the documents are counted inside SQLite and only
the page's units are read, marked and snippeted, so a common word in a large corpus costs what
one page costs (the static client and the tests call it without `page`: every unit).

Grouping and order (the static client repeats them): documents with more matching units
first, ties in edition order; units in document order. Each unit carries its link target:
`anchor` (the HTML id of its paragraph or note, or "") and `fragment`, the URL fragment to
append to the document's reading-view URL: "#p12", else "#page667" (the page it starts on),
else a text fragment "#:~:text=first%20words" that browsers supporting text fragments scroll
to and others ignore.
"""

from math import ceil
from urllib.parse import quote

from . import match, snippet
from .extract import Unit
from .index import SearchIndex
from .query import fts_expression, parse

FRAGMENT_WORDS = 6
PAGE_SIZE = 50  # units a page
MAX_PAGE_SIZE = 500


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
           doc: list[str] | str | None = None, per_document: int | None = None,
           page: int | None = None, page_size: int = PAGE_SIZE) -> dict:
    """Search the index. `person`/`doc` add filters (ids) to those typed as person:/doc:.
    Without `page`, every matching unit; with it, that page (1-based) of `page_size` units."""
    query = parse(q or "", index.forms)
    query.persons += [person] if isinstance(person, str) else list(person or [])
    query.docs += [doc] if isinstance(doc, str) else list(doc or [])
    expression = fts_expression(query)
    head = {
        "query": q or "",
        "persons": [{"id": p, "name": index.person_names.get(p, p)} for p in query.persons],
        "docs": query.docs,
    }
    if page is not None:
        return head | _page(index, query, expression, page, page_size)
    units = index.match(expression, query.docs or None) if expression else []
    groups = group(units, index.documents())
    return head | {
        "total": len(units),
        "documents": [
            {"doc_id": doc_id, "title": title, "hits": len(us),
             "units": [unit_result(u, query, index.person_names) for u in us[:per_document]]}
            for doc_id, title, us in groups
        ],
    }


def _page(index: SearchIndex, query, expression: str, page: int, page_size: int) -> dict:
    """One page of the grouped results: a document cut by the page's end goes on on the next
    page (its `first` says which of its passages the page starts with)."""
    page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
    counts = index.counts(expression, query.docs or None) if expression else []
    total = sum(n for *_, n in counts)
    pages = max(1, ceil(total / page_size))
    page = max(1, min(int(page), pages))
    start, end, offset, documents = (page - 1) * page_size, page * page_size, 0, []
    for num, doc_id, title, n in counts:
        lo, hi = max(start - offset, 0), min(end - offset, n)
        if lo < hi:
            units = index.match_slice(expression, num, lo, hi - lo)
            documents.append({"doc_id": doc_id, "title": title, "hits": n, "first": lo + 1,
                              "units": [unit_result(u, query, index.person_names) for u in units]})
        offset += n
        if offset >= end:
            break
    return {"total": total, "total_documents": len(counts), "page": page, "pages": pages,
            "page_size": page_size, "documents": documents}
