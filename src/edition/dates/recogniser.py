"""Find date expressions in a string and give each its TEI normalisation.

Pure: text in, matches out. Where rules overlap the leftmost match wins, then the longest,
then the earlier rule in `rules.RULES`. A date without a printed year takes the year from
`Context` (the year of the last date printing a month and a year, or `--context-year`; see
docs/dates.md "Years supplied from context") and is marked
`evidence="conjecture"`; without any context it is returned unresolved (empty `attrs`), which
the tagger leaves alone and the reporter lists.
"""

from dataclasses import dataclass, field

from .normalise import problems
from .pieces import NO_CONTEXT, THAT_YEAR
from .rules import COMPILED


@dataclass
class Context:
    """The year a yearless date is read in; printed one-year dates update it as text is read."""

    year: int | None = None
    fixed: bool = False  # --context-year pinned by the editor: explicit years do not move it
    last: int | None = None  # the last year printed in any one-year date, for "of that year"


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    rule: str
    attrs: dict = field(default_factory=dict)  # {} when the year could not be supplied

    @property
    def resolved(self) -> bool:
        return bool(self.attrs)


def exception_spans(text: str, exceptions) -> list[tuple[int, int]]:
    spans = []
    for phrase in exceptions or ():
        at = text.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    return spans


def _candidates(text: str):
    for priority, (name, regex, build) in enumerate(COMPILED):
        for m in regex.finditer(text):
            for start, end, year, make in build(m):
                yield start, -(end - start), priority, name, end, year, make


def _select(text: str, exceptions):
    """Leftmost-longest non-overlapping candidates, minus those touching a known non-date."""
    blocked = exception_spans(text, exceptions)
    chosen, reach = [], 0
    for start, _neg, _prio, name, end, year, make in sorted(_candidates(text), key=lambda c: c[:3]):
        if start < reach:
            continue
        if any(start < b_end and b_start < end for b_start, b_end in blocked):
            continue
        chosen.append((start, end, name, year, make))
        reach = end
    return chosen


def _single_year(attrs: dict) -> int | None:
    years = {v[:4] for k, v in attrs.items() if k in ("when", "from", "to", "notBefore", "notAfter")}
    return int(years.pop()) if len(years) == 1 else None


def find_dates(text: str, context: Context | None = None, exceptions=()) -> list[DateMatch]:
    """The date expressions in `text`, in order; `context` is read and updated.

    The context year moves with dates that print a month and a year; a bare year ("in 1953")
    only sets it when there is none yet, since bare years are more often retrospective asides
    and publication years than the narrative's time (measured on the five documents).
    """
    context = context if context is not None else Context()
    found = []
    for start, end, name, year, make in _select(text, exceptions):
        supplied = year is None or year == THAT_YEAR
        given = ((context.last or context.year) if year == THAT_YEAR else context.year) if supplied else year
        attrs = {}
        if given is not None:
            try:
                attrs = make(given)
            except ValueError:  # e.g. 29 February in a context year that is not a leap year
                attrs = {}
            if attrs and problems(attrs):
                attrs = {}
            if attrs and supplied:
                attrs["evidence"] = "conjecture"
        printed = _single_year(attrs) if attrs and not supplied and year != NO_CONTEXT else None
        if printed:
            context.last = printed
            if not context.fixed and (name != "year" or context.year is None):
                context.year = printed
        found.append(DateMatch(start, end, text[start:end], name, attrs))
    return found
