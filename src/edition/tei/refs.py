"""`persName/@ref`, `placeName/@ref`, `orgName/@ref` -> the register and id they name (docs/encoding.md)."""

import re

from .registers import REGISTERS

# the element that names an entry of each register
NAME_TAGS = {"persons": "persName", "places": "placeName", "organisations": "orgName"}

_ENTITY_REF = re.compile(rf"^(?:({'|'.join(map(re.escape, REGISTERS))})\.xml)?#([A-Za-z_][A-Za-z0-9_.\-]*)$")


def entity_ref(ref: str | None, default: str = "persons") -> tuple[str, str] | None:
    """'places.xml#moscow' -> ('places', 'moscow'); '#ezhov' -> (default, 'ezhov'); anything
    else (another file, no id) -> None."""
    match = _ENTITY_REF.match((ref or "").strip())
    return (match.group(1) or default, match.group(2)) if match else None


def entity_id(ref: str | None, register: str) -> str | None:
    """The one entry of `register` a @ref names: ('places.xml#moscow', 'places') -> 'moscow';
    None for anything else (another register, several pointers, no id)."""
    found = entity_ref(ref)
    return found[1] if found and found[0] == register else None


def person_id(ref: str | None) -> str | None:
    """'persons.xml#ezhov' or '#ezhov' -> 'ezhov'; anything else (another file, no id) -> None."""
    return entity_id(ref, "persons")


def entity_ids(ref: str | None, register: str) -> list[str]:
    """Every id of `register` a @ref of several pointers names, in order."""
    return [found[1] for token in (ref or "").split() if (found := entity_ref(token)) and found[0] == register]


def person_ids(ref: str | None) -> list[str]:
    """Every person a @ref of several pointers names, in order."""
    return entity_ids(ref, "persons")
