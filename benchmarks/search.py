"""The viewer's search index: its build per document, an incremental sync, and queries.

    .venv/bin/python benchmarks/search.py --synthetic 1000      # generate, then measure
    .venv/bin/python benchmarks/search.py --corpus DIR           # any folder with persons.xml
    .venv/bin/python benchmarks/search.py --synthetic 1000 --jobs 2   # extracting in 2 processes

Builds the index into a fresh SQLite file (edition.search.index, what `edition serve --jobs N`
builds in its cache folder), extracting in --jobs processes (default 1: this one): wall time a
document, CPU time a document (this process and the workers', both), peak RSS, the file's size;
then a sync after one file changed (one document extracted again, in one transaction); then
each query of QUERIES ranked (page 1 of 50, as the viewer asks) and its per-document counts,
the median of --runs. Prints a markdown table.
"""

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_table  # noqa: E402  (benchmarks/corpus_table.py)

from edition.search import api
from edition.search.index import SearchIndex
from edition.web.corpus import PERSONS_FILE, edition_files

QUERIES = ["the", "Stalin", "Yezhov", '"great terror"', "purg*", "trial -Stalin", "person:ezhov"]


def timed(work) -> tuple[float, float]:
    """Wall and CPU seconds of work(), the CPU of the worker processes it waited for included."""
    wall, cpu = time.perf_counter(), _cpu()
    work()
    return time.perf_counter() - wall, _cpu() - cpu


def _cpu() -> float:
    own, children = os.times(), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.user + own.system + children.ru_utime + children.ru_stime


def measure(folder: Path, runs: int, jobs: int = 1) -> list[tuple[str, str]]:
    paths = edition_files(folder)
    n = len(paths)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.sqlite"
        index = SearchIndex(db)
        wall, cpu = timed(lambda: index.sync(paths, folder / PERSONS_FILE, jobs))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        how = "one process" if jobs == 1 else f"--jobs {jobs}: {jobs} workers extract, this process writes"
        rows.append((f"index build, {n} documents ({how})",
                     f"{wall:.1f} s (CPU {cpu:.1f} s): **{1000 * wall / n:.1f} ms a document** (CPU {1000 * cpu / n:.1f} ms); "
                     f"peak RSS {rss:.0f} MB" + (f" (largest worker {workers:.0f} MB)" if jobs > 1 else "") +
                     f"; file {db.stat().st_size / 1e6:.0f} MB"))
        changed = paths[n // 2]
        os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 1000))
        data = changed.read_bytes()
        changed.write_bytes(data.replace(b"<body>", b"<body><p>Quetzalcoatl</p>", 1) if b"<body>" in data else data + b"\n")
        try:
            wall, cpu = timed(lambda: index.sync(paths, folder / PERSONS_FILE, jobs))
        finally:
            changed.write_bytes(data)
        rows.append(("sync after one file changed", f"{1000 * wall:.0f} ms (CPU {1000 * cpu:.0f} ms)"))
        for q in QUERIES:
            times, found = [], None
            for _ in range(runs):
                index._counts.clear()  # each run counts again: the first search of this query
                start = time.perf_counter()
                found = api.search(index, q, page=1)
                times.append(time.perf_counter() - start)
            rows.append((f"query `{q}`, page 1 ranked (median of {runs})",
                         f"{1000 * statistics.median(times):.0f} ms ({found['total']:,} passages in "
                         f"{found['total_documents']:,} documents)"))
    return rows


def main(argv=None) -> int:
    def options(parser):
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--jobs", type=int, default=1, help="processes extracting the documents (default 1)")

    return corpus_table.main(__doc__, lambda folder, args: measure(folder, args.runs, args.jobs), "| measure | result |",
                             options, argv)


if __name__ == "__main__":
    sys.exit(main())
