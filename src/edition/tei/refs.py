"""`persName/@ref`, `placeName/@ref`, `orgName/@ref` -> the register and id they name (docs/encoding.md).

The rule is the schema's: the pattern is read from the ODD's `$entry-ref` (schema/edition.odd,
constraintDecl), which the Schematron checks every @ref with, so a @ref the toolkit reads is one
`edition validate` accepts, and the other way round.
"""

import re
from functools import cache, lru_cache

from ..resources import data_file
from ..xmlsafe import parse_file
from .registers import REGISTERS

_SCH = "{http://purl.oclc.org/dsdl/schematron}"


@cache
def entry_pattern() -> re.Pattern:
    """The ODD's `$entry-ref`: group 1 the register, group 2 the entry's id."""
    let = parse_file(data_file("schema", "edition.odd")).find(f".//{_SCH}let[@name='entry-ref']")
    literal = let.get("value").strip()  # an XPath string literal, '…', holding no quote
    return re.compile(literal[1:-1])


def entity_ref(ref: str | None) -> tuple[str, str] | None:
    """'places.xml#moscow' -> ('places', 'moscow'); anything else (another file, a bare '#id',
    no id, several pointers) -> None. Surrounding spaces are ignored, as normalize-space does."""
    return _read_ref(entry_pattern(), (ref or "").strip())


@lru_cache(maxsize=4096)  # a document repeats a few hundred @refs thousands of times; kept per pattern
def _read_ref(pattern: re.Pattern, ref: str) -> tuple[str, str] | None:
    match = pattern.fullmatch(ref)
    return (match.group(1), match.group(2)) if match and match.group(1) in REGISTERS else None


def entity_id(ref: str | None, register: str) -> str | None:
    """The one entry of `register` a @ref names: ('places.xml#moscow', 'places') -> 'moscow';
    None for anything else (another register, several pointers, no id)."""
    found = entity_ref(ref)
    return found[1] if found and found[0] == register else None


def person_id(ref: str | None) -> str | None:
    """'persons.xml#ezhov' -> 'ezhov'; anything else (another file, no id) -> None."""
    return entity_id(ref, "persons")


def entity_ids(ref: str | None, register: str) -> list[str]:
    """Every id of `register` a @ref of several pointers names, in order."""
    return [found[1] for token in (ref or "").split() if (found := entity_ref(token)) and found[0] == register]


def person_ids(ref: str | None) -> list[str]:
    """Every person a @ref of several pointers names, in order."""
    return entity_ids(ref, "persons")
