"""`edition dates`: check the dates of TEI files, or pre-tag one file's dates for review.

Check mode (default): lists date-like strings not inside `date` (and not in the exceptions
file) and `date` elements whose normalisation is invalid, as `file:line:col: kind: message`;
exit 1 when it finds anything. Tag mode (`--tag FILE`): wraps the dates it recognises in
`<date>` and rewrites the file atomically (temp file + os.replace).
"""

import json
from pathlib import Path

from ..atomicwrite import replace_file
from ..errors import EXIT_FINDINGS, EXIT_OK, EditionError
from ..inputs import xml_files
from ..printable import line
from . import checks

HELP = "report untagged or badly normalised dates, or pre-tag a file's dates (--tag)"


def add_arguments(parser):
    checks.add_arguments(parser, "the dates")
    parser.add_argument("--exceptions", metavar="FILE",
                        help="known non-dates (default: exceptions/dates.txt next to each TEI file)")
    parser.add_argument("--context-year", type=int, metavar="YYYY",
                        help="with --tag: the year of dates printed without one, until the text gives another")
    parser.add_argument("--fixed-context", action="store_true",
                        help="with --tag: keep --context-year for every yearless date (e.g. a 1957 brief)")


def run(args) -> int:
    target = checks.tag_target(args, "dates")
    if target:
        return _tag(target, args)
    if args.context_year or args.fixed_context:
        raise EditionError("edition dates: error: --context-year and --fixed-context only go with --tag")
    return _check(args)


def _exceptions(args, xml_path):
    from ..dates import exceptions

    return exceptions.load(args.exceptions or exceptions.default_for(xml_path))


def _tag(path: Path, args) -> int:
    from ..dates.recogniser import Context
    from ..dates.tagger import tag_tree
    from ..retag import require_target, serialise
    from ..xmlsafe import parse_file, read_text, require_tei

    require_target(path)
    if args.fixed_context and not args.context_year:
        raise EditionError("edition dates: error: --fixed-context needs --context-year")
    raw = read_text(path)
    tree = require_tei(parse_file(path), str(path))
    count = tag_tree(tree, Context(args.context_year, args.fixed_context), _exceptions(args, path))
    replace_file(path, serialise(tree, raw).encode("utf-8"))
    print(line(f"{path}: tagged {count} date{'s' if count != 1 else ''}"))
    return EXIT_OK


def _check(args) -> int:
    from ..dates.reporter import report
    from ..tei.registers import is_register
    from ..xmlsafe import read_text

    results = []
    for path in xml_files(args.paths or ["tei"]):
        raw = read_text(path)
        for finding in report(raw, str(path), _exceptions(args, path), register=is_register(path)):
            results.append({"file": str(path), **finding})
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for f in results:
            print(line(f"{f['file']}:{f['line']}:{f['col']}: {f['kind']}: {f['message']}"))
    return EXIT_FINDINGS if results else EXIT_OK
