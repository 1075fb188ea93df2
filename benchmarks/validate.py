"""Wall time of `edition validate tei/` in a fresh process (target: under 2 s), and how it scales.

A fresh process is what a pre-commit hook or CI step pays: interpreter start, imports,
compiling edition.rng and the Schematron rules, then every file. Run from the repository:

    .venv/bin/python benchmarks/validate.py [--runs N] [PATH ...]
    .venv/bin/python benchmarks/validate.py --notes 5000   # a synthetic file: time grows linearly
    .venv/bin/python benchmarks/validate.py --scale 200 800 [--jobs N]   # synthetic corpora (edition.synth)

--scale runs `edition validate [--jobs N]` on each generated corpus and prints the time per
document, how much it grows from the smallest corpus to each larger one (target: within 1.3x)
and the peak memory of the command (target: under 400 MB at 800 documents; with --jobs, the
largest of the command and its workers).
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "validate" / "fixtures" / "edition"


def synthetic(folder: Path, notes: int) -> Path:
    """The fixture edition with `notes` more paragraphs, each with a person, a date and a footnote."""
    shutil.copytree(FIXTURE, folder)
    doc = folder / "sample-forum.xml"
    paras = "".join(
        f'<p>Text <persName ref="persons.xml#stalin">Stalin</persName><ref type="noteAnchor" n="{i}" '
        f'target="#sample-forum-n{i}">{i}</ref> <date when="1936-09-0{1 + i % 9}">x</date></p>\n'
        f'<note xml:id="sample-forum-n{i}" type="footnote" place="foot" n="{i}">Body.</note>\n'
        for i in range(3, notes + 3))
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace('<div type="slide"><p>A slide.</p></div>', f'<div type="slide">{paras}</div>'),
                   encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, help="validate a synthetic file with this many footnotes instead")
    parser.add_argument("--scale", type=int, nargs="+", metavar="N",
                        help="validate synthetic corpora of these sizes instead (e.g. 200 800)")
    parser.add_argument("--jobs", type=int, default=1, help="--scale: `edition validate --jobs N`")
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tei")])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.scale:
            return scale(Path(tmp), sorted(args.scale), args.jobs)
        if args.notes:
            args.paths = [str(synthetic(Path(tmp) / "edition", args.notes))]
        return measure(args)


def measure(args) -> int:
    command = [sys.executable, "-m", "edition", "validate", *args.paths]
    times, cpu, code = [], [], None
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        code = subprocess.run(command, capture_output=True, cwd=ROOT).returncode
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    files = sum(len(list(Path(p).glob("*.xml"))) if Path(p).is_dir() else 1 for p in args.paths)
    print(f"edition validate ({files} files, exit {code}): median {statistics.median(times):.2f} s, "
          f"best {min(times):.2f} s over {args.runs} fresh processes (target < 2 s); "
          f"CPU {statistics.median(cpu):.2f} s (wall time varies with the machine's load)")
    print(f"edition.rng compiles in lxml in {compile_seconds() * 1000:.0f} ms (tei_all: about 17 s)")
    return 0


def scale(tmp: Path, sizes: list[int], jobs: int) -> int:
    from edition.synth import generate

    first = None
    for n in sizes:
        corpus = tmp / f"synthetic-{n}"
        generate(ROOT / "tei", corpus, n)
        command = [sys.executable, "-m", "edition", "validate", "--jobs", str(jobs), str(corpus)]
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak and CPU, with its workers'
        seconds, cpu = time.perf_counter() - start, usage.ru_utime + usage.ru_stime
        files = n + 1  # the documents and persons.xml
        per_file = (seconds / files, cpu / files)
        first = first or per_file
        print(f"{n} documents: `edition validate --jobs {jobs}` exit {os.waitstatus_to_exitcode(status)}, "
              f"{seconds:.2f} s (CPU {cpu:.1f} s), {1000 * per_file[0]:.1f} ms a file (CPU {1000 * per_file[1]:.1f} ms): "
              f"{per_file[0] / first[0]:.2f}x (CPU {per_file[1] / first[1]:.2f}x) the figure at {sizes[0]} "
              f"(target 1.3x); peak memory {usage.ru_maxrss / 1024:.0f} MB (target < 400 MB at 800)", flush=True)
    return 0


def compile_seconds() -> float:
    from lxml import etree

    grammar = etree.parse(str(ROOT / "schema" / "edition.rng"))
    start = time.perf_counter()
    etree.RelaxNG(grammar)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
