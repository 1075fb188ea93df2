"""/sitemap.xml: every HTML page of the route table at its public address (sitemaps.org 0.9).

A sitemap must give absolute URLs, so it exists only when the edition has a base URL
(canonical.py); without one it is a 404 and the static export leaves it out.
"""

from xml.sax.saxutils import escape

from flask import abort, current_app

from . import canonical
from .state import corpus

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def pages(c) -> list[dict]:
    """The sitemap's own entry in the route table: one page, when there is a base URL."""
    return [{}] if canonical.base_url() else []


def sitemap():
    if not canonical.base_url():
        abort(404)
    c = corpus()
    urls = [canonical.endpoint_url(route.endpoint, **values)  # the table is the app's: routes.py names this view
            for route in current_app.extensions["edition_routes"] if route.twin is not None for values in route.each(c)]
    lastmod = current_app.config["BUILD_DATE"]
    body = "".join(f"<url><loc>{escape(u)}</loc><lastmod>{lastmod}</lastmod></url>\n" for u in urls)
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NS}">\n{body}</urlset>\n'
    return current_app.response_class(xml, mimetype="application/xml")
