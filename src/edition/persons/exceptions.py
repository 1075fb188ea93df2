"""Known non-names (`tei/exceptions/persons.txt`): words and phrases the person tools leave alone.

The file's format is edition.exceptionlist's (a phrase, then " #" and why). A phrase shields the
names inside it, so "Lenin order" (the award) and "Kuibyshev Party chief" (the city) are neither
tagged nor reported.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from .. import exceptionlist


@dataclass(frozen=True)
class Exceptions:
    phrases: tuple[str, ...] = ()

    def __post_init__(self):
        ordered = sorted(set(self.phrases), key=len, reverse=True)
        pattern = "|".join(re.escape(p) for p in ordered)
        # Whole tokens only: "Moskvina" is a known non-name, but not inside "Trilisser-Moskvina".
        object.__setattr__(self, "_re", re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") if ordered else None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._re is None:
            return []
        return [m.span() for m in self._re.finditer(text)]

    def __contains__(self, word: str) -> bool:
        return word in self.phrases


def parse(text: str, name: str = "<exceptions>") -> Exceptions:
    return Exceptions(tuple(exceptionlist.parse(text, name)))


def load(path: Path | str | None) -> Exceptions:
    """The list at `path` (an error when named but absent); None: no exceptions."""
    return Exceptions() if path is None else Exceptions(tuple(exceptionlist.read(path)))
