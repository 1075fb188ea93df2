"""One run of `edition validate` or `edition build` in this (fresh) process, measured, as one JSON line.

run.py starts it as a child so each figure includes start-up and its peak memory is the
child's own (the pool's workers are reported apart: the largest worker's peak RSS); CPU time
(this process and its workers) is also given per document built or validated.

    .venv/bin/python benchmarks/scale.py build TEI_DIR OUT [--jobs J] [--full]
    .venv/bin/python benchmarks/scale.py validate TEI_DIR [--jobs J]
    .venv/bin/python benchmarks/scale.py validate-warm TEI_DIR [--runs N]
"""

import argparse
import io
import json
import re
import resource
import statistics
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path


def peaks() -> dict:
    """Peak memory (this process; the largest worker) and CPU seconds of this process and its workers:
    on a shared machine CPU time is the figure that does not depend on the neighbours."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"rss_mb": own.ru_maxrss / 1024, "worker_rss_mb": workers.ru_maxrss / 1024,
            "cpu_s": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
            "parent_cpu_s": own.ru_utime + own.ru_stime}


def build(args) -> dict:
    """`edition build TEI_DIR --out OUT --jobs J [--incremental]`, the command itself, in this process."""
    from edition.cli import main

    err = io.StringIO()
    command = ["build", str(args.tei_dir), "--out", str(args.out), "--jobs", str(args.jobs or 1)]
    start = time.perf_counter()
    with redirect_stderr(err):
        main(command + ([] if args.full else ["--incremental"]))
    counts = re.search(r"built (\d+), unchanged (\d+), failed (\d+)", err.getvalue())
    return {"seconds": time.perf_counter() - start, "built": int(counts[1]), "skipped": int(counts[2]),
            "failed": int(counts[3])}


def validate(args) -> dict:
    """`edition validate --jobs J --format json TEI_DIR`, the command itself, run in this process."""
    from edition.cli import main

    out = io.StringIO()
    start = time.perf_counter()
    with redirect_stdout(out):
        main(["validate", "--jobs", str(args.jobs or 1), "--format", "json", str(args.tei_dir)])
    report = json.loads(out.getvalue())
    return {"seconds": time.perf_counter() - start, "files": report["files"], "findings": len(report["findings"])}


def validate_warm(args) -> dict:
    """The serial validator run again in the same process: RELAX NG already compiled."""
    from edition.validate.runner import validate as run

    times = []
    for _ in range(args.runs + 1):
        start = time.perf_counter()
        report = run([args.tei_dir])
        times.append(time.perf_counter() - start)
    return {"seconds": statistics.median(times[1:]), "first": times[0], "files": report.files,
            "findings": len(report.findings)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["build", "validate", "validate-warm"])
    parser.add_argument("tei_dir", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--full", action="store_true", help="build: ignore the manifest")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    result = {"build": build, "validate": validate, "validate-warm": validate_warm}[args.what](args)
    measured = peaks()
    documents = result.get("built", result.get("files")) or 0
    per_doc = {"cpu_ms_per_document": round(1000 * measured["cpu_s"] / documents, 1)} if documents else {}
    print(json.dumps({**result, **measured, **per_doc}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
