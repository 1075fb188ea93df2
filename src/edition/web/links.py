"""Links relative to the current page, so the static export works from any folder of any server.

`/doc/x/` linking to `/persons/ezhov/` writes `../../persons/ezhov/`. Error pages (served for
any unknown path, at any depth) keep root-absolute links instead.

A page of the chronology or an index holds thousands of links, and the export renders
thousands of pages: each target is built by Flask once per app and mount point and each
relative path computed once, not once per link (they were most of the export's time).
"""

import posixpath
from functools import lru_cache

from flask import current_app, g, request, url_for

KEPT = 200_000  # targets kept per app: the URLs of a large site; past that the store starts again
RELATIVE_KEPT = 20_000  # (target, folder) pairs: a page's own links repeat, pages elsewhere need others


def relative(target: str, current: str) -> str:
    path, hashmark, fragment = target.partition("#")
    return _relative_path(path, current if current.endswith("/") else posixpath.dirname(current) + "/") + hashmark + fragment


@lru_cache(maxsize=RELATIVE_KEPT)  # without the fragment: a chronology page links 200 passages of one document
def _relative_path(path: str, base: str) -> str:
    if path == "":
        return ""
    rel = posixpath.relpath(path, base)
    if path.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel


def _target(endpoint: str, values: dict) -> str:
    """url_for(endpoint, **values), kept per app: it depends only on them and the mount point."""
    built = current_app.extensions.setdefault("edition_links", {})
    key = (endpoint, request.script_root, *sorted(values.items()))
    target = built.get(key)
    if target is None:
        if len(built) >= KEPT:
            built.clear()
        target = built[key] = url_for(endpoint, **values)
    return target


def link(endpoint: str, _anchor: str | None = None, **values) -> str:
    """url_for, made relative to the page being rendered (Jinja global)."""
    if "." not in endpoint and endpoint != "static":
        endpoint = "edition." + endpoint  # every page lives in the one blueprint of routes.py
    target = _target(endpoint, values) + (f"#{_anchor}" if _anchor else "")
    if getattr(g, "absolute_links", False):
        return target
    return relative(target, request.path)
