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
"""

import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

from . import tree as trees
from .collection import collection, entry
from .document import document
from .edition import Edition
from .endpoints import Endpoints
from .navigation import navigation


def _file(out: Path, base: str, url: str) -> Path:
    return out / unquote(url[len(base):].lstrip("/"))


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_static(edition: Edition, out: Path | str, base: str = "/api/dts") -> list[Path]:
    """Write every level-0 response under `out`; return the files written."""
    out = Path(out)
    ed = replace(edition, endpoints=Endpoints(base=base, static=True))
    e = ed.endpoints
    written = [_write(_file(out, base, e.entry_id()), _json(entry(ed))),
               _write(_file(out, base, e.collection_url()), _json(collection(ed)))]
    for resource in ed.documents:
        written.append(_write(_file(out, base, e.collection_url(resource)), _json(collection(ed, resource))))
        written.append(_write(_file(out, base, e.document_url(resource)), document(ed, resource)))
        root = ed.root(resource)
        for tree_name in (None, trees.PAGES):
            nodes = trees.tree(root, tree_name)
            if not nodes:
                continue
            for down in (1, -1):
                nav = navigation(ed, resource, down=down, tree=tree_name)
                written.append(_write(_file(out, base, nav["@id"]), _json(nav)))
            for node in nodes:
                for down in (None, 1):
                    nav = navigation(ed, resource, ref=node.identifier, down=down, tree=tree_name)
                    written.append(_write(_file(out, base, nav["@id"]), _json(nav)))
                text = document(ed, resource, ref=node.identifier, tree=tree_name)
                url = e.document_url(resource, node.identifier, tree_name)
                written.append(_write(_file(out, base, url), text))
    return written
