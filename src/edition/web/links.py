"""Links relative to the current page, so the static export works from any folder of any server.

`/doc/x/` linking to `/persons/ezhov/` writes `../../persons/ezhov/`. Error pages (served for
any unknown path, at any depth) keep root-absolute links instead.

A page of the chronology or an index holds thousands of links, and the export renders
thousands of pages: each target is built by Flask once per app and mount point and each
relative path computed once, not once per link (they were most of the export's time).
"""

import posixpath
from functools import lru_cache

from flask import current_app, request, url_for

KEPT = 200_000  # targets kept per app: the URLs of a large site; past that the store starts again
RELATIVE_KEPT = 20_000  # (target, folder) pairs: a page's own links repeat, pages elsewhere need others
_HERE = "edition.links"  # the request's WSGI environ holds its _Here under this key


def relative(target: str, current: str) -> str:
    return _from_folder(target, _folder(current))


def _folder(current: str) -> str:
    return current if current.endswith("/") else posixpath.dirname(current) + "/"


def _from_folder(target: str, folder: str) -> str:
    path, hashmark, fragment = target.partition("#")
    return _relative_path(path, folder) + hashmark + fragment


@lru_cache(maxsize=RELATIVE_KEPT)  # without the fragment: a chronology page links 200 passages of one document
def _relative_path(path: str, base: str) -> str:
    if path == "":
        return ""
    rel = posixpath.relpath(path, base)
    if path.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel


class _Here:
    """What every link of one request shares, read through Flask's proxies once per request,
    not once per link (a few microseconds each, and a page holds hundreds of links)."""

    def __init__(self, req):
        self.built = current_app.extensions.setdefault("edition_links", {})  # url_for's answers, per app
        self.root, self.folder, self.absolute = req.script_root, _folder(req.path), False


def _here() -> _Here:
    environ = request.environ
    here = environ.get(_HERE)
    if here is None:
        here = environ[_HERE] = _Here(request._get_current_object())
    return here


def absolute_links() -> None:
    """Links of this request from now on are root-absolute: an error page may sit at any depth."""
    _here().absolute = True


def _target(here: _Here, endpoint: str, values: dict) -> str:
    """url_for(endpoint, **values), kept per app: it depends only on them and the mount point."""
    built = here.built
    key = (endpoint, here.root, *sorted(values.items()))
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
    here = _here()
    target = _target(here, endpoint, values) + (f"#{_anchor}" if _anchor else "")
    return target if here.absolute else _from_folder(target, here.folder)
