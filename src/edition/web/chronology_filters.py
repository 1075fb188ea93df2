"""The chronology's filters: every document, and every person and place a dated passage names,
on one paged list of their own (/chronology/filters/, JSON twin /api/chronology/filters.json).

Every chronology page links here and shows inline only the filter it is (and the documents,
when they are few: entities.DOCUMENTS_LISTED), so a page's size depends on its own passages,
not on the size of the corpus. Counts come from the corpus's first pass: nothing is quoted.
"""

from itertools import groupby
from typing import NamedTuple

from flask import jsonify, render_template

from . import paging
from .links import link
from .state import cached_page, corpus

KINDS = {  # kind -> (the heading of its part, the endpoint of its chronology, its URL value)
    "documents": ("Documents", "chronology_in", "doc_id"),
    "persons": ("Persons named in dated passages", "chronology_of", "person_id"),
    "places": ("Places named in dated passages", "chronology_at", "entity_id"),
}


class Filter(NamedTuple):
    kind: str  # a key of KINDS
    entry: object  # a Document, Person or Place
    passages: int | None  # dated passages naming the person or place (None: a document)

    @property
    def name(self) -> str:
        return getattr(self.entry, "title", None) or getattr(self.entry, "inverted", None) or self.entry.name

    @property
    def url(self) -> str:
        _, endpoint, key = KINDS[self.kind]
        return link(endpoint, **{key: self.entry.id})


def named(c, register: str) -> list:
    """[(entry, dated passages naming it)], persons or places, in the index's order."""
    counts = c.index.dated[register]
    return [(x, counts[x.id]) for x in c.entries(register).values() if x.id in counts]


def every(c) -> list[Filter]:
    """Every filter of the chronology: the documents in the edition's order, then persons, then
    places; made once per corpus (every chronology page counts them)."""
    def make():
        return [*(Filter("documents", d, None) for d in c.documents.values()),
                *(Filter(register, x, n) for register in ("persons", "places") for x, n in named(c, register))]
    return c.derived.get("chronology_filters", make, signature=())


def counts(c) -> dict[str, int]:
    """How many filters of each kind there are (what a chronology page says of the list here)."""
    found = {kind: 0 for kind in KINDS}
    for f in every(c):
        found[f.kind] += 1
    return found


def list_pages(c) -> int:
    """How many pages the list of filters has (routes.py: the export's pages)."""
    return paging.count(len(every(c)), paging.size("filters"))


def _page(c, number: int) -> tuple[paging.Page, dict]:
    """This page of the filters, and {kind: the URL of the page where it begins}."""
    found = every(c)
    page = paging.page_of(found, number, paging.size("filters"), "chronology_filters")
    starts: dict[str, str] = {}
    for i, f in enumerate(found):
        if f.kind not in starts:
            starts[f.kind] = paging.holding(page.endpoint, i, "filters", f.kind, **page.values)
    return page, starts


def page(number: int = 1):
    c = corpus()

    def make():
        shown, starts = _page(c, number)
        groups = [(kind, list(items)) for kind, items in groupby(shown.items, key=lambda f: f.kind)]
        twin = "api_chronology_filters"
        return render_template("chronology_filters.html", page=shown, groups=groups, kinds=KINDS, starts=starts,
                               counts=counts(c), twin=twin if number == 1 else twin + paging.SUFFIX,
                               twin_args={"number": number} if number > 1 else {})
    return cached_page(("chronology_filters", number), make)


def api(number: int = 1):
    c = corpus()
    shown, _ = _page(c, number)
    return jsonify({**shown.to_json("api_chronology_filters"), "filters": [
        {"kind": f.kind, "id": f.entry.id, "name": f.name, "passages": f.passages, "url": f.url} for f in shown.items]})

