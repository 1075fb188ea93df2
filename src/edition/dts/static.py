"""A static, level 0 DTS: the responses written as files for the static site.

Under `out` (served at `base`, default "/api/dts"), with the static URI templates of
endpoints.py:
  index.json                               entry point
  collection.json, collection/{id}.json     root collection, each resource
  navigation/{id};down=1.json, ;down=-1     top level, whole default tree
  navigation/{id}/{ref}.json                each unit; navigation/{id};down=1/{ref}.json its children
  navigation/{id};tree=pages;down=1.json    the pages (and navigation/{id};tree=pages/{ref}.json)
  document/{id}.xml, document/{id}/{ref}.xml, document/{id};tree=pages/{ref}.xml
Level 0 answers no start/end ranges (the specification allows that).

A resource's files are made from its document alone (`write_resource`: the build writes them
with the document's own pages, again only when it changed); the entry point and the root
collection from the list of documents (`write_index`). A file already holding its bytes is
left as it is.
"""

import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

from ..atomicwrite import write_if_changed
from . import tree as trees
from .collection import collection, entry
from .document import document
from .edition import Edition
from .endpoints import Endpoints
from .navigation import navigation


def _file(out: Path, base: str, url: str) -> Path:
    return out / unquote(url[len(base):].lstrip("/"))


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _static(edition: Edition, base: str) -> Edition:
    return replace(edition, endpoints=Endpoints(base=base, static=True))


def write_index(edition: Edition, out: Path | str, base: str = "/api/dts") -> list[Path]:
    """Write the entry point and the root collection; return the files."""
    out, ed = Path(out), _static(edition, base)
    e = ed.endpoints
    return [write_if_changed(_file(out, base, e.entry_id()), _json(entry(ed)).encode()),
            write_if_changed(_file(out, base, e.collection_url()), _json(collection(ed)).encode())]


def write_resource(edition: Edition, resource: str, out: Path | str, base: str = "/api/dts") -> list[Path]:
    """Write every level-0 response about one resource; return the files."""
    out, ed = Path(out), _static(edition, base)
    e = ed.endpoints
    pages = {e.collection_url(resource): _json(collection(ed, resource)), e.document_url(resource): document(ed, resource)}
    root = ed.root(resource)
    for tree_name in (None, trees.PAGES):
        nodes = trees.tree(root, tree_name)
        if not nodes:
            continue
        for down in (1, -1):
            nav = navigation(ed, resource, down=down, tree=tree_name)
            pages[nav["@id"]] = _json(nav)
        for node in nodes:
            for down in (None, 1):
                nav = navigation(ed, resource, ref=node.identifier, down=down, tree=tree_name)
                pages[nav["@id"]] = _json(nav)
            pages[e.document_url(resource, node.identifier, tree_name)] = document(ed, resource, ref=node.identifier,
                                                                                  tree=tree_name)
    return [write_if_changed(_file(out, base, url), text.encode("utf-8")) for url, text in pages.items()]


def write_static(edition: Edition, out: Path | str, base: str = "/api/dts") -> list[Path]:
    """Write every level-0 response under `out`; return the files written."""
    return [*write_index(edition, out, base),
            *(path for resource in edition.documents for path in write_resource(edition, resource, out, base))]
