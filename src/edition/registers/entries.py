"""Places and organisations as data: the shape of an entry of places.xml and organisations.xml.

A register answers two questions: what an id names (`entries`), and which written forms name
which ids (`forms`, the same shape as the personography's, so edition.persons.matcher finds
places and organisations as it finds persons).
"""

from dataclasses import dataclass, field
from pathlib import Path

from ..persons.personography import _with_both_apostrophes as _both


@dataclass(frozen=True)
class Name:
    text: str
    type: str  # preferred, variant, abbreviation, former
    lang: str = ""


@dataclass(frozen=True)
class Place:
    id: str
    name: str  # the preferred (English) name
    type: str  # country, republic, region, city, district, building, area, ...
    variants: tuple[Name, ...] = ()
    parent: str | None = None  # id of the place it lies in
    geo: tuple[float, float] | None = None  # latitude, longitude
    geo_source: str = ""
    note: str = ""
    sources: tuple[str, ...] = ()  # bibl ids of the register's listBibl
    line: int = 1


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    type: str  # party, state, police, archive, international, publisher, ...
    variants: tuple[Name, ...] = ()
    start: str = ""  # ISO date the organisation was founded (@from)
    end: str = ""  # ISO date it ceased or was renamed (@to)
    predecessor: tuple[str, ...] = ()
    successor: tuple[str, ...] = ()
    parent: str | None = None  # id of the organisation it is part of
    note: str = ""
    sources: tuple[str, ...] = ()
    line: int = 1


@dataclass(frozen=True)
class Source:
    id: str
    text: str
    url: str = ""


@dataclass
class Register:
    path: Path
    entries: dict = field(default_factory=dict)  # id -> Place | Organisation
    sources: dict = field(default_factory=dict)  # bibl id -> Source

    def forms(self) -> dict[str, frozenset[str]]:
        """Written form -> ids it may name (more than one: ambiguous), each with both apostrophes."""
        index: dict[str, set[str]] = {}
        for entry in self.entries.values():
            for text in {entry.name, *(v.text for v in entry.variants)}:
                for form in _both({text}):
                    index.setdefault(form, set()).add(entry.id)
        return {form: frozenset(ids) for form, ids in index.items()}

