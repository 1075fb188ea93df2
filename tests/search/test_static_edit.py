"""One document edited, the static index written again over the last one: only the files holding
what changed are new (shards cut where their keys say and named by their bytes; the edited
document keeps its number, so its rows keep their place in every term's list)."""

import json
import re
import shutil

from edition.search.index import SearchIndex
from edition.search.static import write_static

SMALL = 4096  # bytes a file: the five documents in two hundred shards
LISTS = ("words", "positions", "persons", "keys", "suggest")


def _shards(folder) -> set[str]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {f"{kind}/{name}.json" for kind in LISTS for _, _, name in manifest[kind]}


def test_a_word_replaced_in_one_document_rewrites_a_few_shards(tei_files, tmp_path):
    folder = tmp_path / "tei"
    shutil.copytree(tei_files[0].parent, folder, ignore=shutil.ignore_patterns("exceptions"))
    paths = sorted(p for p in folder.glob("*.xml") if p.name not in ("persons.xml", "places.xml", "organisations.xml"))
    index, out = SearchIndex(), tmp_path / "index"
    index.sync(paths, folder / "persons.xml")
    write_static(index, out, limit=SMALL, text_limit=SMALL)
    before = _shards(out)

    edited = folder / "jansen-petrov-2002-ch2.xml"
    head, body, rest = edited.read_text(encoding="utf-8").partition("<body")
    # A word for another: its paragraph keeps its length (a longer one would change every term in it).
    edited.write_text(head + body + re.sub(r"\bthe\b", "Aardvark", rest, count=1), encoding="utf-8")
    assert index.sync(paths, folder / "persons.xml") == ["jansen-petrov-2002-ch2"]
    write_static(index, out, limit=SMALL, text_limit=SMALL)
    after = _shards(out)
    assert len(before) > 100 and 0 < len(after - before) < len(before) / 20
