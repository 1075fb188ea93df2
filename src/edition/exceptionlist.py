"""The exception lists in tei/exceptions/ (persons.txt, dates.txt): phrases a recogniser leaves alone.

One phrase a line, then " #" and why it is an exception; blank lines and lines starting with "#"
are comments. A phrase without its reason is refused, naming the file and line: the lists are a
record of editorial decisions, and the reason is what lets the next editor keep or drop one.
Both lists are read here, so they cannot drift apart in format or in how a missing file is met.
"""

import re
from pathlib import Path

from .errors import EditionError, InputError
from .textfile import decode_utf8, read_bytes

_REASON = re.compile(r"\s#")


def parse(text: str, name: str = "<exceptions>") -> list[str]:
    """The phrases of a list, whitespace inside each collapsed to one space."""
    phrases = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, *why = _REASON.split(line, maxsplit=1)
        if not why or not why[0].strip():
            raise InputError(f"{name}:{number}:1: error: exception without a '# why' comment: {line.strip()!r}")
        phrases.append(" ".join(phrase.split()))
    return phrases


def read(path: Path | str) -> list[str]:
    """The phrases of the list at `path`; a file named but absent is a usage error (exit 2), and
    a folder, an unreadable file or one not in UTF-8 is refused as every input file is."""
    path = Path(path)
    if not path.exists():
        raise EditionError(f"{path}: error: no such exceptions file")
    return parse(decode_utf8(read_bytes(path), str(path)), str(path))


def beside(folder: Path, name: str) -> Path | None:
    """`folder/exceptions/name` when it exists: the list an edition folder keeps by default."""
    candidate = Path(folder) / "exceptions" / name
    return candidate if candidate.is_file() else None
