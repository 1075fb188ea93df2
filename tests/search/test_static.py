"""The static site's search: the sharded index, and the JS client finding exactly what the server finds."""

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import require_tool
from search_index_fixture import index, stored_keys  # noqa: F401 (a fixture)
from edition.search import api
from edition.search.fold import fold, token_spans
from edition.search.static import client_source, write_static

HERE = Path(__file__).resolve().parent
SMALL = 4096  # bytes a file: the five documents cut into many shards, common words split between them

QUERIES = [
    "Yezhov", "Ежов", "Nikolai Yezhov", "Zinoviev", "Zinov'ev–Kamenev", '"great terror"',
    '"great terror" OR purge -Stalin', "purg* person:kirov", 'NEAR(( "unbalanced', "Stalin doc:jansen-petrov-2002-ch2",
    "émigrés", "NKVD order 00447", "Trotsky OR Trotskii", "", "person:stalin", "Stalin's", "party",
    "Yezhovshchina", "Jagoda", "Jeschow", "Iejov", "Jeżow", "Stalinism", "Trotskyite OR Bukharinist",
    "place:moscow", "plenum org:nkvd", "org:politburo person:stalin", "place:nowhere", "the", "s*",
    '"the central committee"', '"of the" -party', "person:EZHOV", "doc:nowhere Stalin", "-Stalin",
]
OPTIONS = [  # (query, the client's options, the server's arguments)
    ("the", {"page": 3}, {"page": 3}), ("trial", {"person": "ezhov"}, {"person": "ezhov"}),
    ("Stalin", {"doc": "cia-1957-khrushchev-purge", "page": 1}, {"doc": "cia-1957-khrushchev-purge", "page": 1}),
    ("Yezhov", {"page": 99}, {"page": 99}),
]


