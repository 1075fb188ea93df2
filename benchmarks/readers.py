"""What a reader downloads: the pages that list things, and the static search's files.

    .venv/bin/python benchmarks/readers.py --synthetic 1000     # generate, then measure
    .venv/bin/python benchmarks/readers.py --corpus DIR          # any folder with persons.xml

Times a viewer's first start on the corpus (/about/, the front page, then the index of persons,
which waits for every file's counts) and the index after a restart, its catalogue kept
(`--first-start`: only these). Renders, through the viewer with STATIC_EXPORT set
(what `edition build` writes, one rendering path), the front page, the index of persons (by
name, by frequency, the largest letter), the person named in most documents, the
chronology's first page, its largest filtered lists and its list of filters, the indexes of
places and organisations and the place and the organisation named in most documents, and
writes the static search's sharded index (edition.search.static, what `edition build` writes
into search/index/); prints each page's size and the time of its first request, the index's
largest file, and what the static client (search.js, run by node through static_fetches.js)
fetches for the first page of a few typical queries, as a markdown table. The search index
is built first in a temporary cache (benchmarks/search.py measures that build);
`--no-search-file` skips the static index.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_table  # noqa: E402  (benchmarks/corpus_table.py)

from edition.build.engine import documents as corpus_documents
from edition.search.index import SearchIndex
from edition.search.static import client_source, write_static
from edition.web import create_app, persons, suggest
from edition.web.corpus import load
from edition.web.search import search_index

LIMIT_KB = 300  # the issues' bound for the front page, the index of persons and every chronology page
SEARCH_FILE_MB = 2  # and for any one file a static search fetches
QUERIES = [("a common word", "the"), ("a name", "Yezhov"), ("a name's derived word", "Yezhovshchina"),
           ("a phrase", '"great terror"'), ("a prefix", "purg*"), ("a rare word", "émigrés")]
SUGGESTS = [("person", "s"), ("person", "st"), ("person", "stal"), ("person", "Jeschow"), ("person", "nikolai i"),
            ("doc", "t"), ("doc", "the"), ("doc", "khrushchev purge")]  # typed into the form's filters


def first_pass(folder: Path) -> list[tuple[str, str]]:
    """A viewer's first start on a new corpus (a fresh cache folder, so no catalogue), each page
    timed in turn through the test client: /about/ and the front page (which list documents),
    then the index of persons (which waits for every file's counts); then a viewer started again
    (its catalogue kept: no file read) asking for the index."""
    rows, before = [], os.environ.get("EDITION_SEARCH_CACHE")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["EDITION_SEARCH_CACHE"] = tmp
        try:
            for start, pages in (("first start, no catalogue", ("/about/", "/", "/persons/")),
                                 ("viewer started again, catalogue kept", ("/persons/",))):
                client = create_app({"TEI_DIR": str(folder)}).test_client()
                for url in pages:
                    wall, cpu = time.perf_counter(), time.process_time()
                    status = client.get(url).status_code
                    rows.append((f"{start}: first `{url}`", f"{time.perf_counter() - wall:.2f} s "
                                 f"(CPU {time.process_time() - cpu:.2f} s; status {status})"))
        finally:
            if before is None:
                del os.environ["EDITION_SEARCH_CACHE"]
            else:
                os.environ["EDITION_SEARCH_CACHE"] = before
    return rows


def measure(folder: Path, args) -> list[tuple[str, str]]:
    if args.first_start:
        return first_pass(folder)
    rows = [] if args.no_pages else first_pass(folder) + _page_rows(folder)
    if args.no_search_file:
        return rows
    app = create_app({"TEI_DIR": str(folder), "STATIC_EXPORT": True})
    with app.test_request_context("/"), tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        if args.search_index:  # kept from an earlier run: only files changed since are read again
            index = SearchIndex(args.search_index)
            index.sync(corpus_documents(folder), folder / "persons.xml")
        else:
            index = search_index()
        built = time.perf_counter() - start
        picks, table = suggest.picks(), suggest.table()  # the corpus's counts: not the writer's cost
        start, cpu = time.perf_counter(), time.process_time()
        files = write_static(index, Path(tmp), picks=picks, suggestions=table)
        made, cpu = time.perf_counter() - start, time.process_time() - cpu
        rows += _static_rows(Path(tmp), files, made, cpu, built)
    return rows


def _page_rows(folder: Path) -> list[tuple[str, str]]:
    corpus = load(folder)
    letters = {letter: sum(1 for p in corpus.persons.values() if persons.letter_of(p) == letter)
               for letter in persons.letters(corpus)}
    busiest = max(corpus.persons, key=lambda p: len(corpus.documents_of(p)))
    named = {r: corpus.index.by_entity[r] for r in ("places", "organisations")}
    widest = {r: max(named[r], key=lambda e: len(named[r][e])) for r in named}  # the largest entry pages
    pages = [("front page `/`", "/"), ("index of persons `/persons/`", "/persons/"),
             ("index of persons by frequency", "/persons/by-frequency/"),
             (f"largest letter ({max(letters, key=letters.get)}, {max(letters.values())} persons)",
              f"/persons/letter/{max(letters, key=letters.get)}/"),
             (f"person named in most documents ({busiest}, {len(corpus.documents_of(busiest))}), page 1",
              f"/persons/{busiest}/"),
             ("chronology `/chronology/`, page 1 (200 passages a page)", "/chronology/"),
             *_chronology_pages(corpus),
             ("index of places `/places/`", "/places/"), ("index of organisations `/organisations/`", "/organisations/"),
             *((f"{r[:-1]} named in most documents ({widest[r]}, {len(named[r][widest[r]])}), page 1",
                f"/{r}/{widest[r]}/") for r in named),
             ("search page `/search/`", "/search/")]
    app = create_app({"TEI_DIR": str(folder), "STATIC_EXPORT": True})
    client = app.test_client()
    rows = []
    for what, url in pages:
        start = time.perf_counter()
        response = client.get(url)
        took = time.perf_counter() - start
        size = len(response.get_data()) / 1024
        mark = " (over 300 KB)" if (url in ("/", "/persons/") or "/chronology/" in url) and size > LIMIT_KB else ""
        rows.append((what, f"{size:,.0f} KB{mark}; first request {took:.2f} s (status {response.status_code})"))
    return rows


def _chronology_pages(corpus) -> list[tuple[str, str]]:
    """The chronology's largest filtered lists (first pages) and the first page of its filters."""
    rows = [("chronology of the first document, page 1", f"/chronology/in/{next(iter(corpus.documents))}/"),
            ("chronology's filters `/chronology/filters/`, page 1 (500 a page)", "/chronology/filters/")]
    for register in ("persons", "places"):
        counts = corpus.index.dated[register]
        if counts:
            busiest = max(counts, key=counts.get)
            rows.append((f"chronology of the {register[:-1]} named in most dated passages ({busiest}, {counts[busiest]}),"
                         " page 1", f"/chronology/{register}/{busiest}/"))
    return rows


def _static_rows(folder: Path, files: list[Path], made: float, cpu: float, built: float) -> list[tuple[str, str]]:
    sizes = {p.relative_to(folder).as_posix(): p.stat().st_size for p in files}
    name = max(sizes, key=sizes.get)
    over = f" (over {SEARCH_FILE_MB} MB)" if sizes[name] > SEARCH_FILE_MB * 1e6 else ""
    rows = [("static search: the largest file of `search/index/`",
             f"{sizes[name] / 1024:,.0f} KB (`{name}`){over}; {len(sizes):,} files, {sum(sizes.values()) / 1e6:,.1f} MB "
             f"in all; written in {made:.1f} s, CPU {cpu:.1f} s (index synced in {built:.1f} s)"),
            ("static search: `manifest.json`, fetched by every query", f"{sizes['manifest.json'] / 1024:,.1f} KB")]
    node = shutil.which("node")
    if node is None:
        return rows + [("static search: files a query fetches", "not measured (no node)")]
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "search.js"
        script.write_text(client_source(), encoding="utf-8")
        run = subprocess.run([node, str(Path(__file__).with_name("static_fetches.js")), str(script), str(folder)],
                             input=json.dumps({"queries": [q for _, q in QUERIES], "suggests": SUGGESTS}),
                             capture_output=True, text=True, check=True)
    out = json.loads(run.stdout)
    for (what, _), found in zip(QUERIES, out["queries"], strict=True):
        rows.append((f"static search, {what} (`{found['query']}`): page 1 fetches",
                     f"{_fetched(found)}; {found['total']:,} passages; client {found['ms']:,.0f} ms in node"))
    for found in out["suggests"]:
        rows.append((f"static type-ahead, `{found['typed']}` in the {found['kind']} filter: fetches",
                     f"{_fetched(found)}; {found['total']} suggestions; client {found['ms']:,.0f} ms in node"))
    return rows + [_suggestion_files(folder)]


def _fetched(found: dict) -> str:
    sizes = [size for _, size in found["fetched"]]
    return f"{sum(sizes) / 1024:,.0f} KB in {len(sizes)} files (largest {max(sizes) / 1024:,.0f} KB)"


def _suggestion_files(folder: Path) -> tuple[str, str]:
    """The type-ahead's files (`suggest/`, edition.search.static)."""
    sizes = [p.stat().st_size for p in (folder / "suggest").iterdir()]
    return ("static type-ahead: the files of `search/index/suggest/`",
            f"{len(sizes)} files, {sum(sizes) / 1024:,.0f} KB in all (largest {max(sizes) / 1024:,.1f} KB)")


def _options(parser) -> None:
    parser.add_argument("--no-search-file", action="store_true", help="skip the static search's index")
    parser.add_argument("--no-pages", action="store_true", help="skip the pages: only the static search")
    parser.add_argument("--first-start", action="store_true", help="only a viewer's first start on the corpus")
    parser.add_argument("--search-index", type=Path, metavar="FILE",
                        help="a SQLite search index of this corpus kept from an earlier run (synced first)")


def main(argv=None) -> int:
    return corpus_table.main(__doc__, measure, "| page or file | size; time |", _options, argv)


if __name__ == "__main__":
    sys.exit(main())
