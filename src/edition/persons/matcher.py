"""Find mentions of personography forms in a run of text.

A form matches as a whole word: not inside a longer word, so derived words stay untagged
(Stalinist, Trotskiists, Bukharinites, Ezhovshchina), while a possessive ("Stalin's") or a
hyphenated compound ("Zinoviev-Kamenev trial", "post-Stalin") yields the name alone. The
longest form wins ("Evgeniia Podol'skaia" over "Evgeniia"); initials before a name are taken
in ("N. I. Bukharin"), but a title is not ("Mr. Tucker", "Dr. Noorden"). Forms are also
matched in capitals, for bylines ("ABDURAKHMAN AVTORKHANOV"). Any register with `forms()` will do: the
places and organisations (edition.registers) are matched the same way, without initials.
"""

import re
from dataclasses import dataclass

from .exceptions import Exceptions
from .personography import Personography

# An initial: one capital, optionally one small letter (Ia., Iu.), then a full stop.
_INITIALS = r"(?:(?!(?:Mr|Dr|St|Mt|Jr|Ms|No)\.)(?:[A-Z][a-z]?|[А-ЯЁ][а-яё]?)\.\s?)*"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    ids: frozenset[str]

    @property
    def ambiguous(self) -> bool:
        return len(self.ids) > 1


class NameMatcher:
    def __init__(self, personography: Personography, exceptions: Exceptions | None = None, initials: bool = True):
        self.exceptions = exceptions or Exceptions()
        forms = personography.forms()
        self.ids: dict[str, frozenset[str]] = dict(forms)
        for form, ids in forms.items():
            upper = form.upper()
            if upper != form:
                self.ids[upper] = self.ids.get(upper, frozenset()) | ids
        alternatives = "|".join(re.escape(f) for f in sorted(self.ids, key=len, reverse=True))
        self._re = re.compile(rf"(?<!\w)(?P<init>{_INITIALS if initials else ''})(?P<name>{alternatives})(?!\w)")

    def find(self, text: str) -> list[Mention]:
        """Mentions in `text`, left to right, skipping any inside a known non-name phrase."""
        shields = self.exceptions.spans(text)
        found = []
        for m in self._re.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in shields):
                continue
            # A written form with initials ("N. Petrov") outranks the bare surname it contains.
            ids = self.ids.get(" ".join(m.group(0).split())) or self.ids[m.group("name")]
            found.append(Mention(m.start(), m.end(), m.group(0), ids))
        return found

    def ids_of(self, text: str) -> frozenset[str] | None:
        """The ids a whole string names (for a corrected `choice`), or None."""
        text = " ".join(text.split())
        m = self._re.fullmatch(text)
        return (self.ids.get(text) or self.ids[m.group("name")]) if m else None
