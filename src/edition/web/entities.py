"""The indexes of places and of organisations and one page per entry, with JSON twins: the
index of persons' code path (counts from the first pass, occurrences quoted on demand, in
context, linked back to the place) over the other registers.

What every index's lists hold is decided here, for persons too: all entries, those filed under
a letter (`filed_under`), those a document names (`selected`), and how many pages each takes
(`index_pages`: /places/page/2/, /places/letter/m/, /places/in/<doc>/…), and what every entry's
page (a person's too) lists: its mentions per document, names in titles of works apart, a page
of documents at a time (`occurrence_page`: /places/<id>/page/2/).
"""

import dataclasses
from itertools import groupby

from flask import abort, jsonify, render_template

from ..search.fold import fold
from ..dates.human import human
from ..tei.registers import NOUNS
from . import paging
from .links import link
from .state import cached_page, corpus, document_or_404, entity_or_404

OTHER = "other"  # the letter of names that do not begin with a letter a-z once folded
DOCUMENTS_SHOWN = 5  # an index entry names its documents when at most this many (else how many)
DOCUMENTS_LISTED = 20  # an index's filters name each document up to this many; above, the front page does
# register -> (the index's title, one entry, its page's endpoint)
LABELS = {register: (f"Index of {register}", noun, noun) for register, noun in NOUNS.items()}


def letter_of(name: str) -> str:
    """The letter every index files a name under: its first letter folded (Ž -> z, É -> e)."""
    first = fold(name[:1])[:1]
    return first if "a" <= first <= "z" else OTHER


def occurrences(c, mentions) -> list:
    """[(document, references, names in titles of works)] in the edition's order of documents."""
    by_doc: dict[str, list] = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    return [(doc, [m for m in by_doc[doc.id] if not m.in_title], [m for m in by_doc[doc.id] if m.in_title])
            for doc in c.documents.values() if doc.id in by_doc]


def occurrence_pages(register: str):
    """How many pages an entry's occurrences take, a page of documents each (routes.py: the
    export's pages of /persons/<id>/, /places/<id>/…)."""
    def pages(c, entity_id: str = "", person_id: str = "") -> int:
        return paging.count(len(c.index.by_entity[register].get(entity_id or person_id, {})), paging.size("occurrences"))
    return pages


def occurrence_page(c, register: str, entry_id: str, number: int, endpoint: str, **values) -> tuple:
    """Page `number` of an entry's occurrences, whose first page is `endpoint` with URL `values`:
    the page (of document ids), the mentions in those documents (only theirs are quoted), and
    totals over every document from the first pass's counts (nothing else is read)."""
    counts = c.counts_of(entry_id, register)
    page = paging.page_of(list(counts), number, paging.size("occurrences"), endpoint, **values)
    quoted = c.entity_mentions[register].get(entry_id)
    mentions, titles = counts.totals()
    totals = {"mentions": mentions, "titles": titles, "documents": sum(1 for r, _ in counts.values() if r)}
    return page, quoted.in_documents(page.items) if quoted else [], totals


def filed_under(register: str, entry) -> str:
    """The letter an index files an entry under: a person by surname, any other entry by name."""
    return letter_of(getattr(entry, "surname", "") or entry.name)


def letters(c, register: str) -> list[str]:
    """The letters some entry of the register is filed under, in order (OTHER last)."""
    found = {filed_under(register, e) for e in c.entries(register).values()}
    return sorted(found - {OTHER}) + ([OTHER] if OTHER in found else [])


def each_letter(register: str):
    """The letter pages of a register's index (routes.py)."""
    return lambda c: [{"letter": letter} for letter in letters(c, register)]


def selected(c, register: str, doc_id: str | None = None, letter: str | None = None) -> list:
    """The entries a list of the index holds, in the order of names: every one, those a document
    names, or those under a letter (dict lookups only: the export counts the pages of every list)."""
    named = c.index.by_entity[register]
    return [e for e in c.entries(register).values() if (doc_id is None or doc_id in named.get(e.id, ()))
            and (letter is None or filed_under(register, e) == letter)]


def index_pages(register: str):
    """How many pages each list of a register's index has (routes.py: the export's pages)."""
    def pages(c, doc_id: str | None = None, letter: str | None = None) -> int:
        return paging.count(len(selected(c, register, doc_id, letter)), paging.size(register))
    return pages


def listed(c, register: str, doc_id: str | None, letter: str | None, number: int, endpoint: str, values: dict):
    """Page `number` of a list of the index, whose first page is `endpoint` with URL `values`
    (404 for an unknown document or a letter no entry is filed under)."""
    if doc_id:
        document_or_404(doc_id)
    if letter is not None and letter not in letters(c, register):
        abort(404)
    return paging.page_of(selected(c, register, doc_id, letter), number, paging.size(register), endpoint, **values)


class Naming:
    """The documents naming an entry as its index line shows them, [row(document, counts)]:
    counted at once, listed only when iterated, which an index does for a few documents only
    (at 1,000 documents a list per entry per index page was an eighth of the build's CPU)."""

    def __init__(self, documents: dict, per_doc: dict, row):
        self._documents, self._per_doc, self._row = documents, per_doc, row

    def __len__(self) -> int:
        return len(self._per_doc)

    def __iter__(self):
        return (self._row(self._documents[d], v) for d, v in self._per_doc.items())


