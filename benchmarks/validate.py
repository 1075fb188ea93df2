"""Wall time of `edition validate tei/` in a fresh process (target: under 2 s).

A fresh process is what a pre-commit hook or CI step pays: interpreter start, imports,
compiling edition.rng and the Schematron rules, then every file. Run from the repository:

    .venv/bin/python benchmarks/validate.py [--runs N] [PATH ...]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tei")])
    args = parser.parse_args()
    command = [sys.executable, "-m", "edition", "validate", *args.paths]
    times, code = [], None
    for _ in range(args.runs):
        start = time.perf_counter()
        code = subprocess.run(command, capture_output=True, cwd=ROOT).returncode
        times.append(time.perf_counter() - start)
    files = sum(len(list(Path(p).glob("*.xml"))) if Path(p).is_dir() else 1 for p in args.paths)
    print(f"edition validate ({files} files, exit {code}): median {statistics.median(times):.2f} s, "
          f"best {min(times):.2f} s over {args.runs} fresh processes (target < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
