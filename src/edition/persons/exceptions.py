"""Known non-names (`tei/exceptions/persons.txt`): words and phrases the person tools leave alone.

One entry a line, `#` starts the comment saying why. A phrase shields the names inside it, so
"Lenin order" (the award) and "Kuibyshev Party chief" (the city) are neither tagged nor reported.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


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


def parse(text: str) -> Exceptions:
    phrases = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            phrases.append(" ".join(entry.split()))
    return Exceptions(tuple(phrases))


def load(path: Path | str | None) -> Exceptions:
    if path is None:
        return Exceptions()
    path = Path(path)
    try:
        return parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Exceptions()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}:1:1: error: cannot read the exceptions file ({exc})") from None
