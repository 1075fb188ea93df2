"""`python -m edition.schema_build [--check] [--tei-all PATH]`: regenerate the files made from the ODD.

schema/edition.odd is the customisation. edition.rng is cut from tei_all.rng (default
../shared/tei-p5/tei_all.rng next to the checkout) by it; edition.sch is its Schematron;
docs/schema.md is written from the three. With --check nothing is written:
exit 1 if any file is out of date.
"""

import argparse
import sys
from pathlib import Path

from ..errors import EditionError
from ..xmlsafe import parse_file
from .docs import render_docs
from .generate import build_grammar, serialise
from .odd import read_odd
from .schematron import build_schematron

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "schema"
ODD = SCHEMA / "edition.odd"
DOCS = ROOT / "docs" / "schema.md"
TEI_ALL = ROOT.parent / "shared" / "tei-p5" / "tei_all.rng"


def build_rng(tei_all: Path) -> bytes:
    return serialise(build_grammar(parse_file(tei_all).getroot(), read_odd(parse_file(ODD).getroot())))


def build_sch() -> bytes:
    return build_schematron(parse_file(ODD).getroot())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.schema_build", description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if out of date")
    parser.add_argument("--tei-all", type=Path, default=TEI_ALL)
    args = parser.parse_args(argv)
    stale = []
    outputs = []
    if args.tei_all.is_file():
        outputs.append((SCHEMA / "edition.rng", lambda: build_rng(args.tei_all)))
    else:
        print(f"{args.tei_all}: not found; edition.rng left as it is", file=sys.stderr)
    outputs.append((SCHEMA / "edition.sch", build_sch))
    outputs.append((DOCS, lambda: render_docs(ODD, SCHEMA / "edition.rng", SCHEMA / "edition.sch").encode()))
    for path, make in outputs:
        try:
            data = make()
        except EditionError as exc:
            print(f"{ODD}: error: {exc}", file=sys.stderr)
            return 2
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.write_bytes(data)
    for path in stale:
        print(f"{path}: {'out of date' if args.check else 'written'}", file=sys.stderr)
    return 1 if (stale and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
