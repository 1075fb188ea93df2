"""The committed list of known non-dates (tei/exceptions/dates.txt), in edition.exceptionlist's
format (a phrase, then " #" and why). A date candidate overlapping an occurrence of a phrase is
neither tagged nor reported.
"""

from pathlib import Path

from .. import exceptionlist

parse = exceptionlist.parse


def load(path: Path | str | None) -> list[str]:
    """The list at `path` (an error when named but absent); None: no exceptions."""
    return [] if path is None else exceptionlist.read(path)


def default_for(xml_path: Path) -> Path | None:
    """`exceptions/dates.txt` next to the TEI file (tei/x.xml -> tei/exceptions/dates.txt), if any."""
    return exceptionlist.beside(Path(xml_path).parent, "dates.txt")
