"""`persName/@ref` -> the id of the person in persons.xml it names (docs/encoding.md)."""

import re

_PERSON_REF = re.compile(r"^(?:persons\.xml)?#([A-Za-z_][A-Za-z0-9_.\-]*)$")


def person_id(ref: str | None) -> str | None:
    """'persons.xml#ezhov' or '#ezhov' -> 'ezhov'; anything else (another file, no id) -> None."""
    match = _PERSON_REF.match((ref or "").strip())
    return match.group(1) if match else None


def person_ids(ref: str | None) -> list[str]:
    """Every person a @ref of several pointers names, in order."""
    return [pid for token in (ref or "").split() if (pid := person_id(token))]
