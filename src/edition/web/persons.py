"""The index of persons (by name or by frequency, all documents or one) and one page per
person, with JSON twins.

Every ordering and filter is a URL of its own (/persons/by-frequency/, /persons/in/<doc>/…,
/persons/letter/<l>/), and every list is paged (paging.py: /persons/page/2/…), so each is a
page of the static export too. Names inside titles of works (*Staline au Pouvoir*) are counted
apart from references to the person: a frequency is of references. An entry names its
documents when they are at most DOCUMENTS_SHOWN (else how many: the person's pages list them);
a person's page quotes the occurrences of one page of documents (paging.SIZES).
"""

import dataclasses
from itertools import groupby

from flask import jsonify, render_template

from . import entities, paging
from .entities import DOCUMENTS_LISTED, DOCUMENTS_SHOWN, occurrences as occurrences_of
from .links import link
from .state import cached_page, corpus, person_or_404

ORDERS = ("name", "frequency")
REGISTER = "persons"


def _entry(c, person, doc_id: str | None) -> dict:
    counts = c.counts_of(person.id)
    mentions, titles = counts[doc_id] if doc_id else counts.totals()
    return {"person": person, "mentions": mentions, "titles": titles,
            "documents": entities.Naming(c.documents, counts, lambda doc, counted: (doc, *counted))}


def entries(c, order: str, doc_id: str | None, letter: str | None = None) -> list[dict]:
    """The index's entries: every person (or those the document names, or a letter's), in the asked order."""
    found = [_entry(c, p, doc_id) for p in entities.selected(c, REGISTER, doc_id, letter)]
    if order == "frequency":  # stable: equal counts stay in the order of names
        found.sort(key=lambda e: (-e["mentions"], -e["titles"]))
    return found


def letter_of(person) -> str:
    """The letter a person is listed under: the first letter of the surname, folded (Ž -> z)."""
    return entities.filed_under(REGISTER, person)


def letters(c) -> list[str]:
    """The letters some person is listed under, in order (OTHER last)."""
    return entities.letters(c, REGISTER)


each_letter = entities.each_letter(REGISTER)
index_pages = entities.index_pages(REGISTER)  # how many pages a list of the index has, in either order


def _endpoint(order: str, doc, letter: str | None) -> tuple[str, dict]:
    """The list's first page and its URL values."""
    if letter:
        return "persons_letter", {"letter": letter}
    return ("persons" if order == "name" else "persons_by_frequency") + ("_in" if doc else ""), \
        ({"doc_id": doc.id} if doc else {})


def _page(c, order: str, doc_id: str | None, letter: str | None, number: int) -> tuple:
    doc = c.document(doc_id) if doc_id else None
    endpoint, values = _endpoint(order, doc, letter)
    page = entities.listed(c, REGISTER, doc_id, letter, number, endpoint, values)  # 404s; in the order of names
    if order == "frequency":
        return doc, paging.page_of(entries(c, order, doc_id, letter), number, paging.size(REGISTER), endpoint, **values)
    return doc, dataclasses.replace(page, items=[_entry(c, p, doc_id) for p in page.items])


def index(order: str, doc_id: str | None = None, letter: str | None = None, number: int = 1):
    c = corpus()

    def make():
        doc, page = _page(c, order, doc_id, letter, number)
        groups = ([(key, list(items)) for key, items in groupby(page.items, key=lambda e: letter_of(e["person"]))]
                  if order == "name" else [("", page.items)])
        twin = "api_" + page.endpoint
        return render_template("persons.html", groups=groups, page=page, order=order, doc=doc, letter=letter,
                               letters=letters(c), documents=list(c.documents.values()),
                               documents_shown=DOCUMENTS_SHOWN, documents_listed=DOCUMENTS_LISTED,
                               twin=twin if number == 1 else twin + paging.SUFFIX,
                               twin_args={**page.values, **({"number": number} if number > 1 else {})})
    return cached_page(("persons", order, doc_id, letter, number), make)


def api_index(order: str, doc_id: str | None = None, letter: str | None = None, number: int = 1):
    c = corpus()
    doc, page = _page(c, order, doc_id, letter, number)
    return jsonify({"order": order, "document": doc_id, "letter": letter, **page.to_json("api_" + page.endpoint),
                    "persons": [
        {**e["person"].to_json(), "mentions": e["mentions"], "in_titles": e["titles"],
         "documents_naming": len(e["documents"]),  # listed below when at most DOCUMENTS_SHOWN (the person's pages list all)
         "documents": [{"id": d.id, "mentions": r, "in_titles": t} for d, r, t in e["documents"]
                       ] if len(e["documents"]) <= DOCUMENTS_SHOWN else [],
         "url": link("person", person_id=e["person"].id)} for e in page.items]})


person_pages = entities.occurrence_pages(REGISTER)  # how many pages a person's occurrences take


def _person_page(c, person, number: int):
    return entities.occurrence_page(c, REGISTER, person.id, number, "person", person_id=person.id)


def page(person_id: str, number: int = 1):
    c = corpus()
    person = person_or_404(person_id)

    def make():
        pages, mentions, totals = _person_page(c, person, number)
        return render_template("person.html", person=person, occurrences=occurrences_of(c, mentions), page=pages,
                               dated=c.index.dated["persons"].get(person.id, 0), **totals,
                               twin="api_person" + (paging.SUFFIX if number > 1 else ""),
                               twin_args={"person_id": person.id, **({"number": number} if number > 1 else {})})
    return cached_page(("person", person.id, number), make)


def api_person(person_id: str, number: int = 1):
    c = corpus()
    person = person_or_404(person_id)
    pages, mentions, _ = _person_page(c, person, number)
    return jsonify({**person.to_json(), **pages.to_json("api_person"), "occurrences": [
        {**m.to_json(), "url": link("document", doc_id=m.doc_id, _anchor=m.anchor)} for m in mentions]})
