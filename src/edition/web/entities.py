"""The indexes of places and of organisations and one page per entry, with JSON twins: the
index of persons' code path (counts from the first pass, occurrences quoted on demand, in
context, linked back to the place) over the other registers.

`entries` builds each list (the one place to wrap for paging); `occurrences` is what every
entry page (a person's too) lists: its mentions per document, names in titles of works apart.
"""

from itertools import groupby

from flask import jsonify, render_template

from ..search.fold import fold
from . import chronology
from .humandate import human
from .links import link
from .state import cached_page, corpus, entity_or_404

OTHER = "other"  # the letter of names that do not begin with a letter a-z once folded
LABELS = {  # register -> (the index's title, one entry, its page's endpoint)
    "persons": ("Index of persons", "person", "person"),
    "places": ("Index of places", "place", "place"),
    "organisations": ("Index of organisations", "organisation", "organisation"),
}


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


def entries(c, register: str) -> list[dict]:
    """The index's entries, by name: each with its mentions per document (counted, not quoted)."""
    counts, known = c.index.by_entity[register], c.entries(register)
    return [{"entry": e, "mentions": sum(counts.get(e.id, {}).values()), "parent": known.get(e.parent or ""),
             "dates": _dates(e), "documents": [(c.documents[d], n) for d, n in counts.get(e.id, {}).items()]}
            for e in known.values()]


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


def index(register: str):
    c = corpus()

    def make():
        found = entries(c, register)
        groups = [(letter, list(items)) for letter, items in groupby(found, key=lambda e: letter_of(e["entry"].name))]
        return render_template("entities.html", register=register, labels=LABELS[register], groups=groups,
                               total=len(found), named=sum(1 for e in found if e["mentions"]),
                               twin="api_" + register, twin_args={})
    return cached_page((register,), make)


def api_index(register: str):
    c = corpus()
    endpoint = LABELS[register][2]
    return jsonify({register: [
        {**entry_json(e["entry"]), "mentions": e["mentions"],
         "documents": [{"id": d.id, "mentions": n} for d, n in e["documents"]],
         "url": link(endpoint, entity_id=e["entry"].id)} for e in entries(c, register)]})


def page(register: str, entity_id: str):
    c = corpus()
    entry = entity_or_404(register, entity_id)

    def make():
        found = occurrences(c, c.entity_mentions[register].get(entry.id, []))
        sources = c.register_sources(register)
        return render_template("entity.html", register=register, labels=LABELS[register], entry=entry,
                               related=_related(c, register, entry), dates=_dates(entry), occurrences=found,
                               mentions=sum(len(refs) for _, refs, _ in found),
                               titles=sum(len(ts) for _, _, ts in found),
                               documents=sum(1 for _, refs, _ in found if refs),
                               sources=[sources[s] for s in entry.sources if s in sources],
                               dated=chronology.dated_counts(c, "places").get(entry.id, 0) if register == "places" else 0,
                               twin="api_" + LABELS[register][2], twin_args={"entity_id": entry.id})
    return cached_page((register, entry.id), make)


def api_entry(register: str, entity_id: str):
    c = corpus()
    entry = entity_or_404(register, entity_id)
    return jsonify({**entry_json(entry), "occurrences": [
        {**m.to_json(), "url": link("document", doc_id=m.doc_id, _anchor=m.anchor)}
        for m in c.entity_mentions[register].get(entry.id, [])]})
