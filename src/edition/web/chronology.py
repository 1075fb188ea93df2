"""The chronology: every dated passage of the documents on one time axis, years then months
then days, with JSON twins, paged.

Each filter is a URL of its own (/chronology/in/<doc>/, /chronology/persons/<id>/,
/chronology/places/<id>/), all of them listed on pages of their own (chronology_filters.py),
and so is each year of the whole chronology (/chronology/year/1937/), so each is a page of the
static export too and needs no script. Every one of these lists is
paged (paging.py: …/page/2/), and every page shows the overview axis of its whole list, its
years linked to where they begin. The list is kept once per corpus without its quotes
(`passages`); a page quotes only its own entries, reading only their documents.
"""

import dataclasses
from calendar import month_name
from itertools import groupby

from flask import abort, jsonify, render_template

from . import chronology_filters as filters, paging
from .entities import DOCUMENTS_LISTED
from .links import link
from .state import cached_page, corpus, document_or_404, entity_or_404, person_or_404
from .timeline import month_axis, year_axis


def month_of(e) -> int:
    """The month a passage is listed under: 0 for the year as a whole (or a span from it)."""
    return 0 if e.precision == "year" else e.first.month


def passages(c) -> list:
    """Every dated passage of the edition in the chronology's order (year; the year as a whole
    first, then month by month; earliest first; documents in the edition's order), without
    its quote: made once per corpus, the one list every view filters."""
    def make():
        order = {d: i for i, d in enumerate(c.documents)}
        found = [dataclasses.replace(e, quote=None) for d in c.documents for e in c.dated[d]]
        return sorted(found, key=lambda e: (e.first.year, month_of(e), e.sort_key, order[e.doc_id], e.n))
    return c.derived.get("chronology", make, signature=())


def _lists(c) -> dict:
    """{("doc"|"year"|"person"|"place", key): passages}: the one list cut by document, year,
    person and place, once per corpus, so a page looks its list up instead of filtering them all."""
    def make():
        found: dict[tuple, list] = {}
        for e in passages(c):
            for key in (("doc", e.doc_id), ("year", e.first.year), *(("person", i) for i in e.persons),
                        *(("place", i) for i in e.places)):
                found.setdefault(key, []).append(e)
        return found
    return c.derived.get("chronology-lists", make, signature=())


def entries(c, doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None,
            year: int | None = None) -> list:
    """The dated passages of the edition, or of one document, naming one person or place, of one
    year (one filter at most, as each route gives), in the chronology's order, unquoted: a list
    kept for the corpus, never to be changed."""
    scope = next(((kind, v) for kind, v in (("doc", doc_id), ("year", year), ("person", person_id),
                                            ("place", entity_id)) if v is not None), None)
    return passages(c) if scope is None else _lists(c).get(scope, [])


def quoted(c, items) -> list:
    """The passages `items` with their quotes (Corpus.passages: only these, or their documents')."""
    full = c.passages((e.doc_id, e.n) for e in items)
    return [full[(e.doc_id, e.n)] for e in items]


def _entry_id(e) -> str:
    return f"entry-{e.quote.anchor}"


def _label(c, e) -> str:
    return f"{e.label}: {c.documents[e.doc_id].title}"


def _months(year: int, items) -> list:
    """[(heading, entries)]: the year as a whole or a span from it first, then month by month."""
    return [(f"{month_name[m]} {year}" if m else f"{year} as a whole, or from it on", list(g))
            for m, g in groupby(items, key=month_of)]


def _scope(doc_id, person_id, entity_id, year) -> tuple[str, dict]:
    """The endpoint of a list's first page and its URL values."""
    if doc_id:
        return "chronology_in", {"doc_id": doc_id}
    if person_id:
        return "chronology_of", {"person_id": person_id}
    if entity_id:
        return "chronology_at", {"entity_id": entity_id}
    if year is not None:
        return "chronology_year", {"year": year}
    return "chronology", {}


def _check(doc_id, person_id, entity_id) -> None:
    if doc_id:
        document_or_404(doc_id)
    if person_id:
        person_or_404(person_id)
    if entity_id:
        entity_or_404("places", entity_id)


def _listed(c, doc_id, person_id, entity_id, year, number: int) -> tuple[list, paging.Page]:
    """The whole list (unquoted) and this page of it (quoted)."""
    _check(doc_id, person_id, entity_id)
    found = entries(c, doc_id, person_id, entity_id, year)
    if year is not None and not found:
        abort(404)
    endpoint, values = _scope(doc_id, person_id, entity_id, year)

    def shown():
        page = paging.page_of(found, number, paging.size("dates"), endpoint, **values)
        return dataclasses.replace(page, items=quoted(c, page.items))
    # kept a little while: the page's JSON twin, asked next, shows the same passages
    return found, c.summaries.get(("chronology-page", doc_id, person_id, entity_id, year, number), shown, signature=())


