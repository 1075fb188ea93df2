"""The editor's to-do list for places and organisations: edition.persons' reporter, given a register.

Findings as for persons (`untagged`, `ambiguous`, `unknown-name`, `unresolved-ref`, `unmentioned`),
with two differences: the teiHeader is not looked at for mentions (docs/encoding.md: it is not
tagged), and a word is an unknown name only when no register and no exceptions list knows it,
so a person's name is not a candidate place. An entry is mentioned when it or any entry inside
it is (a country through its cities).
"""

from ..persons.exceptions import Exceptions
from ..persons.matcher import NameMatcher
from ..persons.reporter import Finding, Reporter
from .kinds import Kind


class _Union:
    """The forms of several registers together, for `known`."""

    def __init__(self, registers):
        self.registers = registers

    def forms(self) -> dict[str, frozenset[str]]:
        merged: dict[str, frozenset[str]] = {}
        for register in self.registers:
            for form, ids in register.forms().items():
                merged[form] = merged.get(form, frozenset()) | ids
        return merged


def known_names(registers, exception_lists) -> NameMatcher:
    """Every form of every register, and every phrase of every exceptions list."""
    phrases = tuple(p for known in exception_lists for p in known.phrases)
    return NameMatcher(_Union(registers), Exceptions(phrases), initials=False)


class EntityReporter(Reporter):
    header = ()

    def __init__(self, kind: Kind, register, matcher: NameMatcher, common: set[str], known: NameMatcher):
        super().__init__(register, matcher, common, known)
        self.element, self.noun = kind.element, kind.noun

    def ids(self):
        return self.personography.entries

    def unknown_message(self, word: str) -> str:
        return f"{word!r} looks like a name but no register and no exceptions list knows it"

    def unmentioned(self) -> list[Finding]:
        entries = self.personography.entries
        reached: set[str] = set()
        for eid in self.mentioned:
            while eid in entries and eid not in reached:
                reached.add(eid)
                eid = entries[eid].parent
        path = self.personography.path
        lines = path.read_text(encoding="utf-8").splitlines()
        return [Finding(str(path), e.line, lines[e.line - 1].find("<") + 1, "unmentioned",
                        f"{e.id} ({e.name}) is mentioned in no document checked, nor is anything inside it")
                for e in sorted(entries.values(), key=lambda e: e.line) if e.id not in reached]
