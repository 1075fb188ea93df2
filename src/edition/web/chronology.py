"""The chronology: every dated passage of the documents on one time axis, years then months
then days, with JSON twins.

Each filter is a URL of its own (/chronology/in/<doc>/, /chronology/persons/<id>/,
/chronology/places/<id>/), so each is
a page of the static export too and needs no script. `entries` builds the one list every view
shows (the place to wrap for paging).
"""

from calendar import month_name
from itertools import groupby

from flask import jsonify, render_template

from .links import link
from .state import cached_page, corpus, document_or_404, entity_or_404, person_or_404
from .timeline import month_axis, year_axis


def entries(c, doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None) -> list:
    """The dated passages of the edition (or of one document, or naming one person or place), earliest first."""
    order = {d: i for i, d in enumerate(c.documents)}
    found = [e for d in ([doc_id] if doc_id else c.documents) for e in c.dated[d]
             if (person_id is None or person_id in e.persons) and (entity_id is None or entity_id in e.places)]
    return sorted(found, key=lambda e: (e.sort_key, order[e.doc_id], e.n))


def _entry_id(e) -> str:
    return f"entry-{e.quote.anchor}"


def _label(c, e) -> str:
    return f"{e.label}: {c.documents[e.doc_id].title}"


def _months(year: int, items) -> list:
    """[(heading, entries)]: the year as a whole or a span from it first, then month by month."""
    key = lambda e: 0 if e.precision == "year" else e.first.month  # noqa: E731
    return [(f"{month_name[m]} {year}" if m else f"{year} as a whole, or from it on", list(g))
            for m, g in groupby(sorted(items, key=key), key=key)]


def _view(c, found) -> dict:
    label = lambda e: _label(c, e)  # noqa: E731
    years = []
    for year, items in groupby(found, key=lambda e: e.first.year):
        items = list(items)
        years.append((year, month_axis(year, items, label), _months(year, items)))
    return {"overview": year_axis(found, label) if found else None, "years": years, "total": len(found),
            "conjectural": sum(e.conjecture for e in found)}


def _named(c, register: str) -> list:
    """[(entry, dated passages naming it)] for a filter, in the index's order."""
    counts: dict[str, int] = {}
    for e in entries(c):
        for i in getattr(e, register):
            counts[i] = counts.get(i, 0) + 1
    return [(x, counts[x.id]) for x in c.entries(register).values() if x.id in counts]


def page(doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None):
    c = corpus()
    doc = document_or_404(doc_id) if doc_id else None
    person = person_or_404(person_id) if person_id else None
    place = entity_or_404("places", entity_id) if entity_id else None

    def make():
        twin, args = (("api_chronology_in", {"doc_id": doc.id}) if doc else
                      ("api_chronology_of", {"person_id": person.id}) if person else
                      ("api_chronology_at", {"entity_id": place.id}) if place else ("api_chronology", {}))
        return render_template("chronology.html", **_view(c, entries(c, doc_id, person_id, entity_id)), doc=doc,
                               person=person, place=place, documents=list(c.documents.values()),
                               titles={d.id: d.title for d in c.documents.values()}, persons=_named(c, "persons"),
                               places=_named(c, "places"), entry_id=_entry_id, twin=twin, twin_args=args)
    return cached_page(("chronology", doc_id, person_id, entity_id), make)


def api(doc_id: str | None = None, person_id: str | None = None, entity_id: str | None = None):
    c = corpus()
    if doc_id:
        document_or_404(doc_id)
    if person_id:
        person_or_404(person_id)
    if entity_id:
        entity_or_404("places", entity_id)
    return jsonify({"document": doc_id, "person": person_id, "place": entity_id, "dates": [
        {**e.to_json(), "url": link("document", doc_id=e.doc_id, _anchor=e.quote.anchor)}
        for e in entries(c, doc_id, person_id, entity_id)]})


def dated_persons(c) -> list[dict]:
    """The person filters' pages (routes.py): one per person a dated passage names."""
    return [{"person_id": p.id} for p, _ in _named(c, "persons")]


def dated_places(c) -> list[dict]:
    """The place filters' pages (routes.py): one per place a dated passage names."""
    return [{"entity_id": p.id} for p, _ in _named(c, "places")]
