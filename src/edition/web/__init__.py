"""The viewer: a Flask app serving the edition from a folder of TEI files.

`create_app` only wires things up: configuration, URL converters, the one blueprint of
routes (routes.py), error pages and security headers. Views live in their own modules.
"""

import datetime as _dt
import os
from pathlib import Path

from flask import Flask

from .. import __version__

DEFAULTS = {
    "TEI_DIR": "tei",
    "CACHE_SIZE": 64,
    "CORPUS_CACHE": 256,  # documents whose quoted mentions, dates and apparatus are kept (corpus.py)
    "SEARCH_JOBS": 1,  # processes reading files for the search index's build (store.py; `serve --jobs`)
    "BASE_URL": "",  # the public address, e.g. https://example.org/edition/ (canonical.py); "" = unknown
    "EDITION_TITLE": "The Soviet Purges: Five Documents",
    "ENCODING_DOC": None,
    "JSON_SORT_KEYS": False,
}


def build_date() -> str:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc) if epoch and epoch.isdigit() else _dt.datetime.now(_dt.timezone.utc)
    return when.date().isoformat()


def create_app(config: dict | None = None) -> Flask:
    from . import canonical, dts, errors, paging, routes, security
    from ..dates.human import human
    from .links import link
    from .state import Edition

    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config["BUILD_DATE"] = build_date()
    app.config.update(config or {})
    app.json.sort_keys = False
    app.extensions["edition"] = Edition(Path(app.config["TEI_DIR"]), int(app.config["CACHE_SIZE"]),
                                          int(app.config["CORPUS_CACHE"]))
    app.extensions["edition_routes"] = routes.ROUTES  # for views that list pages (sitemap.py)
    app.url_map.converters.update(routes.CONVERTERS)
    app.url_map.strict_slashes = True
    app.register_blueprint(routes.blueprint(), url_prefix=None)
    errors.register(app)
    dts.register(app)
    security.register(app)
    app.jinja_env.filters["human_date"] = human
    app.jinja_env.globals.update(link=link, page_holding=paging.holding, version=__version__, routes=routes.ROUTES,
                                 citation_url=canonical.citation_url, public_url=canonical.public_url)
    return app
