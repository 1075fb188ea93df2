"""The static site's search: the JSON index, and the JS client finding exactly what the server finds."""

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import require_tool
from search_index_fixture import index  # noqa: F401 (a fixture)
from edition.search import api
from edition.search.fold import token_spans
from edition.search.static import static_index, write_static_index

HERE = Path(__file__).resolve().parent
JS = HERE.parents[1] / "src" / "edition" / "search" / "static" / "search.js"

QUERIES = [
    "Yezhov", "Ежов", "Nikolai Yezhov", "Zinoviev", "Zinov'ev–Kamenev", '"great terror"',
    '"great terror" OR purge -Stalin', "purg* person:kirov", 'NEAR(( "unbalanced', "Stalin doc:jansen-petrov-2002-ch2",
    "émigrés", "NKVD order 00447", "Trotsky OR Trotskii", "", "person:stalin", "Stalin's", "party",
    "Yezhovshchina", "Jagoda", "Jeschow", "Iejov", "Jeżow", "Stalinism", "Trotskyite OR Bukharinist",
    "place:moscow", "plenum org:nkvd", "org:politburo person:stalin", "place:nowhere",
]


def test_the_json_index_has_every_unit_with_its_folded_words(index, tmp_path):
    path = write_static_index(index, tmp_path / "search-index.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["units"]) == len(index.units())
    assert [d["id"] for d in data["documents"]] == [d for d, _ in index.documents()]
    assert all(set(u) == {"d", "s", "k", "a", "g", "n", "l", "t", "w", "m"} for u in data["units"])
    assert ["ежов", ["ezhov"]] in data["forms"]


TRICKY = ["Stalin's", "Zinov’ev’s trial", "Zinovʹev", "s's", "'s", "Soviets' rule", "Ёжик й", "ﬁnal ½",
          "naïve – café", "“quoted”", "İstanbul", "Straße",
          "Łódź Đilas Ørsted Æsir œuvre Þór ı", "𝔘nicode 𝟙", "a\u00adb", "x\u0301y"]


@pytest.fixture(scope="module")
def client_run(index, tmp_path_factory):
    node = require_tool("node")
    path = write_static_index(index, tmp_path_factory.mktemp("static") / "search-index.json")
    texts = TRICKY + [u.text for u in index.units()]
    run = subprocess.run([node, str(HERE / "run_search.js"), str(JS), str(path)],
                         input=json.dumps({"queries": QUERIES, "texts": texts}),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return texts, json.loads(run.stdout)


def test_the_js_client_returns_what_the_server_returns(index, client_run):
    _, out = client_run
    for q, got in zip(QUERIES, out["results"], strict=True):
        assert got == api.search(index, q), q


def test_the_js_client_folds_every_text_of_the_edition_as_the_server_does(client_run):
    texts, out = client_run
    for text, spans in zip(texts, out["spans"], strict=True):
        assert [tuple(s) for s in spans] == token_spans(text), text[:60]


def test_the_client_is_csp_safe():
    source = re.sub(r"/\*.*?\*/", "", JS.read_text(encoding="utf-8"), flags=re.S)  # the comments name them
    for forbidden in (r"\beval\s*\(", r"new\s+Function", r"innerHTML", r"outerHTML", r"document\.write",
                      r"setTimeout\s*\(\s*['\"]", r"insertAdjacentHTML"):
        assert not re.search(forbidden, source), forbidden


def test_static_index_is_deterministic(index):
    assert json.dumps(static_index(index)) == json.dumps(static_index(index))
