"""The edition's benchmarks in one table: validation, build and the viewer, with peak memory.

    .venv/bin/python benchmarks/run.py                      # the edition (tei/)
    .venv/bin/python benchmarks/run.py --synthetic 1000     # a generated corpus (edition.synth)
    .venv/bin/python benchmarks/run.py --corpus DIR         # any folder of TEI files

Each figure is the median of --runs runs (default 3; 1 for corpora over 100 documents, which
take minutes) and each run is a fresh process unless the row says "warm"; the serial rows reuse
benchmarks/validate.py and benchmarks/build.py. Peak memory is the ru_maxrss of the measured
process (os.wait4), and of the largest pool worker where there is a pool. The viewer is
`edition serve` (waitress) on 127.0.0.1 under a bounded load (benchmarks/viewer.py). The
machine (cores, memory, versions, load average) is printed with the table: on a shared
machine the load average says how far wall times can be trusted.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import viewer  # noqa: E402  (benchmarks/viewer.py)


def machine() -> str:
    from importlib.metadata import version

    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = ", ".join(f"{name} {version(name)}" for name in ("saxonche", "lxml", "flask", "waitress"))
    return (f"{cores} cores, {mem / 1024 / 1024:.1f} GB memory, Python {sys.version.split()[0]}, {versions}; "
            f"load average {os.getloadavg()[0]:.2f} at start")


def child(command: list[str]) -> tuple[str, float, float]:
    """Run a command; (stdout, wall seconds, peak RSS in MB of it or its largest waited child)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out.seek(0)
        return out.read().decode(), wall, usage.ru_maxrss / 1024


def scale(*args: str) -> tuple[dict, float]:
    text, _, rss = child([sys.executable, str(HERE / "scale.py"), *args])
    return json.loads(text.strip().splitlines()[-1]), rss


def median_of(runs: int, measure) -> tuple[float, float, list]:
    """Median seconds and largest peak memory of `runs` calls of measure() -> (seconds, MB, details)."""
    results = [measure() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), results


class Table:
    def __init__(self, corpus: str, documents: int):
        self.corpus, self.documents, self.rows = corpus, documents, []

    def add(self, what: str, seconds: float | None, memory: str, result: str = "", per_doc: bool = True,
            cpu: float | None = None):
        per = f"{1000 * seconds / self.documents:.1f} ms" if per_doc and seconds is not None else ""
        shown = result or (f"{seconds:.3f} s" if seconds is not None else "")
        if cpu is not None:  # all processes' CPU: what the work costs, whatever the neighbours do
            shown += f" (CPU {cpu:.1f} s)"
            per += f" (CPU {1000 * cpu / self.documents:.1f} ms)"
        self.rows.append((self.corpus, what, shown, per, memory))
        print(f"  {what}: {shown} {per} {memory}", file=sys.stderr, flush=True)

    def markdown(self) -> str:
        head = "| corpus | measure | result | per document | peak memory |\n|---|---|---|---|---|\n"
        return head + "".join(f"| {' | '.join(row)} |\n" for row in self.rows)


def serial_rows(table: Table, tei: Path, runs: int, out: Path) -> None:
    text, _, rss = child([sys.executable, str(HERE / "validate.py"), "--runs", str(runs), str(tei)])
    seconds = float(re.search(r"median ([\d.]+) s", text)[1])
    table.add(f"validate, fresh process (`edition validate`, median of {runs})", seconds, f"{rss:.0f} MB")
    warm, rss = scale("validate-warm", str(tei), "--runs", str(runs))
    table.add(f"validate, warm (same process, median of {runs})", warm["seconds"], f"{rss:.0f} MB")

    def build_fresh():
        _, wall, rss = child([sys.executable, "-m", "edition", "build", str(tei), "--out", str(out / "serial")])
        return wall, rss
    seconds, rss, _ = median_of(runs, build_fresh)
    table.add(f"build HTML + texts, fresh process (`edition build`, median of {runs})", seconds, f"{rss:.0f} MB")
    text, _, rss = child([sys.executable, str(HERE / "build.py"), "--runs", str(max(runs, 3)), str(tei)])
    cold, cold_cpu, warm, warm_cpu = (float(x) for x in re.search(
        r"cold ([\d.]+) s \(CPU ([\d.]+) s\), warm median ([\d.]+) s \(CPU ([\d.]+) s\)", text).groups())
    startup = float(re.search(r"start-up[^:]*: ([\d.]+) s", text)[1])
    table.add("build, cold (first build after start-up, same process)", cold, f"{rss:.0f} MB", cpu=cold_cpu)
    table.add(f"build, warm (median of {max(runs, 3)}, same process; start-up {startup:.2f} s apart)", warm,
              f"{rss:.0f} MB", cpu=warm_cpu)


