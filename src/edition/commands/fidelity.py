"""`edition fidelity SOURCES TEI`: share of each transcription's words kept, in order, in its TEI file.

Each TEI file names its transcription in sourceDesc (`bibl type="transcription"/idno`); a source
no TEI file names counts as 0 kept. Exit 1 when any source falls below --min.
"""

from pathlib import Path

from ..errors import EditionError, InputError

HELP = "check that every word of each source transcription survives, in order, in its TEI file"


def add_arguments(parser):
    parser.add_argument("sources", help="folder of transcriptions (*.txt) or one transcription")
    parser.add_argument("tei", help="folder of TEI files (searched recursively) or one TEI file")
    parser.add_argument("--min", type=float, default=0.995, help="fail below this kept share (default 0.995)")
    parser.add_argument("--show-missing", type=int, default=0, metavar="N",
                        help="list up to N missing source words per source, as SOURCE:LINE: missing: WORD")


def _files(path: Path, pattern: str) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(path.rglob(pattern))
    raise InputError(f"{path}: error: no such file or folder")


def run(args) -> int:
    from ..fidelity import measure, source_file_named
    from ..xmlsafe import parse_file

    if not 0 <= args.min <= 1:
        raise EditionError(f"edition fidelity: error: --min must be between 0 and 1, not {args.min}")
    sources = _files(Path(args.sources), "*.txt")
    by_source = {}
    for path in _files(Path(args.tei), "*.xml"):
        root = parse_file(path).getroot()
        named = source_file_named(root)
        if named:
            by_source.setdefault(named, (path, root))
    worst = 1.0
    for source in sources:
        try:
            text = source.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{source}: error: not valid UTF-8") from None
        if source.name not in by_source:
            print(f"{source.name}\t-\tno TEI file names this source\tkept 0.0000")
            worst = 0.0
            continue
        tei_path, root = by_source[source.name]
        result = measure(text, root)
        print(f"{source.name}\t{tei_path}\tsource words {result.words}\tkept {result.share:.4f}")
        for line, word in result.missing[: args.show_missing]:
            print(f"{source}:{line}: missing: {word}")
        worst = min(worst, result.share)
    print(f"worst kept share {worst:.4f}")
    return 0 if worst >= args.min else 1
