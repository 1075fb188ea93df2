"""What the viewer calls: `search()` -> a JSON-ready dict: the passages by relevance, and how
many each document has.

Order (the static client repeats it): FTS5's bm25 over the unit's folded words and the persons
it mentions, most relevant first, across documents; ties in edition order. `documents` counts
the matching passages of each document (more first, ties in edition order): a summary and a
filter, not the order of the results.

With `page`, one page of `page_size` passages: the counts come from the rowids inside SQLite
and only the page's units are read, marked and snippeted, so a common word in a large corpus
costs what one page costs (the static client and the tests call it without `page`: every unit).

Each passage carries its document, its link target and its place: `anchor` (the HTML id of its
paragraph or note, or ""), `fragment` (the URL fragment for the document's reading view: "#p12",
else "#page667", else a text fragment "#:~:text=first%20words" that browsers supporting text
fragments scroll to and others ignore), `page_n` (the printed page it starts on) and `place`
("p. 667, ¶ 12", edition.places).
"""

from math import ceil
from urllib.parse import quote

from ..places import place
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


def unit_result(unit: Unit, query, names: dict[str, str], titles: dict[str, str]) -> dict:
    return {
        "doc_id": unit.doc_id,
        "title": titles.get(unit.doc_id, unit.doc_id),
        "seq": unit.seq,
        "kind": unit.kind,
        "anchor": unit.anchor,
        "fragment": fragment(unit),
        "page": unit.page,
        "page_n": unit.page_n,
        "place": place(unit.page_n, unit.where),
        "persons": [{"id": p, "name": names.get(p, p)} for p in unit.persons],
        "snippet": snippet.snippet(unit.text, match.hits(unit, query)),
    }


def search(index: SearchIndex, q: str, *, person: list[str] | str | None = None,
           doc: list[str] | str | None = None, page: int | None = None, page_size: int = PAGE_SIZE) -> dict:
    """Search the index. `person`/`doc` add filters (ids) to those typed as person:/doc:.
    Without `page`, every matching unit; with it, that page (1-based) of `page_size` units."""
    query = parse(q or "", index.forms)
    query.persons += [person] if isinstance(person, str) else list(person or [])
    query.docs += [doc] if isinstance(doc, str) else list(doc or [])
    expression = fts_expression(query)
    counts = index.counts(expression, query.docs or None) if expression else []
    total = sum(n for *_, n in counts)
    found = {
        "query": q or "",
        "persons": [{"id": p, "name": index.person_names.get(p, p)} for p in query.persons],
        "places": query.places, "organisations": query.orgs,
        "docs": query.docs,
        "total": total,
        "total_documents": len(counts),
        "documents": [{"doc_id": doc_id, "title": title, "hits": n} for _, doc_id, title, n in counts],
    }
    offset, limit = 0, -1
    if page is not None:
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        pages = max(1, ceil(total / page_size))
        page = max(1, min(int(page), pages))
        offset, limit = (page - 1) * page_size, page_size
        found |= {"page": page, "pages": pages, "page_size": page_size}
    units = index.ranked(expression, query.docs or None, offset, limit) if expression else []
    titles = {d["doc_id"]: d["title"] for d in found["documents"]}
    found["results"] = [unit_result(u, query, index.person_names, titles) for u in units]
    return found
