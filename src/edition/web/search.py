"""/search/?q=…: full-text search with keyword-in-context results by relevance, its JSON
twin /api/search.json, and the static site's client (search.js).

The engine is edition.search (docs/search.md). Each result links to its place in the reading
view with the matched words as `?hl=` parameters, which edition.js marks on arrival; the link
works without them (the fragment alone is the place). In the static export (STATIC_EXPORT) the
page has no results of its own: search.js answers the same form from the sharded index the
export writes beside it (search/index/, edition.search.static).

Results come a page at a time (`page`, `page_size`; api.PAGE_SIZE units by default), with the
totals and `next`/`prev` links, identical in the HTML page and its JSON twin. The index is
edition.search.store's: a cached file reused across restarts, synced only when a file changed.
"""

import hashlib
import json
from urllib.parse import urlencode

from flask import current_app, jsonify, render_template, request

from ..search import api
from ..search.static import client_source
from ..search.store import SearchStore
from ..cache import BoundedCache
from . import suggest
from .links import link
from .state import edition

MAX_QUERY = 500  # characters: longer input is cut, never an error
ANSWERS = 256  # pages of results kept, rendered, per app (at most ANSWER_BYTES in all)
ANSWER_BYTES = 32 * 1024 * 1024


def _store(app=None) -> SearchStore:
    app = app or current_app
    store = app.extensions.get("edition_search")
    if store is None:
        store = app.extensions.setdefault(
            "edition_search", SearchStore(app.extensions["edition"].folder, int(app.config["SEARCH_JOBS"])))
    return store


def stop_search(app) -> None:
    """The viewer is stopping: a sync of its index gives up at its next document."""
    _store(app).stopping.set()


def search_index():
    """The app's search index, synced with the files only when the corpus signature changed
    (while another request syncs it, as it was before)."""
    ed = edition()
    return _store().current(ed.signature(), lambda: list(ed.document_paths().values()), ed.persons_path())


def _answer(build) -> str:
    """The body of this URL's answer, kept until a file of the edition changes and the index
    has caught up with it (an answer from the previous index, during a sync, is not kept past
    it): reloading a page of results, its JSON twin and paging back cost a lookup. Its own
    cache, so searches never push the document pages out of the viewer's."""
    cache = current_app.extensions.get("edition_search_answers")
    if cache is None:
        cache = current_app.extensions.setdefault("edition_search_answers", BoundedCache(ANSWERS, ANSWER_BYTES))
    return cache.get(request.full_path, build, signature=(edition().signature(), _store().synced))


def _number(name: str, default: int) -> int:
    value = request.args.get(name) or ""
    return int(value) if value.isdigit() and 0 < len(value) < 7 else default  # bad input: the default


def _arguments() -> tuple[str, str, str]:
    q = (request.args.get("q") or "").strip()[:MAX_QUERY]
    doc, person = ((request.args.get(n) or "").strip()[:suggest.MAX_TYPED] for n in ("doc", "person"))
    return q, suggest.resolve("doc", doc), suggest.resolve("person", person)


def highlights(unit: dict) -> list[str]:
    """The distinct words the unit matched, as written in it: what the document page marks."""
    return list(dict.fromkeys(part["text"].strip() for part in unit["snippet"] if part["hit"] and part["text"].strip()))


def result_url(doc_id: str, unit: dict, base: str | None = None) -> str:
    terms = highlights(unit)
    query = ("?" + urlencode([("hl", t) for t in terms])) if terms else ""
    return (base or link("document", doc_id=doc_id)) + query + unit["fragment"]


def _page_link(endpoint: str, q: str, doc: str, person: str, number: int, size: int) -> str:
    args = [(k, v) for k, v in (("q", q), ("doc", doc), ("person", person)) if v]
    args += [("page", str(number))] + ([("page_size", str(size))] if size != api.PAGE_SIZE else [])
    return link(endpoint) + "?" + urlencode(args)


def results(q: str, doc: str, person: str, endpoint: str = "search") -> dict | None:
    """The engine's answer for the asked page, with a `url` on each unit and `next`/`prev`
    links (to `endpoint`), or None when nothing was asked."""
    if not (q or doc or person):
        return None
    size = _number("page_size", api.PAGE_SIZE)
    found = api.search(search_index(), q, doc=doc or None, person=person or None,
                       page=_number("page", 1), page_size=size)
    bases: dict[str, str] = {}  # once a document: url_for is most of a unit's cost
    for unit in found["results"]:
        if unit["doc_id"] not in bases:
            bases[unit["doc_id"]] = link("document", doc_id=unit["doc_id"])
        unit["url"] = result_url(unit["doc_id"], unit, bases[unit["doc_id"]])
    for group in found["documents"]:  # each document's passages alone: the same search, filtered
        group["url"] = _page_link(endpoint, q, group["doc_id"], person, 1, size)
    number, size = found["page"], found["page_size"]
    found["prev"] = _page_link(endpoint, q, doc, person, number - 1, size) if number > 1 else None
    found["next"] = _page_link(endpoint, q, doc, person, number + 1, size) if number < found["pages"] else None
    return found


def page():
    return _answer(_page)


def _page() -> str:
    q, doc, person = _arguments()
    static = bool(current_app.config.get("STATIC_EXPORT"))
    found = None if static else results(q, doc, person)
    documents, people = suggest.options()
    twin_args = {k: v for k, v in (("q", q), ("doc", doc), ("person", person)) if v}
    if found is not None and found["page"] > 1:
        twin_args["page"] = found["page"]
    if found is not None and found["page_size"] != api.PAGE_SIZE:
        twin_args["page_size"] = found["page_size"]
    return render_template("search.html", q=q, doc=doc, person=person, found=found, static=static,
                           document_options=documents, person_options=people,
                           twin="api_search" if found is not None else None, twin_args=twin_args)


def api_search():
    body = _answer(lambda: json.dumps(_api_found(), ensure_ascii=False, separators=(",", ":")) + "\n")
    return current_app.response_class(body, mimetype="application/json")


def _api_found() -> dict:
    q, doc, person = _arguments()
    found = results(q, doc, person, "api_search")
    return found or api.search(search_index(), "", page=1) | {"prev": None, "next": None}


def script():
    source = client_source()
    response = current_app.response_class(source, mimetype="text/javascript")
    response.set_etag(hashlib.sha256(source.encode("utf-8")).hexdigest())
    response.cache_control.max_age = 0  # revalidated each time: the ETag answers 304 when unchanged
    return response.make_conditional(request)
