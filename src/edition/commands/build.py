"""`edition build [TEI_DIR] [--out DIR] [--base-url URL] [--jobs N] [--incremental]`: the arguments
and the report of edition.build.build_all, which writes the viewer's site as files into DIR."""

import signal
import sys
from pathlib import Path

from ..errors import EditionError
from . import jobs

HELP = "write the edition's site (the viewer's pages, texts, TEI, search, DTS) as files (default into build/)"


def add_arguments(parser):
    parser.add_argument("tei_dir", nargs="?", type=Path, default=Path("tei"), metavar="TEI_DIR",
                        help="folder of TEI documents and persons.xml (default: tei/)")
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help="output folder, served as it is by any web server (default: build/)")
    parser.add_argument("--static", type=Path, metavar="DIR", help="the older name of --out")
    parser.add_argument("--base-url", metavar="URL",
                        help="the site's public address, for citations, canonical links, DTS "
                             "@ids and the sitemap (default: [site] base_url in edition.toml beside TEI_DIR)")
    jobs.add_argument(parser, "build")
    parser.add_argument("--incremental", action="store_true",
                        help="skip documents whose bytes are unchanged since the last build into DIR, and "
                             "pages of the whole corpus whose inputs are unchanged (content hashes and "
                             "what each page read, in DIR/.edition-build.json)")


def out_of(args) -> Path:
    """The output folder: --out or its older name --static; two different folders are refused,
    as neither can be the one the user meant."""
    if args.out is not None and args.static is not None and args.out != args.static:
        raise EditionError(f"edition build: error: --out {args.out} and --static {args.static} name two "
                           "folders; give one (--static is the older name of --out)")
    return args.out or args.static or Path("build")


def _stopped(signum, frame):
    raise SystemExit(128 + signum)  # as a shell reports it; unwinding removes the build's temporary folders


def run(args) -> int:
    from ..build import build_all

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    out = out_of(args)
    before = signal.signal(signal.SIGTERM, _stopped)
    try:
        report = build_all(args.tei_dir, out, jobs=jobs.jobs_of(args, "build"), incremental=args.incremental,
                           base_url=args.base_url, log=log)
    finally:
        signal.signal(signal.SIGTERM, before)
    failed = report.failed + report.faults
    for message in failed:
        print(message, file=sys.stderr)
    total = len(report.built) + len(report.skipped) + len(failed)
    print(f"built {len(report.built)}, unchanged {len(report.skipped)}, failed {len(failed)} "
          f"of {total} into {out}/ ({report.files} files; pages of the whole corpus: {report.pages_made} made, "
          f"{report.pages_kept} kept) in {report.seconds:.2f} s", file=sys.stderr)
    return report.exit_code