def batch_rows(table: Table, tei: Path, runs: int, jobs: int, out: Path) -> None:
    def validate():
        result, _ = scale("validate", str(tei), "--jobs", str(jobs))
        return result["seconds"], result["rss_mb"], result
    seconds, rss, results = median_of(runs, validate)
    cpu = statistics.median(r[2]["cpu_s"] for r in results)
    table.add(f"validate, {jobs} processes (`edition validate --jobs {jobs}`, fresh process, "
              f"{results[0][2]['findings']} findings)",
              seconds, cpu=cpu, memory= f"{rss:.0f} MB + {jobs} x {results[0][2]['worker_rss_mb']:.0f} MB")

    def build():
        result, _ = scale("build", str(tei), str(out / "batch"), "--jobs", str(jobs), "--full")
        return result["seconds"], result["rss_mb"], result
    seconds, rss, results = median_of(runs, build)
    cpu = statistics.median(r[2]["cpu_s"] for r in results)
    table.add(f"build, {jobs} processes, every document (`edition build --jobs {jobs}`, fresh process)", seconds, cpu=cpu,
              memory=f"{rss:.0f} MB + {jobs} x {results[0][2]['worker_rss_mb']:.0f} MB")
    result, rss = scale("build", str(tei), str(out / "batch"), "--jobs", str(jobs))
    table.add(f"build, incremental, nothing changed ({result['skipped']} skipped)", result["seconds"],
              f"{rss:.0f} MB")


def viewer_rows(table: Table, tei: Path, requests: int, clients: int, limit: float, search: bool) -> None:
    try:
        result = viewer.measure(tei, requests, clients, limit, search=search)
    except (RuntimeError, OSError) as exc:
        table.add("viewer", None, "", f"not measured: {exc}", per_doc=False)
        return
    memory = f"{result['peak_before_search_mb']:.0f} MB"  # search (its own index) is reported apart
    table.add("viewer start: `edition serve` until it answers", result["start_s"], memory, per_doc=False)
    table.add("viewer: first page that lists the documents (`/about/`: the files read)", result["corpus_s"],
              memory, per_doc=True)
    front = result["front_page_s"]
    table.add("viewer: front page `/`, first request (after `/about/`)", front, memory,
              "" if front is not None else f"no answer within {result['front_page_limit_s']:.0f} s", per_doc=False)
    for name, page in result["pages"].items():
        if name == "search":
            memory = f"{result['peak_rss_mb']:.0f} MB"
        if page is None:
            table.add(f"viewer: {name}", None, "", "not available", per_doc=False)
            continue
        if "timeout_s" in page:
            table.add(f"viewer: {name} (`{page['path']}`)", None, memory,
                      f"first request: no answer within {page['timeout_s']:.0f} s", per_doc=False)
            continue
        shown = (f"{page['rps']:.0f} req/s, p50 {page['p50_ms']:.1f} ms, p99 {page['p99_ms']:.1f} ms "
                 f"({page['requests']} requests, {page['errors']} errors; first {page['first_ms']:.0f} ms)")
        table.add(f"viewer: {name} (`{page['path']}`, {clients} clients)", None, memory, shown, per_doc=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--corpus", type=Path, default=ROOT / "tei", help="folder of TEI files (default tei/)")
    where.add_argument("--synthetic", type=int, metavar="N", help="generate N documents (edition.synth) first")
    parser.add_argument("--runs", type=int, help="runs per figure (default 3, or 1 above 100 documents)")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--serial", action="store_true", help="serial rows even above 100 documents")
    parser.add_argument("--no-viewer", action="store_true")
    parser.add_argument("--no-search", action="store_true", help="viewer: skip /search/ (it builds its index first)")
    parser.add_argument("--requests", type=int, default=1000, help="requests per viewer page")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=20, help="seconds per viewer page at most")
    args = parser.parse_args()
    print(machine(), file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="edition-bench-") as tmp:
        tmp, tei = Path(tmp), args.corpus
        if args.synthetic:
            from edition.synth import generate

            start = time.perf_counter()
            tei = tmp / "corpus"
            summary = generate(ROOT / "tei", tei, args.synthetic)
            print(f"generated {summary.documents} documents, {summary.persons} persons, {summary.bytes / 1e6:.0f} MB "
                  f"in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        documents = sum(1 for p in tei.glob("*.xml") if p.name != "persons.xml")
        runs = args.runs or (3 if documents <= 100 else 1)
        table = Table(f"{'edition' if tei == ROOT / 'tei' else 'synthetic'} ({documents} docs)", documents)
        if documents <= 100 or args.serial:
            serial_rows(table, tei, runs, tmp)
        batch_rows(table, tei, runs, args.jobs, tmp)
        if not args.no_viewer:
            viewer_rows(table, tei, args.requests, args.clients, args.time_limit, not args.no_search)
    print(f"\nMachine: {machine().replace('at start', 'at end')}\n")
    print(table.markdown(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
