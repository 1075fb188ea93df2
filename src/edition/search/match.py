"""Whether a unit matches a Query, and where: the hits as character spans of the unit's text.

The FTS5 index finds the units; this finds the words to mark in them, with the same rules the
static client (static/client/match.js) uses to find and mark them itself: a phrase is consecutive
folded words (the last one a prefix when asked), a person alternative is every mention of
that person.
"""

from functools import lru_cache

from .extract import Unit
from .fold import token_spans as _token_spans
from .query import Alt, Query, Term


@lru_cache(maxsize=1024)  # a page's units, re-read by the next request for the same page
def token_spans(text: str) -> tuple:
    return tuple(_token_spans(text))


def _phrase_spans(spans, alt: Alt) -> list[tuple[int, int]]:
    # The last word is compared apart (it may be a prefix); the rest only where the first matches.
    words, n = alt.words, len(alt.words)
    last = words[-1]
    if n == 1:
        if alt.prefix:
            return [(s, e) for s, e, w in spans if w.startswith(last)]
        return [(s, e) for s, e, w in spans if w == last]
    first, out = words[0], []
    for i in range(len(spans) - n + 1):
        if spans[i][2] != first or any(spans[i + k][2] != words[k] for k in range(1, n - 1)):
            continue
        end = spans[i + n - 1][2]
        if end.startswith(last) if alt.prefix else end == last:
            out.append((spans[i][0], spans[i + n - 1][1]))
    return out


def _alt_spans(unit: Unit, spans, alt: Alt) -> list[tuple[int, int]]:
    if alt.person is not None:
        return [(m.start, m.end) for m in unit.mentions if m.person == alt.person]
    return _phrase_spans(spans, alt)


def _term_spans(unit: Unit, spans, term: Term) -> list[tuple[int, int]]:
    return [s for alt in term.alts for s in _alt_spans(unit, spans, alt)]


def matches(unit: Unit, query: Query) -> bool:
    if query.is_empty() or (query.docs and unit.doc_id not in query.docs):
        return False
    if not set(query.filters) <= set(unit.tokens):
        return False
    spans = token_spans(unit.text)
    return (all(_term_spans(unit, spans, t) for t in query.positive)
            and not any(_term_spans(unit, spans, t) for t in query.terms if t.negated))


def hits(unit: Unit, query: Query) -> list[tuple[int, int]]:
    """Merged, sorted spans to mark: every positive term's matches, and filtered persons, places, organisations."""
    spans = token_spans(unit.text)
    found = [s for t in query.positive for s in _term_spans(unit, spans, t)]
    found += [(m.start, m.end) for m in unit.mentions if m.person in query.filters]
    merged: list[list[int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]
