"""Paged lists: one page of a list's entries, and the URLs of the others.

Every list that grows with the corpus (the documents of the front page, the index of persons and
its letters, a person's occurrences, the chronology and its years and filters) shows one
page of entries. Page 1 is the list's own URL; page n (n >= 2) is that URL + `page/<n>/`, and
its JSON twin the twin's URL without `.json` + `/page/<n>.json`: paths, not query strings, so
the static export holds every page as a file (a static server cannot read a query). routes.py
declares both rules of a list with `paged()`; a view takes `number` and calls `page_of()`;
templates show `pager()` (templates/pager.html) and link into a list with `page_holding()`, and
JSON twins add `to_json()`.
"""

from dataclasses import dataclass
from math import ceil
from typing import Sequence

from flask import abort, current_app, has_app_context

from .links import link

SUFFIX = "_page"  # the endpoint of a list's pages from the second on
# Entries a page, by list; the app's PAGE_SIZES setting may change them (tests page small editions).
SIZES = {"documents": 50, "persons": 200, "places": 200, "organisations": 200, "occurrences": 10, "dates": 200,
         "filters": 500}


def size(kind: str) -> int:
    settings = current_app.config.get("PAGE_SIZES", {}) if has_app_context() else {}
    return int(settings.get(kind, SIZES[kind]))


@dataclass(frozen=True)
class Page:
    items: list
    number: int
    pages: int
    total: int
    start: int  # 1-based position of the first item in the whole list (0 when empty)
    endpoint: str  # the list's first page
    values: dict  # its URL values (a document id, a letter…)

    def url(self, number: int, twin: str | None = None) -> str:
        """Page `number` of this list (of its JSON twin `twin`), relative to this page."""
        return url(twin or self.endpoint, number, **self.values)

    @property
    def end(self) -> int:
        return self.start + len(self.items) - 1 if self.items else 0

    def nearby(self, around: int = 3) -> list[int | None]:
        """The page numbers a pager shows: the first, the last, and `around` either side of this
        one; None where numbers are left out."""
        shown = sorted({1, self.pages, *range(max(1, self.number - around), min(self.pages, self.number + around) + 1)})
        out: list[int | None] = []
        for n in shown:
            if out and n - out[-1] > 1:
                out.append(None)
            out.append(n)
        return out

    def to_json(self, twin: str) -> dict:
        return {"page": self.number, "pages": self.pages, "total": self.total,
                "prev": self.url(self.number - 1, twin) if self.number > 1 else None,
                "next": self.url(self.number + 1, twin) if self.number < self.pages else None}


def url(endpoint: str, number: int, _anchor: str | None = None, **values) -> str:
    """Page `number` of the list whose first page is `endpoint` with URL `values`, relative to
    the page being rendered."""
    return link(endpoint if number == 1 else endpoint + SUFFIX, _anchor, **values,
                **({} if number == 1 else {"number": number}))


def holding(endpoint: str, position: int, kind: str, _anchor: str | None = None, **values) -> str:
    """The page of a list of `kind` (SIZES) that holds its entry at 0-based `position` (Jinja
    global: an index links to the page of a person's occurrences where a document is)."""
    return url(endpoint, position // size(kind) + 1, _anchor, **values)


def count(total: int, size: int) -> int:
    """How many pages a list of `total` entries has (an empty list has one, saying so)."""
    return max(1, ceil(total / size))


def page_of(items: Sequence, number: int, size: int, endpoint: str, **values) -> Page:
    """Page `number` (1-based) of `items`; 404 past the last page (page 1 always exists)."""
    pages = count(len(items), size)
    if not 1 <= number <= pages:
        abort(404)
    first = (number - 1) * size
    return Page(list(items[first:first + size]), number, pages, len(items), first + 1 if items else 0, endpoint, values)
