"""`edition validate [PATH ...] [--jobs N]`: check TEI files against the edition's schema and rules."""

from pathlib import Path

from ..errors import EXIT_FINDINGS, EXIT_OK
from . import jobs

HELP = "validate TEI files or folders (default tei/): well-formedness, RELAX NG, Schematron, cross-file references"


def add_arguments(parser):
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="TEI files or folders of them (default: tei/)")
    parser.add_argument("--format", choices=["text", "json", "github"], default="text",
                        help="text: compiler-style lines; json; github: Actions annotations")
    jobs.add_argument(parser, "check")


def run(args) -> int:
    from ..validate.messages import FORMATS
    from ..validate.runner import validate

    report = validate(args.paths or [Path("tei")], jobs=jobs.jobs_of(args, "validate"))
    print(FORMATS[args.format](report.findings, report.files), end="")
    return EXIT_FINDINGS if any(f.severity == "error" for f in report.findings) else EXIT_OK
