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

With `--synthetic N` (edition.synth's N documents), it measures the incremental build's whole-corpus
pages instead: a full build, then one paragraph's words changed in one document, then a person
mention added there, each with the pages of the whole corpus made and kept, and the CPU time of
the build and its workers (the machine may be shared: CPU is the figure; the load is printed).
"""

import argparse
import os
import re
import resource
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
    parser.add_argument("--synthetic", type=int, metavar="N", help="measure the incremental build at N synthetic documents")
    parser.add_argument("--jobs", type=int, default=1, help="with --synthetic: worker processes for the documents' own pages")
    args = parser.parse_args()
    if args.synthetic:
        return at_scale(args.synthetic, args.jobs)

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


def _cpu() -> float:
    """CPU seconds of this process and of its workers that have ended."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def _plain_paragraph(text: str) -> re.Match:
    """The first paragraph of the text with no markup inside: no name, no date."""
    return re.compile(r"<p\b[^>]*>([A-Za-z][^<]{40,})</p>").search(text, text.index("<text"))


def at_scale(n: int, jobs: int) -> int:
    from edition.build import build_all
    from edition.synth import generate

    with tempfile.TemporaryDirectory() as work:
        tei, out = Path(work) / "tei", Path(work) / "out"
        generate(ROOT / "tei", tei, n, seed=1)
        edited = next(p for p in sorted(tei.glob("syn*.xml")) if _plain_paragraph(p.read_text(encoding="utf-8")))
        text = edited.read_text(encoding="utf-8")
        words = _plain_paragraph(text).group(1)
        steps = [("full build", None),
                 ("one paragraph's words changed", text.replace(words, "Indeed " + words, 1)),
                 ("a person mention added there",
                  text.replace(words, 'Indeed <persName ref="persons.xml#stalin">Stalin</persName> ' + words, 1))]
        print(f"{n} synthetic documents; edited: {edited.name}; load average {os.getloadavg()[0]:.1f}")
        for what, new in steps:
            if new is not None:
                edited.write_text(new, encoding="utf-8")
            start, cpu = time.perf_counter(), _cpu()
            report = build_all(tei, out, jobs=jobs)
            print(f"{what}: documents built {len(report.built)}; pages of the whole corpus made {report.pages_made}, "
                  f"kept {report.pages_kept}; CPU {_cpu() - cpu:.1f} s, wall {time.perf_counter() - start:.1f} s; "
                  f"load average {os.getloadavg()[0]:.1f}; manifest {(out / '.edition-build.json').stat().st_size // 1024} KB")
    return 0


def _timed(build) -> tuple[float, float]:
    start, start_cpu = time.perf_counter(), time.process_time()
    build()
    return time.perf_counter() - start, time.process_time() - start_cpu


if __name__ == "__main__":
    sys.exit(main())
