"""Parse what a reader types into a Query, and turn a Query into an FTS5 expression.

The language: words (all must occur), "quoted phrases" (straight or curly quotes), `OR` between
two terms, `-word` or `NOT word` to exclude, `word*` for a prefix, `person:ID`, `place:ID`,
`org:ID` and `doc:ID` filters. Everything else is plain words: an unbalanced quote, brackets, `NEAR(`, `^`, stray
colons are folded away like any punctuation, so no input is a syntax error. The FTS5
expression is built only from folded words (letters and digits) inside double quotes, so user
text never reaches FTS5's own syntax.

A term that is a form of a person in the personography ("Yezhov", "Ежов", "Nikolai Yezhov",
also when typed as separate words) matches the words as written OR any tagged mention of that
person; a word derived from such a form ("Yezhovshchina", names.derived) also matches the
derived word in every spelling.
"""

import re
from dataclasses import dataclass, field

from .extract import entity_token
from .fold import tokens
from .names import derived

_PIECE = re.compile(r'"([^"]*)"|\u201c([^\u201d]*)\u201d|(\S+)')
_FILTER = re.compile(r"^(person|place|org|doc):([A-Za-z0-9_.\-]+)$")
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Alt:
    words: tuple[str, ...] = ()
    prefix: bool = False
    person: str | None = None


@dataclass(frozen=True)
class Term:
    alts: tuple[Alt, ...]
    negated: bool = False
    bare: bool = False  # one unquoted word: may join its neighbours into a name


@dataclass
class Query:
    text: str
    terms: list[Term] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)

    @property
    def filters(self) -> list[str]:
        """The mention tokens every result must hold: person ids, then places' and organisations' tokens."""
        return (self.persons + [entity_token("places", p) for p in self.places]
                + [entity_token("organisations", o) for o in self.orgs])

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    def is_empty(self) -> bool:
        return not self.positive and not self.filters


def parse(text: str, forms: dict[tuple[str, ...], frozenset[str]] | None = None) -> Query:
    query = Query(text)
    negate = join_or = False
    for m in _PIECE.finditer(text or ""):
        quoted = m.group(1) if m.group(1) is not None else m.group(2)
        raw = m.group(3)
        if raw in ("OR", "AND", "NOT"):
            negate, join_or = raw == "NOT", raw == "OR" and bool(query.terms)
            continue
        if raw and _FILTER.match(raw):
            kind, value = _FILTER.match(raw).groups()
            {"person": query.persons, "place": query.places, "org": query.orgs, "doc": query.docs}[kind].append(value)
            continue
        neg = negate
        if raw and raw.startswith("-") and len(raw) > 1:
            neg, raw = True, raw[1:]
        prefix = bool(raw and raw.endswith("*"))
        words = tuple(tokens(quoted if quoted is not None else raw))
        if not words:
            continue
        term = Term((Alt(words, prefix),), neg, bare=quoted is None and len(words) == 1 and not prefix)
        if join_or and not neg and query.terms and not query.terms[-1].negated:
            last = query.terms.pop()
            term = Term(last.alts + term.alts)
        query.terms.append(term)
        negate = join_or = False
    query.terms = _with_persons(query.terms, forms or {})
    return query


def _with_persons(terms: list[Term], forms) -> list[Term]:
    """Join runs of bare words that spell a name, and let each name match its person."""
    out, i = [], 0
    while i < len(terms):
        term = terms[i]
        if term.bare and not term.negated:
            for j in range(min(len(terms), i + MAX_NAME_WORDS), i + 1, -1):
                run = terms[i:j]
                words = tuple(t.alts[0].words[0] for t in run)
                if all(t.bare and not t.negated for t in run) and words in forms:
                    term, i = Term((Alt(words),)), j - 1
                    break
        out.append(_expand(term, forms))
        i += 1
    return out


def _expand(term: Term, forms) -> Term:
    alts = list(term.alts)
    for alt in term.alts:
        if alt.person is None and not alt.prefix:
            ids, spellings = forms.get(alt.words, frozenset()), ()
            if not ids and len(alt.words) == 1:
                ids, spellings = derived(alt.words[0], forms)
            for word in spellings:
                if Alt((word,)) not in alts:
                    alts.append(Alt((word,)))
            for pid in sorted(ids):
                if Alt(person=pid) not in alts:
                    alts.append(Alt(person=pid))
    return Term(tuple(alts), term.negated)


def _alt_expression(alt: Alt) -> str:
    if alt.person is not None:
        return f'persons : "{alt.person}"'
    return f'body : "{" ".join(alt.words)}"' + (" *" if alt.prefix else "")


def _term_expression(term: Term) -> str:
    return "(" + " OR ".join(_alt_expression(a) for a in term.alts) + ")"


def fts_expression(query: Query) -> str:
    """The FTS5 MATCH expression for `query` ('' when nothing positive is asked)."""
    if query.is_empty():
        return ""
    if not all(re.match(r"^[A-Za-z0-9_.\-]+$", p) for p in query.filters):
        return ""  # no mention has such an id: the filter keeps nothing (as the static client does)
    parts = [_term_expression(t) for t in query.positive]
    parts += [f'(persons : "{p}")' for p in query.filters]
    expression = " AND ".join(parts)
    for term in (t for t in query.terms if t.negated):
        expression = f"({expression}) NOT {_term_expression(term)}"
    return expression
