"""The index of persons (by name or by frequency, all documents or one) and one page per
person, with JSON twins.

Every ordering and filter is a URL of its own (/persons/by-frequency/, /persons/in/<doc>/…),
so each is a page of the static export too. Names inside titles of works (*Staline au
Pouvoir*) are counted apart from references to the person: a frequency is of references.
"""

from itertools import groupby

from flask import jsonify, render_template

from .links import link
from .state import cached_page, corpus, document_or_404, person_or_404

ORDERS = ("name", "frequency")


def _entry(c, person, doc_id: str | None) -> dict:
    counts = c.counts_of(person.id)
    scope = [counts[doc_id]] if doc_id else list(counts.values())
    return {"person": person, "mentions": sum(r for r, _ in scope), "titles": sum(t for _, t in scope),
            "documents": [(c.documents[d], r, t) for d, (r, t) in counts.items()]}


def entries(c, order: str, doc_id: str | None) -> list[dict]:
    """The index's entries: every person (or those the document names), in the asked order."""
    people = (p for p in c.persons.values() if doc_id is None or doc_id in c.counts_of(p.id))
    found = [_entry(c, p, doc_id) for p in people]
    if order == "frequency":  # stable: equal counts stay in the order of names
        found.sort(key=lambda e: (-e["mentions"], -e["titles"]))
    return found


def _letter(person) -> str:
    first = (person.surname or person.name)[:1].upper()
    return first if first.isalpha() else "#"


def index(order: str, doc_id: str | None = None):
    c = corpus()
    doc = document_or_404(doc_id) if doc_id else None

    def make():
        found = entries(c, order, doc_id)
        groups = ([(letter, list(items)) for letter, items in groupby(found, key=lambda e: _letter(e["person"]))]
                  if order == "name" else [("", found)])
        twin = ("api_persons" if order == "name" else "api_persons_by_frequency") + ("_in" if doc else "")
        return render_template("persons.html", groups=groups, total=len(found), order=order, doc=doc,
                               documents=list(c.documents.values()), twin=twin,
                               twin_args={"doc_id": doc.id} if doc else {})
    return cached_page(("persons", order, doc_id), make)


def api_index(order: str, doc_id: str | None = None):
    c = corpus()
    if doc_id:
        document_or_404(doc_id)
    return jsonify({"order": order, "document": doc_id, "persons": [
        {**e["person"].to_json(), "mentions": e["mentions"], "in_titles": e["titles"],
         "documents": [{"id": d.id, "mentions": r, "in_titles": t} for d, r, t in e["documents"]],
         "url": link("person", person_id=e["person"].id)} for e in entries(c, order, doc_id)]})


def _occurrences(c, person_id):
    """[(document, references, names in titles of works)] in the edition's order of documents."""
    by_doc: dict[str, list] = {}
    for m in c.mentions.get(person_id, []):
        by_doc.setdefault(m.doc_id, []).append(m)
    return [(doc, [m for m in by_doc[doc.id] if not m.in_title], [m for m in by_doc[doc.id] if m.in_title])
            for doc in c.documents.values() if doc.id in by_doc]


def page(person_id: str):
    c = corpus()
    person = person_or_404(person_id)

    def make():
        occurrences = _occurrences(c, person.id)
        return render_template("person.html", person=person, occurrences=occurrences,
                               mentions=sum(len(refs) for _, refs, _ in occurrences),
                               titles=sum(len(ts) for _, _, ts in occurrences),
                               documents=sum(1 for _, refs, _ in occurrences if refs),
                               twin="api_person", twin_args={"person_id": person.id})
    return cached_page(("person", person.id), make)


def api_person(person_id: str):
    c = corpus()
    person = person_or_404(person_id)
    return jsonify({**person.to_json(), "occurrences": [
        {**m.to_json(), "url": link("document", doc_id=m.doc_id, _anchor=m.anchor)} for m in c.mentions.get(person.id, [])]})
