"""Helpful error pages: a 404 says what was not found and offers the nearest ids; /api/ errors are JSON."""

import difflib

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..errors import EditionError
from ..tei.registers import NOUNS
from .links import absolute_links, link
from .state import corpus


def _corpus_or_none():
    try:
        return corpus()
    except EditionError:
        return None  # the edition itself is broken: the error page must still render


# what a 404 did not find -> the register it looks in for near ids, and the URL argument of its page
POOLS = {noun: (register, "person_id" if register == "persons" else "entity_id") for register, noun in NOUNS.items()}


def _suggestions(kind: str, wanted: str) -> list:
    """[(link, label)] of the ids nearest the one asked for."""
    c = _corpus_or_none()
    if c is None:
        return []
    if kind == "document":
        pool, found = c.documents, lambda d: (link("document", doc_id=d.id), d.title)
    else:
        register, arg = POOLS[kind]
        pool, found = c.entries(register), lambda e: (link(kind, **{arg: e.id}), e.name)
    return [found(pool[n]) for n in difflib.get_close_matches(wanted, list(pool), n=3, cutoff=0.5)]


def handle(exc: HTTPException):
    absolute_links()  # an error page may sit at any depth: root links always resolve
    what = exc.description if isinstance(exc.description, tuple) else None
    if request.path.startswith("/api/"):
        body = {"error": exc.name, "status": exc.code}
        if what:
            body["not_found"] = {"kind": what[0], "id": what[1]}
        return jsonify(body), exc.code
    suggestions = _suggestions(*what) if what and exc.code == 404 else []
    return render_template("error.html", error=exc, what=what, suggestions=suggestions,
                           documents=list(c.documents.values()) if (c := _corpus_or_none()) else []), exc.code


def broken_edition(exc: EditionError):
    """A TEI file that does not parse (say, mid-edit under `edition serve`): say which and where."""
    absolute_links()
    if request.path.startswith("/api/"):
        return jsonify({"error": "edition file unusable", "message": str(exc), "status": 500}), 500
    return render_template("broken.html", message=str(exc)), 500


def register(app) -> None:
    app.register_error_handler(HTTPException, handle)
    app.register_error_handler(EditionError, broken_edition)
