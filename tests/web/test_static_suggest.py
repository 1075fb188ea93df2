"""The static site's twin of the filters' type-ahead: the export writes the suggestions as a
store of small files beside the sharded index, and search.js answers a typed text with what the server's JSON route
answers, in the same order."""

import json
from collections import Counter
import subprocess
from pathlib import Path
from urllib.parse import urlencode

import pytest

from conftest import require_tool
from edition.search.static import TEXT_LIMIT, client_source, write_static
from edition.web import suggest
from edition.web.search import search_index
from edition.web.static_export import _search_index

RUNNER = Path(__file__).resolve().parents[1] / "search" / "run_search.js"
SMALL = 96  # bytes a file: a few keys a file, a long list of numbers split between files

# Diacritics, scripts, transliterations, apostrophes, a middle word, words in any order, a word
# beginning many names (more than LIMIT), the possessive, blanks, input longer than MAX_TYPED.
PERSONS = ["Jeschow", "Yezh", "Ежов", "ЕЖ", "EŽOV", "Jeżow", "iejov", "nikolai ezh", "ezh nikolai", "Ivanovich",
           "ivan ezh", "Zinov'ev", "Zinov’ev", "  yagoda  ", "s", "k", "a", "m", "i", "Stalin's", "", "   ", "--", "zzzqx",
           "ezh zzzqx", "ezhov ezhov"]
CUT, STRIPPED = "ezh " * 25 + "n", "\x1f" + "ezh " * 24 + "ez n"  # Python's strip, then MAX_TYPED characters
PERSONS += [CUT, STRIPPED]
DOCUMENTS = ["khrushchev purge", "purge khrushchev", "1957", "cia-1957", "jansen", "ch5", "Khrushchev’s", "the",
             "t", "pétrov", "slavic review", "comintern", "", "zzzqx"]
TYPED = [("person", t) for t in PERSONS] + [("doc", t) for t in DOCUMENTS]


def _server(client, kind: str, typed: str) -> list[dict]:
    route = "documents" if kind == "doc" else "persons"
    found = client.get(f"/api/search/{route}.json?" + urlencode({"q": typed})).get_json()["matches"]
    return [{"id": m["id"], "label": m["label"]} for m in found]


@pytest.fixture(scope="module")
def small_index(real_app, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("suggest") / "index"
    with real_app.test_request_context("/"):
        write_static(search_index(), folder, limit=SMALL, text_limit=SMALL, suggestions=suggest.table())
    return folder


def test_the_static_type_ahead_suggests_what_the_server_suggests(real_app, small_index, tmp_path):
    node = require_tool("node")
    script = tmp_path / "search.js"
    script.write_text(client_source(), encoding="utf-8")
    run = subprocess.run([node, str(RUNNER), str(script), str(small_index)],
                         input=json.dumps({"queries": [], "texts": [], "suggests": TYPED}),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    pieces = Counter(k for p in (small_index / "suggest").iterdir() for k in json.loads(p.read_text(encoding="utf-8"))["t"])
    assert max(pieces.values()) > 1  # a word several names hold: its numbers in two files
    client = real_app.test_client()
    expected = [_server(client, kind, typed) for kind, typed in TYPED]
    assert [e[0]["id"] for e in expected[:3]] == ["ezhov"] * 3  # the cases mean something
    assert "ezhov" in [m["id"] for m in expected[PERSONS.index("Ivanovich")]]
    assert len(expected[PERSONS.index("s")]) == suggest.LIMIT
    assert len(expected[PERSONS.index(CUT)]) > 1 and [m["id"] for m in expected[PERSONS.index(STRIPPED)]] == ["ezhov"]
    assert expected[len(PERSONS) + DOCUMENTS.index("khrushchev purge")][0]["id"] == "cia-1957-khrushchev-purge"
    for (kind, typed), want, got in zip(TYPED, expected, json.loads(run.stdout)["suggested"], strict=True):
        assert got["matches"] == want, (kind, typed)


def test_the_export_writes_each_suggestion_and_the_suggestions_holding_each_word(real_app, tmp_path):
    _search_index(real_app, tmp_path)  # what `edition build` writes
    folder = tmp_path / "search" / "index"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["typeahead"] == {"limit": suggest.LIMIT, "max_typed": suggest.MAX_TYPED}  # what the client cuts by
    files = [folder / "suggest" / f"{name}.json" for _, _, name in manifest["suggest"]]  # in key order
    assert len(files) == len(list((folder / "suggest").iterdir())) > 1
    assert all(p.stat().st_size <= TEXT_LIMIT for p in files)
    store = {}  # a key's rows, joined from every file holding some
    for path in files:
        for key, rows in json.loads(path.read_text(encoding="utf-8"))["t"].items():
            store[key] = store.get(key, []) + rows
    with real_app.test_request_context("/"):
        table = suggest.table()
    assert set(table["kinds"]) == {"doc", "person"}
    for kind in ("doc", "person"):
        items = table["kinds"][kind]
        assert [store[f"o:{kind}:{n:07d}"] for n in range(len(items))] == [[[i, label]] for i, label, _ in items]
        assert f"o:{kind}:{len(items):07d}" not in store
        holding = {}
        for key, steps in store.items():
            if key.startswith(f"t:{kind}:"):
                numbers = [sum(steps[:i + 1]) for i in range(len(steps))]
                holding[key.split(":", 2)[2]] = numbers
        assert holding == {w: [n for n, (_, _, words) in enumerate(items) if w in words]
                           for w in {w for _, _, words in items for w in words}}
    assert "ezhov" in [items[n][0] for n in holding["ezhov"]]
