"""/about/: the editorial method and the encoding documentation (docs/encoding.md), licence,
how to cite. The encoding page is rendered from the same Markdown file the project documents
itself with, so the two never disagree."""

from pathlib import Path

from flask import current_app, jsonify, render_template

from .. import __version__
from ..errors import EditionError
from ..resources import data_dir
from .markdown_doc import markdown_html
from .state import corpus, edition

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def _docs_file() -> Path | None:
    configured = current_app.config.get("ENCODING_DOC")
    candidates = [Path(configured)] if configured else []
    candidates.append(edition().folder.parent / "docs" / "encoding.md")
    try:  # the wheel's copy (or the checkout's docs/), for an edition served from elsewhere
        candidates.append(data_dir("docs") / "encoding.md")
    except EditionError:
        pass
    return next((p for p in candidates if p.is_file()), None)


def _encoding_html() -> str:
    path = _docs_file()
    # prefixed ids: never clash with the page's own
    return "" if path is None else markdown_html(path, "enc-", baselevel=2)


def page():
    return render_template("about.html", encoding=_encoding_html(), licence_url=LICENCE_URL,
                           documents=list(corpus().documents.values()), twin="api_about")


def api_about():
    return jsonify({"title": current_app.config["EDITION_TITLE"], "version": __version__,
                    "build_date": current_app.config["BUILD_DATE"], "licence": LICENCE_URL,
                    "documents": len(corpus().documents), "persons": len(corpus().persons)})
