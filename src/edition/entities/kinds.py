"""The two kinds of named entity besides persons: organisations and places.

Organisations come first: an organisation's name may hold a place's ("Communist Party of the
Soviet Union"), and a mention is tagged once, by the longer name, so places are looked for only
outside `orgName` (the tagger and reporter skip text inside any name element).
"""

from dataclasses import dataclass
from pathlib import Path

from .. import exceptionlist
from ..persons import exceptions
from ..persons.matcher import NameMatcher
from ..registers import read
from ..registers.entries import Register
from ..tei.registers import NAME_TAGS, NOUNS, REGISTERS


@dataclass(frozen=True)
class Kind:
    name: str  # the register's name: "places", "organisations"

    @property
    def element(self) -> str:
        return NAME_TAGS[self.name]

    @property
    def noun(self) -> str:  # in messages
        return NOUNS[self.name]

    @property
    def file(self) -> str:
        return REGISTERS[self.name]

    @property
    def exceptions_file(self) -> str:
        return f"{self.name}.txt"

    def load(self, folder: Path) -> Register:
        loader = read.load_places if self.name == "places" else read.load_organisations
        return loader(Path(folder) / self.file)

    def matcher(self, register: Register, folder: Path, exceptions_path: Path | None = None) -> NameMatcher:
        path = exceptions_path or exceptionlist.beside(Path(folder), self.exceptions_file)
        return NameMatcher(register, exceptions.load(path), initials=False)


ORGANISATIONS = Kind("organisations")
PLACES = Kind("places")
KINDS = (ORGANISATIONS, PLACES)
