"""The `edition` command: a thin dispatcher over one module per subcommand.

Each module in `edition.commands` exposes `HELP`, `add_arguments(parser)` and
`run(args) -> int`; heavy imports stay inside `run` so `edition --help` is fast.
"""

import argparse
import importlib
import os
import sys

from . import __version__
from .errors import EXIT_USAGE, EditionError

# (subcommand, module in edition.commands). The order is the order of `--help`.
COMMANDS = [
    ("version", "version"),
    ("validate", "validate"),
    ("dates", "dates"),
    ("import", "import_"),
    ("fidelity", "fidelity"),
    ("persons", "persons"),
    ("entities", "entities"),
    ("serve", "serve"),
    ("build", "build"),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edition",
        description="Validate, transform and serve the TEI edition.",
    )
    parser.add_argument("--version", action="version", version=f"edition {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS:
        module = importlib.import_module(f"edition.commands.{module_name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed, not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code = int(args.run(args) or 0)
        sys.stdout.flush()  # inside the try, so a closed pipe is caught here
        return code
    except EditionError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `edition dates | head`: the reader left; say nothing more, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # a full disk, a read-only folder, --out naming a file: the environment's fault
        where = exc.filename if exc.filename is not None else "edition"
        why = "is a file, not a folder" if isinstance(exc, (FileExistsError, NotADirectoryError)) else (
            exc.strerror or str(exc))
        print(str(EditionError(f"{where}: error: {why}")), file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
