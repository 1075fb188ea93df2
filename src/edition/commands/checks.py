"""What the editor's three checks (`edition persons`, `dates`, `entities`) share: the same PATHs,
`--format` and `--tag FILE` options, and the one rule that tagging takes a single file."""

from pathlib import Path

from ..errors import EditionError


def add_arguments(parser, tagged: str) -> None:
    """`tagged` names what --tag wraps, e.g. "the dates"."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="TEI files or folders (default: tei/)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--tag", metavar="FILE", help=f"pre-tag {tagged} of FILE in place and say how many")


def tag_target(args, command: str, *exclusive: str) -> Path | None:
    """The file --tag names, or None in check mode; a PATH (or an `exclusive` option) beside it is a
    usage error, since tagging rewrites one file."""
    if not args.tag:
        return None
    if args.paths or any(getattr(args, name) for name in exclusive):
        others = " or ".join(["PATH", *(f"--{name.replace('_', '-')}" for name in exclusive)])
        raise EditionError(f"edition {command}: error: --tag takes one FILE and no other {others}")
    return Path(args.tag)
