"""/search/?q=…: full-text search with keyword-in-context results grouped by document, its JSON
twin /api/search.json, and the static site's index (/search-index.json) and client (search.js).

The engine is edition.search (docs/search.md). Each result links to its place in the reading
view with the matched words as `?hl=` parameters, which edition.js marks on arrival; the link
works without them (the fragment alone is the place). In the static export (STATIC_EXPORT) the
page has no results of its own: search.js answers the same form from search-index.json.
"""

from urllib.parse import urlencode

from flask import current_app, jsonify, render_template, request, send_file

from ..search import api
from ..search.static import client_script, dumps, static_index
from .links import link
from .state import corpus, edition

MAX_QUERY = 500  # characters: longer input is cut, never an error


def _arguments() -> tuple[str, str, str]:
    q = (request.args.get("q") or "").strip()[:MAX_QUERY]
    return q, (request.args.get("doc") or "").strip(), (request.args.get("person") or "").strip()


def highlights(unit: dict) -> list[str]:
    """The distinct words the unit matched, as written in it: what the document page marks."""
    return list(dict.fromkeys(part["text"].strip() for part in unit["snippet"] if part["hit"] and part["text"].strip()))


def result_url(doc_id: str, unit: dict) -> str:
    terms = highlights(unit)
    query = ("?" + urlencode([("hl", t) for t in terms])) if terms else ""
    return link("document", doc_id=doc_id) + query + unit["fragment"]


def results(q: str, doc: str, person: str) -> dict | None:
    """The engine's answer with a `url` on each unit, or None when nothing was asked."""
    if not (q or doc or person):
        return None
    found = api.search(edition().search_index(), q, doc=doc or None, person=person or None)
    for group in found["documents"]:
        for unit in group["units"]:
            unit["url"] = result_url(group["doc_id"], unit)
    return found


def page():
    q, doc, person = _arguments()
    static = bool(current_app.config.get("STATIC_EXPORT"))
    found = None if static else results(q, doc, person)
    c = corpus()
    people = sorted((p for p in c.persons.values() if c.mentions.get(p.id)), key=lambda p: p.inverted.casefold())
    twin_args = {k: v for k, v in (("q", q), ("doc", doc), ("person", person)) if v}
    return render_template("search.html", q=q, doc=doc, person=person, found=found, static=static,
                           documents=list(c.documents.values()), people=people,
                           twin="api_search" if found is not None else None, twin_args=twin_args)


def api_search():
    q, doc, person = _arguments()
    return jsonify(results(q, doc, person) or api.search(edition().search_index(), ""))


def index_json():
    return current_app.response_class(dumps(static_index(edition().search_index())) + "\n", mimetype="application/json")


def script():
    return send_file(client_script(), mimetype="text/javascript", max_age=0)
