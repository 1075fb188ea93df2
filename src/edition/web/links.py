"""Links relative to the current page, so the static export works from any folder of any server.

`/doc/x/` linking to `/persons/ezhov/` writes `../../persons/ezhov/`. Error pages (served for
any unknown path, at any depth) keep root-absolute links instead.
"""

import posixpath

from flask import g, request, url_for


def relative(target: str, current: str) -> str:
    path, hashmark, fragment = target.partition("#")
    base = current if current.endswith("/") else posixpath.dirname(current) + "/"
    if path == "":
        rel = ""
    else:
        rel = posixpath.relpath(path, base)
        if path.endswith("/"):
            rel = "./" if rel == "." else rel + "/"
    return rel + hashmark + fragment


def link(endpoint: str, _anchor: str | None = None, **values) -> str:
    """url_for, made relative to the page being rendered (Jinja global)."""
    if "." not in endpoint and endpoint != "static":
        endpoint = "edition." + endpoint  # every page lives in the one blueprint of routes.py
    target = url_for(endpoint, **values) + (f"#{_anchor}" if _anchor else "")
    if getattr(g, "absolute_links", False):
        return target
    return relative(target, request.path)