class _Months(dict):
    """{year: its months' axis}, each drawn when a page first shows the year: a page shows a few
    of its list's years, and the export asks a list's first page long before its others."""

    def __init__(self, by_year: dict[int, list], label):
        super().__init__()
        self._by_year, self._label = by_year, label

    def __missing__(self, year: int):
        axis = self[year] = month_axis(year, self._by_year[year], self._label)
        return axis


def _summary(c, key: tuple, found) -> dict:
    """What every page of one list draws from the whole list, made once per list (not once per
    page: a list of 50,000 passages has 250 pages): its overview axis, each year's months' axis,
    where each year begins, how many passages are conjectural."""
    def make():
        label = lambda e: _label(c, e)  # noqa: E731
        by_year: dict[int, list] = {}
        first: dict[int, int] = {}
        for i, e in enumerate(found):
            by_year.setdefault(e.first.year, []).append(e)
            first.setdefault(e.first.year, i)
        return {"overview": year_axis(found, label) if found else None, "first": first,
                "months": _Months(by_year, label), "conjectural": sum(e.conjecture for e in found)}
    return c.summaries.get(("chronology", *key), make, signature=())


def _year_links(c, whole: dict, own: dict, page: paging.Page, by_year: bool) -> dict:
    """{year: URL}: each year's own page (the whole chronology and its years), else the page of
    this list where the year begins."""
    if by_year:
        return {y: link("chronology_year", year=y) for y in whole["first"]}
    return {y: paging.holding(page.endpoint, i, "dates", f"year-{y}", **page.values) for y, i in own["first"].items()}


def _view(c, key: tuple, found, page: paging.Page, by_year: bool) -> dict:
    """What the template draws: the overview of the list (of the whole chronology on a year's
    page), and each year on this page with its months' axis drawn from the whole list."""
    own = _summary(c, key, found)
    whole = _summary(c, (None, None, None, None), passages(c)) if by_year else own
    years = [(year, own["months"][year], _months(year, [e for e in page.items if e.first.year == year]))
             for year in dict.fromkeys(e.first.year for e in page.items)]
    return {"overview": whole["overview"], "years": years, "total": len(found),
            "conjectural": own["conjectural"], "page": page, "year_links": _year_links(c, whole, own, page, by_year)}


def page(doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None,
         year: int | None = None, number: int = 1):
    c = corpus()

    def make():
        found, shown = _listed(c, doc_id, person_id, entity_id, year, number)
        twin = "api_" + shown.endpoint
        by_year = not (doc_id or person_id or entity_id)
        return render_template("chronology.html", **_view(c, (doc_id, person_id, entity_id, year), found, shown, by_year),
                               doc=c.document(doc_id) if doc_id else None,
                               person=c.person(person_id) if person_id else None,
                               place=c.entries("places").get(entity_id) if entity_id else None, year=year,
                               # every document inline when they are few, else on the filters' page
                               documents=list(c.documents.values()) if len(c.documents) <= DOCUMENTS_LISTED else None,
                               filters=filters.counts(c), titles=c.documents, entry_id=_entry_id,
                               twin=twin if number == 1 else twin + paging.SUFFIX,
                               twin_args={**shown.values, **({"number": number} if number > 1 else {})})
    return cached_page(("chronology", doc_id, person_id, entity_id, year, number), make)


def api(doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None,
        year: int | None = None, number: int = 1):
    c = corpus()
    _, shown = _listed(c, doc_id, person_id, entity_id, year, number)
    return jsonify({"document": doc_id, "person": person_id, "place": entity_id, "year": year,
                    **shown.to_json("api_" + shown.endpoint), "dates": [
        {**e.to_json(), "url": link("document", doc_id=e.doc_id, _anchor=e.quote.anchor)} for e in shown.items]})


def list_pages(c, doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None,
               year: int | None = None) -> int:
    """How many pages a list of the chronology has (routes.py: the export's pages)."""
    return paging.count(len(entries(c, doc_id, person_id, entity_id, year)), paging.size("dates"))


def each_year(c) -> list[dict]:
    """The year pages (routes.py): one per year some dated passage begins in."""
    return [{"year": y} for kind, y in _lists(c) if kind == "year"]


def dated_persons(c) -> list[dict]:
    """The person filters' pages (routes.py): one per person a dated passage names."""
    return [{"person_id": p.id} for p, _ in filters.named(c, "persons")]


def dated_places(c) -> list[dict]:
    """The place filters' pages (routes.py): one per place a dated passage names."""
    return [{"entity_id": p.id} for p, _ in filters.named(c, "places")]