@pytest.fixture(scope="module")
def folder(index, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("static") / "index"
    write_static(index, out, limit=SMALL, text_limit=SMALL)
    return out


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_the_store_holds_every_document_form_and_name_and_the_manifest_what_bm25_needs(index, folder):  # noqa: F811
    manifest, store = _manifest(folder), stored_keys(folder)
    documents = [store[f"d:{i:07d}"][:2] for i in range(manifest["documents"])]
    assert documents == [list(d) for d in index.documents()]
    assert all(store["i:" + doc_id] == i for i, (doc_id, _) in enumerate(documents))
    units = index.units()
    assert manifest["units"] == len(units)
    assert manifest["tokens"] == sum(len(fold(u.text).split()) + len(u.tokens) for u in units)
    assert store["f:ежов"] == ["ezhov"] and store["n:ezhov"] == index.person_names["ezhov"]
    assert "yezhov" in store["s:ezhov"] and all(" " not in w for w in store["s:ezhov"])
    assert (folder / "manifest.json").stat().st_size < 12 * 1024  # a few keys a shard, shards two thirds full


def test_every_file_is_within_the_limit_and_a_big_term_is_split_between_shards(folder):
    files = [p for p in folder.rglob("*.json") if p.name != "manifest.json"]
    over = [p for p in files if p.stat().st_size > SMALL]
    assert len(files) > 100 and all(len(json.loads(p.read_text(encoding="utf-8"))["u"]) == 1 for p in over)
    manifest = _manifest(folder)
    for kind in ("words", "positions"):
        assert sum(1 for first, last, _ in manifest[kind] if first <= "the" <= last) >= 2, kind
    for kind in ("words", "positions", "persons", "keys"):
        assert all(a[0] <= a[1] <= b[0] for a, b in zip(manifest[kind], manifest[kind][1:])), kind  # in key order


def test_each_document_s_units_are_in_its_text_files_in_order(index, folder):  # noqa: F811
    store = stored_keys(folder)
    for i in range(_manifest(folder)["documents"]):
        doc_id, _, parts = store[f"d:{i:07d}"]
        names = [f"{doc_id}.json"] + [f"{doc_id}.{n}.json" for n in range(2, len(parts) + 1)]
        files = [json.loads((folder / "text" / name).read_text(encoding="utf-8"))["u"] for name in names]
        assert [r[0] for rows in files for r in rows] == [u.seq for u in index.units(doc_id)]
        assert [p[0] for p in parts] == [rows[0][0] for rows in files]


def test_an_unchanged_index_rewrites_no_file(index, folder):  # noqa: F811
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*.json")}
    write_static(index, folder, limit=SMALL, text_limit=SMALL)
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*.json")} == before


TRICKY = ["Stalin's", "Zinov’ev’s trial", "Zinovʹev", "s's", "'s", "Soviets' rule", "Ёжик й", "ﬁnal ½",
          "naïve – café", "“quoted”", "İstanbul", "Straße",
          "Łódź Đilas Ørsted Æsir œuvre Þór ı", "𝔘nicode 𝟙", "a\u00adb", "x\u0301y"]


@pytest.fixture(scope="module")
def script(tmp_path_factory) -> Path:
    """search.js as the site serves it, for node to load."""
    path = tmp_path_factory.mktemp("client") / "search.js"
    path.write_text(client_source(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def client_run(index, folder, script):  # noqa: F811
    node = require_tool("node")
    texts = TRICKY + [u.text for u in index.units()]
    queries = [[q, {}] for q in QUERIES] + [[q, options] for q, options, _ in OPTIONS]
    run = subprocess.run([node, str(HERE / "run_search.js"), str(script), str(folder)],
                         input=json.dumps({"queries": queries, "texts": texts}),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return texts, json.loads(run.stdout)


def test_the_js_client_returns_what_the_server_returns(index, client_run):  # noqa: F811
    _, out = client_run
    for q, got in zip(QUERIES, out["results"], strict=False):
        assert got == api.search(index, q), q


def test_the_js_client_pages_and_filters_as_the_server_does(index, client_run):  # noqa: F811
    _, out = client_run
    for (q, _, arguments), got in zip(OPTIONS, out["results"][len(QUERIES):], strict=True):
        assert got == api.search(index, q, **arguments), (q, arguments)


def test_a_rare_word_fetches_the_shards_holding_it_and_its_passages_texts(folder, client_run):
    _, out = client_run
    fetched = [name.split("?")[0] for name in out["fetched"][QUERIES.index("émigrés")]]
    manifest = _manifest(folder)
    holding = {f"words/{name}.json" for first, last, name in manifest["words"] if first <= "emigres" <= last}
    found = {u["doc_id"] for u in out["results"][QUERIES.index("émigrés")]["results"]}
    assert len(manifest["words"]) > 20 and 0 < len(holding) <= 2 and found
    assert fetched[0] == "manifest.json" and {f for f in fetched if f.startswith("words/")} == holding
    assert not [f for f in fetched if f.startswith(("positions/", "persons/"))]  # one word: no positions
    texts = [f for f in fetched if f.startswith("text/")]
    assert texts and {re.fullmatch(r"text/([a-z0-9-]+)(\.\d+)?\.json", t).group(1) for t in texts} == found
    assert len([f for f in fetched if f.startswith("keys/")]) < len(manifest["keys"])


def test_the_js_client_folds_every_text_of_the_edition_as_the_server_does(client_run):
    texts, out = client_run
    for text, spans in zip(texts, out["spans"], strict=True):
        assert [tuple(s) for s in spans] == token_spans(text), text[:60]


def test_the_client_is_csp_safe():
    source = re.sub(r"/\*.*?\*/", "", client_source(), flags=re.S)  # the comments name them
    for forbidden in (r"\beval\s*\(", r"new\s+Function", r"innerHTML", r"outerHTML", r"document\.write",
                      r"setTimeout\s*\(\s*['\"]", r"insertAdjacentHTML"):
        assert not re.search(forbidden, source), forbidden
