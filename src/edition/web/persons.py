"""The index of persons and one page per person, with JSON twins."""

from itertools import groupby

from flask import jsonify, render_template

from .links import link
from .state import cached_page, corpus, person_or_404


def _entry(c, person) -> dict:
    mentions = c.mentions.get(person.id, [])
    return {"person": person, "mentions": len(mentions), "documents": len(c.documents_of(person.id))}


def _letter(person) -> str:
    first = (person.surname or person.name)[:1].upper()
    return first if first.isalpha() else "#"


def index():
    c = corpus()

    def make():
        entries = [_entry(c, p) for p in c.persons.values()]
        groups = [(letter, list(items)) for letter, items in groupby(entries, key=lambda e: _letter(e["person"]))]
        return render_template("persons.html", groups=groups, total=len(entries), twin="api_persons")
    return cached_page(("persons",), make)


def api_persons():
    c = corpus()
    return jsonify({"persons": [{**p.to_json(), "mentions": e["mentions"], "documents": e["documents"],
                                 "url": link("person", person_id=p.id)}
                                for p, e in ((p, _entry(c, p)) for p in c.persons.values())]})


def _occurrences(c, person_id):
    """[(document, [mention…])] in the edition's order of documents."""
    by_doc: dict[str, list] = {}
    for m in c.mentions.get(person_id, []):
        by_doc.setdefault(m.doc_id, []).append(m)
    return [(doc, by_doc[doc.id]) for doc in c.documents.values() if doc.id in by_doc]


def page(person_id: str):
    c = corpus()
    person = person_or_404(person_id)
    return cached_page(("person", person.id), lambda: render_template(
        "person.html", person=person, occurrences=_occurrences(c, person.id),
        mentions=len(c.mentions.get(person.id, [])), twin="api_person", twin_args={"person_id": person.id}))


def api_person(person_id: str):
    c = corpus()
    person = person_or_404(person_id)
    return jsonify({**person.to_json(), "occurrences": [
        {**m.to_json(), "url": link("document", doc_id=m.doc_id, _anchor=m.anchor)} for m in c.mentions.get(person.id, [])]})
