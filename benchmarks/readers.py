"""What a reader downloads: the pages that list things, and the static search's files.

    .venv/bin/python benchmarks/readers.py --synthetic 1000     # generate, then measure
    .venv/bin/python benchmarks/readers.py --corpus DIR          # any folder with persons.xml

Renders, through the viewer with STATIC_EXPORT set (what `edition build --static` writes, one
rendering path), the front page, the index of persons (by name, by frequency, the largest
letter), the person named in most documents, and the static search's index
(search-index.json, which search.js fetches whole for any query); prints each page's size and
the time of its first request (the first one also reads every file: the corpus pass), as a
markdown table. The search index is built first in a temporary cache (benchmarks/search.py
measures that build); `--no-search-file` skips it.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_table  # noqa: E402  (benchmarks/corpus_table.py)

from edition.search.static import dumps, static_index
from edition.web import create_app, persons
from edition.web.corpus import load
from edition.web.search import search_index

LIMIT_KB = 300  # the bound for the front page and the index of persons
SEARCH_FILE_MB = 2  # and for any one file a static search fetches


def measure(folder: Path, search_file: bool = True) -> list[tuple[str, str]]:
    corpus = load(folder)
    letters = {letter: sum(1 for p in corpus.persons.values() if persons.letter_of(p) == letter)
               for letter in persons.letters(corpus)}
    busiest = max(corpus.persons, key=lambda p: len(corpus.documents_of(p)))
    pages = [("front page `/`", "/"), ("index of persons `/persons/`", "/persons/"),
             ("index of persons by frequency", "/persons/by-frequency/"),
             (f"largest letter ({max(letters, key=letters.get)}, {max(letters.values())} persons)",
              f"/persons/letter/{max(letters, key=letters.get)}/"),
             (f"person named in most documents ({busiest}, {len(corpus.documents_of(busiest))}), page 1",
              f"/persons/{busiest}/"),
             ("search page `/search/`", "/search/")]
    app = create_app({"TEI_DIR": str(folder), "STATIC_EXPORT": True})
    client = app.test_client()
    rows = []
    for what, url in pages:
        start = time.perf_counter()
        response = client.get(url)
        took = time.perf_counter() - start
        size = len(response.get_data()) / 1024
        mark = " (over 300 KB)" if url in ("/", "/persons/") and size > LIMIT_KB else ""
        rows.append((what, f"{size:,.0f} KB{mark}; first request {took:.2f} s (status {response.status_code})"))
    if not search_file:
        return rows
    with app.test_request_context("/"):
        start = time.perf_counter()
        index = search_index()
        built = time.perf_counter() - start
        start = time.perf_counter()
        size = len(dumps(static_index(index)).encode("utf-8")) / 1e6
        made = time.perf_counter() - start
    over = f" (over {SEARCH_FILE_MB} MB)" if size > SEARCH_FILE_MB else ""
    rows.append(("static search: `search-index.json`, fetched whole by every query",
                 f"{size:,.1f} MB{over}; made in {made:.1f} s (index synced in {built:.1f} s)"))
    return rows


def main(argv=None) -> int:
    return corpus_table.main(__doc__, lambda folder, args: measure(folder, not args.no_search_file),
                             "| page or file | size; time |", lambda parser: parser.add_argument(
                                 "--no-search-file", action="store_true",
                                 help="skip search-index.json (at 10,000 documents: about a GB, held in memory)"), argv)


if __name__ == "__main__":
    sys.exit(main())
