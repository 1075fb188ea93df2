"""`edition build [TEI_DIR] [--out DIR] [--base-url URL] [--jobs N] [--incremental]`: the arguments
and the report of edition.build.build_all, which writes the viewer's site as files into DIR."""

import sys
from pathlib import Path

from . import jobs

HELP = "write the edition's site (the viewer's pages, texts, TEI, search, DTS) as files (default into build/)"


def add_arguments(parser):
    parser.add_argument("tei_dir", nargs="?", type=Path, default=Path("tei"), metavar="TEI_DIR",
                        help="folder of TEI documents and persons.xml (default: tei/)")
    parser.add_argument("--out", "--static", dest="out", type=Path, default=Path("build"), metavar="DIR",
                        help="output folder, served as it is by any web server (default: build/; "
                             "--static is its older name)")
    parser.add_argument("--base-url", metavar="URL",
                        help="the site's public address, for citations, canonical links, DTS "
                             "@ids and the sitemap (default: [site] base_url in edition.toml beside TEI_DIR)")
    jobs.add_argument(parser, "build")
    parser.add_argument("--incremental", action="store_true",
                        help="skip documents whose bytes are unchanged since the last build into DIR "
                             "(content hashes in DIR/.edition-build.json)")


def run(args) -> int:
    from ..build import build_all

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    report = build_all(args.tei_dir, args.out, jobs=jobs.jobs_of(args, "build"), incremental=args.incremental,
                       base_url=args.base_url, log=log)
    failed = report.failed + report.faults
    for message in failed:
        print(message, file=sys.stderr)
    total = len(report.built) + len(report.skipped) + len(failed)
    print(f"built {len(report.built)}, unchanged {len(report.skipped)}, failed {len(failed)} "
          f"of {total} into {args.out}/ ({report.files} files) in {report.seconds:.2f} s", file=sys.stderr)
    return report.exit_code
