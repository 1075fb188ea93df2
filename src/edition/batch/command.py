"""`edition build --jobs N --incremental`: the options, and the build they select.

Kept here so that wiring them into `edition build` (commands/build.py) takes three lines:

    from ..batch import command as batch            # at the top
    batch.add_arguments(parser)                     # at the end of add_arguments
    if batch.wanted(args): return batch.run(args)   # first line of run

Without either option `edition build` stays the serial build it was.
"""

import sys
from pathlib import Path

from ..commands import jobs
from ..errors import EXIT_FINDINGS, EXIT_OK, EditionError


def add_arguments(parser) -> None:
    jobs.add_argument(parser, "build")
    parser.add_argument("--incremental", action="store_true",
                        help="skip documents whose bytes are unchanged since the last build into DIR "
                             "(content hashes in DIR/.edition-build.json)")


def wanted(args) -> bool:
    return getattr(args, "jobs", 1) > 1 or getattr(args, "incremental", False)


def run(args) -> int:
    from .build import build_all, print_report

    tei_dir, out = Path(args.tei_dir), Path(args.out)
    if not tei_dir.is_dir():
        raise EditionError(f"{tei_dir}: error: not a folder of TEI files")
    report = build_all(tei_dir, out, jobs=jobs.jobs_of(args, "build"), incremental=args.incremental)
    for message in report.failed:
        print(message, file=sys.stderr)
    print_report(report, out)
    failed = bool(report.failed)
    if getattr(args, "static", None):
        from ..web.static_export import export_static

        try:
            files = export_static(tei_dir, args.static, base_url=getattr(args, "base_url", None))
            print(f"static site: {len(files)} files in {args.static}/", file=sys.stderr)
        except EditionError as exc:
            failed = True
            print(str(exc), file=sys.stderr)
    return EXIT_FINDINGS if failed else EXIT_OK
