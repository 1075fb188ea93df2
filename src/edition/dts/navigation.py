"""The Navigation endpoint: citable units of a document's citation tree, per the DTS 1.0 table.

down absent: information on `ref` (or `start` and `end`), no member. down=0 with ref: ref and
its siblings. down>0 / -1: the subtree below ref, between start and end, or from the root, to
that depth (-1: all). A ref with nothing below it has itself as the only member. 400 for: no
resource, ref with start/end, start without end, no ref/start/end and no down, down=0 without
ref. 404 for an unknown ref, start, end or tree.
"""

from . import tree as trees
from .collection import resource_object
from .edition import Edition, response_head
from .errors import DtsError
from .selection import check_range, units


def citable_unit(node: trees.Node) -> dict:
    out = {"identifier": node.identifier, "@type": "CitableUnit", "level": node.level,
           "parent": node.parent, "citeType": node.cite_type}
    if node.title:
        out["dublinCore"] = {"title": [{"lang": "en", "value": node.title}]}
    return out


def _check(ref, start, end, down) -> None:
    check_range(ref, start, end)
    if down is not None and down < -1:
        raise DtsError(400, "down must be -1, 0 or a positive number")
    if ref is None and start is None and down in (None, 0):
        raise DtsError(400, "give ref, start and end, or down")
    if down == 0 and ref is None:
        raise DtsError(400, "down=0 needs a ref")


def _descendants(nodes, index, node) -> list:
    """The nodes after `node` in document order that lie below it."""
    out, below = [], {node.identifier}
    for n in nodes[index + 1:]:
        if n.parent in below:
            out.append(n)
            below.add(n.identifier)
        else:
            break
    return out


def navigation(edition: Edition, resource: str | None, ref: str | None = None, start: str | None = None,
               end: str | None = None, down: int | None = None, tree: str | None = None,
               page: int | None = None) -> dict:
    _check(ref, start, end, down)
    if page not in (None, 1):
        raise DtsError(404, "navigation responses have one page")
    root = edition.root(resource)
    nodes, where = units(root, resource, tree, ref, start, end)
    out = response_head("Navigation", edition.endpoints.navigation_url(resource, ref, start, end, down, tree))
    out["resource"] = resource_object(edition, resource, root, full=False)
    depth = float("inf") if down == -1 else (down or 0)
    if ref is not None:
        node = nodes[where[ref]]
        out["ref"] = citable_unit(node)
        if down == 0:
            out["member"] = [citable_unit(n) for n in nodes if n.parent == node.parent and n.level == node.level]
        elif down is not None:
            below = [n for n in _descendants(nodes, where[ref], node) if n.level <= node.level + depth]
            out["member"] = [citable_unit(n) for n in below] or [citable_unit(node)]
    elif start is not None:
        first, last = nodes[where[start]], nodes[where[end]]
        out["start"], out["end"] = citable_unit(first), citable_unit(last)
        if down is not None:
            stop = where[end] + 1 + len(_descendants(nodes, where[end], last))
            limit = max(first.level, last.level) + depth
            out["member"] = [citable_unit(n) for n in nodes[where[start]:stop] if n.level <= limit]
    else:
        out["member"] = [citable_unit(n) for n in nodes if n.level <= depth]
    return out
