"""Which citable units a Navigation or Document request names: `ref`, or `start` and `end`, in a tree.

Both endpoints refuse the same mistakes in the same words, as the DTS 1.0 tables ask: 400 for
ref with start or end, start without end, start after end; 404 for an unknown tree, ref, start
or end.
"""

from . import tree as trees
from .errors import DtsError


def check_range(ref: str | None, start: str | None, end: str | None) -> None:
    """The checks that need no document, so a malformed request is refused before it is looked up."""
    if ref is not None and (start is not None or end is not None):
        raise DtsError(400, "ref cannot be used with start or end")
    if (start is None) != (end is None):
        raise DtsError(400, "start and end go together")


def units(root, resource: str, tree: str | None, ref: str | None, start: str | None,
          end: str | None) -> tuple[list[trees.Node], dict[str, int]]:
    """The tree's units in document order and each identifier's index, once ref/start/end are found in it."""
    nodes = trees.tree(root, tree)
    if nodes is None:
        raise DtsError(404, f"no citation tree {tree!r} in {resource}")
    where = {n.identifier: i for i, n in enumerate(nodes)}
    for name, value in (("ref", ref), ("start", start), ("end", end)):
        if value is not None and value not in where:
            raise DtsError(404, f"no {name} {value!r} in {resource}")
    if start is not None and where[start] > where[end]:
        raise DtsError(400, "start comes after end")
    return nodes, where