def entries(c, register: str, chosen, doc_id: str | None = None) -> list[dict]:
    """Index entries of the `chosen` register entries: each with its mentions per document
    (counted, not quoted; in one document only, given `doc_id`)."""
    counts, known = c.index.by_entity[register], c.entries(register)
    out = []
    for e in chosen:
        per_doc = counts.get(e.id, {})
        out.append({"entry": e, "mentions": per_doc.get(doc_id, 0) if doc_id else sum(per_doc.values()),
                    "parent": known.get(e.parent or ""), "dates": _dates(e),
                    "documents": Naming(c.documents, per_doc, lambda doc, n: (doc, n))})
    return out


def _related(c, register: str, entry) -> dict:
    """The entries this one points to or that point to it, as entries (ids that name none dropped)."""
    known = c.entries(register)
    inside = [e for e in known.values() if e.parent == entry.id]
    related = {"parent": known.get(entry.parent) if entry.parent else None, "parts": inside, "chain": []}
    up = related["parent"]
    while up is not None and up not in related["chain"]:
        related["chain"].insert(0, up)
        up = known.get(up.parent) if up.parent else None
    for kind in ("predecessor", "successor"):
        related[kind] = [known[i] for i in getattr(entry, kind, ()) if i in known]
    return related


def _dates(entry) -> str:
    start, end = getattr(entry, "start", ""), getattr(entry, "end", "")
    return " – ".join(x for x in (human(start) or "?", human(end) or "") if x) if start or end else ""


def entry_json(entry) -> dict:
    out = {"id": entry.id, "name": entry.name, "type": entry.type or None,
           "variants": [{"name": v.text, "type": v.type, "lang": v.lang or None} for v in entry.variants],
           "parent": entry.parent, "note": entry.note or None}
    if hasattr(entry, "geo"):
        out["geo"] = {"lat": entry.geo[0], "long": entry.geo[1]} if entry.geo else None
    if hasattr(entry, "start"):
        out.update({"from": entry.start or None, "to": entry.end or None,
                    "predecessors": list(entry.predecessor), "successors": list(entry.successor)})
    return out


def _endpoint(register: str, doc_id: str | None, letter: str | None) -> tuple[str, dict]:
    """The list's first page and its URL values."""
    if letter:
        return f"{register}_letter", {"letter": letter}
    return (f"{register}_in", {"doc_id": doc_id}) if doc_id else (register, {})


def _page(c, register: str, doc_id: str | None, letter: str | None, number: int) -> paging.Page:
    endpoint, values = _endpoint(register, doc_id, letter)
    page = listed(c, register, doc_id, letter, number, endpoint, values)
    return dataclasses.replace(page, items=entries(c, register, page.items, doc_id))


def index(register: str, doc_id: str | None = None, letter: str | None = None, number: int = 1):
    c = corpus()

    def make():
        page = _page(c, register, doc_id, letter, number)
        groups = [(key, list(items)) for key, items in groupby(page.items, key=lambda e: filed_under(register, e["entry"]))]
        twin = "api_" + page.endpoint
        return render_template("entities.html", register=register, labels=LABELS[register], groups=groups,
                               page=page, doc=c.document(doc_id) if doc_id else None, letter=letter,
                               letters=letters(c, register), documents=list(c.documents.values()),
                               documents_shown=DOCUMENTS_SHOWN, documents_listed=DOCUMENTS_LISTED,
                               registered=len(c.entries(register)),
                               named=sum(1 for i in c.entries(register) if i in c.index.by_entity[register]),
                               twin=twin if number == 1 else twin + paging.SUFFIX,
                               twin_args={**page.values, **({"number": number} if number > 1 else {})})
    return cached_page((register, doc_id, letter, number), make)


def api_index(register: str, doc_id: str | None = None, letter: str | None = None, number: int = 1):
    c = corpus()
    page = _page(c, register, doc_id, letter, number)
    endpoint = LABELS[register][2]
    return jsonify({"document": doc_id, "letter": letter, **page.to_json("api_" + page.endpoint), register: [
        {**entry_json(e["entry"]), "mentions": e["mentions"], "documents_naming": len(e["documents"]),
         "documents": [{"id": d.id, "mentions": n} for d, n in e["documents"]] if len(e["documents"]) <= DOCUMENTS_SHOWN else [],
         "url": link(endpoint, entity_id=e["entry"].id)} for e in page.items]})


def page(register: str, entity_id: str, number: int = 1):
    c = corpus()
    entry = entity_or_404(register, entity_id)
    endpoint = LABELS[register][2]

    def make():
        pages, mentions, totals = occurrence_page(c, register, entry.id, number, endpoint, entity_id=entry.id)
        sources = c.register_sources(register)
        return render_template("entity.html", register=register, labels=LABELS[register], entry=entry,
                               related=_related(c, register, entry), dates=_dates(entry),
                               occurrences=occurrences(c, mentions), page=pages, **totals,
                               sources=[sources[s] for s in entry.sources if s in sources],
                               dated=c.index.dated.get(register, {}).get(entry.id, 0),
                               twin=f"api_{endpoint}" + (paging.SUFFIX if number > 1 else ""),
                               twin_args={"entity_id": entry.id, **({"number": number} if number > 1 else {})})
    return cached_page((register, entry.id, number), make)


def api_entry(register: str, entity_id: str, number: int = 1):
    c = corpus()
    entry = entity_or_404(register, entity_id)
    endpoint = LABELS[register][2]
    pages, mentions, _ = occurrence_page(c, register, entry.id, number, endpoint, entity_id=entry.id)
    return jsonify({**entry_json(entry), **pages.to_json(f"api_{endpoint}"), "occurrences": [
        {**m.to_json(), "url": link("document", doc_id=m.doc_id, _anchor=m.anchor)} for m in mentions]})
