"""The committed list of known non-dates (tei/exceptions/dates.txt).

One phrase per line, then `#` and why it is not a date; blank lines and lines starting with
`#` are ignored. A phrase without its reason is refused: the file is a record of decisions.
A date candidate overlapping an occurrence of a phrase is neither tagged nor reported.
"""

from pathlib import Path

from ..errors import EditionError, InputError


def parse(text: str, name: str = "<exceptions>") -> list[str]:
    phrases = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, hash_, why = line.partition(" #")
        if not hash_ or not why.strip():
            raise InputError(f"{name}:{number}:1: error: exception without a '# why' comment: {line.strip()!r}")
        phrases.append(phrase.strip())
    return phrases


def load(path: Path | str | None) -> list[str]:
    if path is None:
        return []
    path = Path(path)
    try:
        return parse(path.read_text(encoding="utf-8"), str(path))
    except FileNotFoundError:
        raise EditionError(f"{path}: error: no such exceptions file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}:1:1: error: exceptions file is not UTF-8") from None


def default_for(xml_path: Path) -> Path | None:
    """`exceptions/dates.txt` next to the TEI file (tei/x.xml -> tei/exceptions/dates.txt), if any."""
    candidate = Path(xml_path).parent / "exceptions" / "dates.txt"
    return candidate if candidate.is_file() else None
