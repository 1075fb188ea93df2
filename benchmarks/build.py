"""Time to build the whole edition's site (each document's reading and diplomatic pages, JSON,
TEI and two texts, and the pages made from the whole corpus: edition.build.build_all, what
`edition build` runs) after start-up, cold and warm (issue 10: warm under 0.5 s); then, in the
same process, the incremental build with nothing changed and after one document's edit.

Start-up (imports, the Saxon processor, compiling the two stylesheets) is reported apart:
a server or `edition build` pays it once. "Cold" is the first build in the process (Saxon's
first runs of each template), "warm" the median of the following ones. CPU time is printed
beside wall time because the machine may be shared (wall time then measures the neighbours).
Run from the repository:

    .venv/bin/python benchmarks/build.py [--runs N] [TEI_DIR]
"""

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("tei_dir", nargs="?", type=Path, default=ROOT / "tei")
    args = parser.parse_args()

    start = time.perf_counter()
    from edition.build import build_all
    from edition.build.engine import documents
    from edition.render import compiler

    compiler.warm_up("html.xsl", "text.xsl")
    startup = time.perf_counter() - start

    times, cpu = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.runs + 1):
            compiler.forget_documents()  # each build reads and parses every file again
            start, start_cpu = time.perf_counter(), time.process_time()
            report = build_all(args.tei_dir, Path(out), jobs=1, incremental=False)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        again = [_timed(lambda: build_all(args.tei_dir, Path(out), jobs=1)) for _ in range(args.runs)]
    with tempfile.TemporaryDirectory() as work:
        tei, out = Path(work) / "tei", Path(work) / "out"
        shutil.copytree(args.tei_dir, tei)
        build_all(tei, out, jobs=1)
        edited = []
        for n in range(args.runs):  # one document edited (a comment added): its pages and the corpus's again
            path = documents(tei)[0]
            path.write_bytes(path.read_bytes() + f"<!-- edit {n} -->\n".encode())
            compiler.forget_documents()
            edited.append(_timed(lambda: build_all(tei, out, jobs=1)))
    print(f"start-up (imports, Saxon, 2 stylesheets): {startup:.2f} s")
    print(f"site of {len(report.built)} documents ({report.files} files): "
          f"cold {times[0]:.3f} s (CPU {cpu[0]:.3f} s), warm median {statistics.median(times[1:]):.3f} s "
          f"(CPU {statistics.median(cpu[1:]):.3f} s) over {args.runs} runs, CPU {min(cpu[1:]):.3f}-{max(cpu[1:]):.3f} s "
          f"(target: warm < 0.5 s)")
    for what, found in (("nothing changed", again), ("one document edited", edited)):
        print(f"incremental, {what}: median {statistics.median(t for t, _ in found):.3f} s "
              f"(CPU {statistics.median(c for _, c in found):.3f} s) over {args.runs} runs")
    return 0


def _timed(build) -> tuple[float, float]:
    start, start_cpu = time.perf_counter(), time.process_time()
    build()
    return time.perf_counter() - start, time.process_time() - start_cpu


if __name__ == "__main__":
    sys.exit(main())
