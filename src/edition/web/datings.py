"""Every `date` of a document's text as a dated passage: the chronology's raw material.

A date keeps its normalised form (docs/dates.md: a point `@when`, a span `@from`/`@to`, a fuzzy
`@notBefore`/`@notAfter`), whether it is conjectural (`@evidence="conjecture"`, or a `@cert`
below high), the quote around it (quotes.py, as the index of persons quotes a name) and the
persons and places named in the same passage, for the chronology's filters. Dates in the editors' own
notes are the editors' words, not the document's: numbered like the others, never listed.
"""

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from .. import anchors
from ..dates.normalise import ISO, is_valid, last_day
from ..tei.editors_notes import in_editors_note
from ..tei.namespaces import T
from ..tei.refs import entity_ids
from ..dates.human import human
from .mentions import TAGS
from .quotes import Quote, quotes
from .textflow import block_of

FORMS = {"when": ("when", "when"), "span": ("from", "to"), "fuzzy": ("notBefore", "notAfter")}


def first_day(iso: str) -> dt.date:
    y, m, d = ISO.match(iso).groups()
    return dt.date(int(y), int(m or 1), int(d or 1))


def final_day(iso: str) -> dt.date:
    y, m, d = ISO.match(iso).groups()
    month = int(m or 12)
    return dt.date(int(y), month, int(d) if d else last_day(int(y), month))


@dataclass(frozen=True)
class Dated:
    doc_id: str
    n: int  # 1-based among the text's outermost dates: the HTML anchor's number
    form: str  # "when", "span" or "fuzzy" (FORMS)
    start: str  # ISO, as encoded
    end: str  # ISO; the same as start for a point
    conjecture: bool  # supplied by the editors or uncertain: shown as such
    quote: Quote
    persons: tuple = ()  # ids of the persons the passage names
    places: tuple = ()  # ids of the places it names

    @cached_property  # read for every sort and every year of every list: parsed once
    def first(self) -> dt.date:
        return first_day(self.start)

    @cached_property
    def last(self) -> dt.date:
        return final_day(self.end)

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year': how finely the start is known."""
        return ("year", "month", "day")[self.start.count("-")]

    @property
    def label(self) -> str:
        """'12 Mar 1937', 'Mar 1937 – May 1938', 'between Sep 1936 and Nov 1936'."""
        a, b = human(self.start), human(self.end)
        if self.form == "fuzzy":
            return f"between {a} and {b}"
        return a if a == b else f"{a} – {b}"

    @property
    def sort_key(self) -> tuple:
        return (self.first, self.last)

    def to_json(self) -> dict:
        q = self.quote
        return {"document": self.doc_id, "anchor": q.anchor, "form": self.form, "start": self.start, "end": self.end,
                "first_day": self.first.isoformat(), "last_day": self.last.isoformat(), "label": self.label,
                "conjecture": self.conjecture, "before": q.before, "text": q.text, "after": q.after,
                "block": q.block, "page": q.page or None, "page_n": q.page_n or None, "place": q.place or None,
                "persons": list(self.persons), "places": list(self.places)}


def _form(el) -> tuple[str, str, str] | None:
    """(form, start, end) of a date whose normalisation is valid, else None (`edition dates` reports it)."""
    for form, (a, b) in FORMS.items():
        start, end = el.get(a), el.get(b)
        if start and end and is_valid(start) and is_valid(end) and first_day(start) <= final_day(end):
            return form, start, end
    return None


def _conjectural(el) -> bool:
    return el.get("evidence") == "conjecture" or el.get("cert") in ("low", "medium")


def _named(block, register: str) -> tuple:
    if block is None:
        return ()
    found = (i for n in block.iter(T + TAGS[register]) if not in_editors_note(n) for i in entity_ids(n.get("ref"), register))
    return tuple(dict.fromkeys(found))


def _peers(root, doc_id: str) -> tuple[dict, list]:
    """The text's outermost dates ({element: its HTML id}, in order) and, of those, the ones
    the chronology may list: not in the editors' own notes."""
    ids = anchors.date_ids(root, doc_id)
    return ids, [el for el in ids if not in_editors_note(el)]


def dated_in(tree, doc_id: str) -> list[Dated]:
    """The document's dated passages, in document order."""
    root = tree.getroot()
    ids, peers = _peers(root, doc_id)
    numbered = {el: i for i, el in enumerate(ids, 1)}
    out = []
    for el, q in quotes(root, peers, lambda el: _form(el) is not None, ids).items():
        form, start, end = _form(el)
        block = block_of(el)
        out.append(Dated(doc_id, numbered[el], form, start, end, _conjectural(el), q, _named(block, "persons"),
                         _named(block, "places")))
    return sorted(out, key=lambda d: d.n)


def dated_counts(tree, doc_id: str) -> dict[str, dict[str, int]]:
    """{"persons"|"places": {id: dated passages naming it}}: what dated_in would list, counted
    without quoting (the corpus's first pass: a person's or place's page says how many)."""
    counts: dict[str, dict[str, int]] = {"persons": {}, "places": {}}
    named: dict = {}  # block -> what it names: a paragraph holds many dates
    for el in _peers(tree.getroot(), doc_id)[1]:
        if _form(el) is not None:
            block = block_of(el)
            if block not in named:
                named[block] = {register: _named(block, register) for register in counts}
            for register, found in counts.items():
                for i in named[block][register]:
                    found[i] = found.get(i, 0) + 1
    return counts
