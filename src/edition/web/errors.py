"""Helpful error pages: a 404 says what was not found and offers the nearest ids; /api/ errors are JSON."""

import difflib

from flask import g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from .state import corpus


def _suggestions(kind: str, wanted: str) -> list:
    c = corpus()
    pool = c.documents if kind == "document" else c.persons
    names = difflib.get_close_matches(wanted, list(pool), n=3, cutoff=0.5)
    return [pool[n] for n in names]


def handle(exc: HTTPException):
    g.absolute_links = True  # an error page may sit at any depth: root links always resolve
    what = exc.description if isinstance(exc.description, tuple) else None
    if request.path.startswith("/api/"):
        body = {"error": exc.name, "status": exc.code}
        if what:
            body["not_found"] = {"kind": what[0], "id": what[1]}
        return jsonify(body), exc.code
    suggestions = _suggestions(*what) if what and exc.code == 404 else []
    return render_template("error.html", error=exc, what=what, suggestions=suggestions,
                           documents=list(corpus().documents.values())), exc.code


def register(app) -> None:
    app.register_error_handler(HTTPException, handle)
