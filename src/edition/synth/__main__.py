"""`python -m edition.synth N OUT [--tei DIR] [--seed S] [--max-persons P]`: write a synthetic corpus."""

import argparse
import sys
from pathlib import Path

from . import generate


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.synth", description=__doc__.split(":", 1)[1])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", type=Path, help="output folder (created; must be empty or absent)")
    parser.add_argument("--tei", type=Path, default=Path("tei"), help="the real edition to vary (default tei/)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-persons", type=int, default=5000)
    args = parser.parse_args(argv)
    summary = generate(args.tei, args.out, args.n, seed=args.seed, max_persons=args.max_persons)
    print(f"{summary.documents} documents, {summary.persons} persons, {summary.bytes:,} bytes in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
