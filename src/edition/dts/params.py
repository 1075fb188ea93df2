"""Query parameters of a DTS request -> keyword arguments of the endpoint functions.

So the web layer's handlers are one line each:
    navigation(ed, **params.navigation_args(request.args))
Unknown parameters are ignored (the specification does not forbid them); a `down` or `page`
that is not an integer is a 400, as is a repeated parameter.
"""

from collections.abc import Mapping

from .errors import DtsError


def _one(args: Mapping, name: str) -> str | None:
    getlist = getattr(args, "getlist", None)
    values = getlist(name) if getlist else ([args[name]] if name in args else [])
    if len(values) > 1:
        raise DtsError(400, f"{name} given more than once")
    return values[0] if values else None


def _int(args: Mapping, name: str) -> int | None:
    value = _one(args, name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise DtsError(400, f"{name} must be an integer, not {value!r}") from None


def collection_args(args: Mapping) -> dict:
    return {"id": _one(args, "id"), "nav": _one(args, "nav"), "page": _int(args, "page")}


def navigation_args(args: Mapping) -> dict:
    out = {k: _one(args, k) for k in ("resource", "ref", "start", "end", "tree")}
    out.update(down=_int(args, "down"), page=_int(args, "page"))
    return out


def document_args(args: Mapping) -> dict:
    out = {k: _one(args, k) for k in ("resource", "ref", "start", "end", "tree")}
    out["media_type"] = _one(args, "mediaType")
    return out
