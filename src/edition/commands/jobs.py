"""The `--jobs N` option of `edition validate`, `edition build` and `edition serve`: one definition, one check."""

from ..errors import EditionError


def add_argument(parser, what: str) -> None:
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help=f"{what} N documents at a time in worker processes (default: 1)")


def jobs_of(args, command: str) -> int:
    if args.jobs < 1:
        raise EditionError(f"edition {command}: error: --jobs must be 1 or more, not {args.jobs}")
    return args.jobs
