"""The command line the reader benchmarks share (search.py, readers.py): a generated corpus
(--synthetic N) or a given one (--corpus DIR), measured into a markdown table, with the load
average at start and end (the machine is shared)."""

import argparse
import os
import sys
import tempfile
from pathlib import Path

from edition.synth import generate


def main(doc: str, measure, header: str, options=lambda parser: None, argv=None) -> int:
    """`measure(folder, args)` -> [(what, result)], printed under `header` ("| a | b |")."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--synthetic", type=int, metavar="N")
    where.add_argument("--corpus", type=Path)
    options(parser)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("EDITION_SEARCH_CACHE", str(Path(tmp) / "cache"))
        folder = args.corpus
        if folder is None:
            folder = Path(tmp) / "corpus"
            generate(Path(__file__).resolve().parents[1] / "tei", folder, args.synthetic)
        print(f"load average {os.getloadavg()[0]:.2f} at start", file=sys.stderr)
        rows = measure(folder, args)
    print(header + "\n|---|---|")
    for what, result in rows:
        print(f"| {what} | {result} |")
    print(f"load average {os.getloadavg()[0]:.2f} at end")
    return 0
