"""The fixed segments of the viewer's URLs that stand where a register entry's id stands too,
and the ids they would shadow.

/persons/letter/a/ and /persons/<id>/ share a level, as do /api/persons/letter/a.json and
/api/persons/<id>.json: a person whose id were "letter" would never be served, and the static
export would write its page where a list's goes. web/routes.py builds its rules from these
names (tests/web/test_routes.py finds the same sets in the route table), so a new fixed segment
is reserved here or the test fails; `edition validate` reports such an id (rule `id-reserved`)
and the viewer and the build refuse the register, naming it.
"""

from pathlib import Path

from .errors import InputError
from .tei.registers import ENTRY_TAGS, register_of
from .tei.namespaces import T, XML_ID
from .tei.positions import Positions

PAGE = "page"  # a list's pages from the second on: /persons/page/2/
LETTER = "letter"  # the entries filed under a letter: /persons/letter/a/
IN = "in"  # the entries one document names: /persons/in/<doc>/
BY_FREQUENCY = "by-frequency"  # the index of persons, most referred to first

# register -> the fixed segments beside its entries' ids (/persons/…, /api/persons/…)
RESERVED = {"persons": (BY_FREQUENCY, LETTER, IN, PAGE), "places": (LETTER, IN, PAGE),
            "organisations": (LETTER, IN, PAGE)}
RULE = "id-reserved"


def shadowed(register: str, entry_id: str) -> str | None:
    """Why this entry's id cannot be its page's path segment, or None."""
    if entry_id not in RESERVED.get(register, ()):
        return None
    return (f'xml:id "{entry_id}" is a fixed segment of the viewer\'s URLs (/{register}/{entry_id}/ is another '
            f"page, reserved: {', '.join(RESERVED[register])}): this entry's page would never be reached; "
            "choose another id")


def shadowed_in(tree, path: Path | str) -> list[tuple]:
    """[(element, why)] for each entry of a register file whose id a fixed segment shadows."""
    register = register_of(path)
    if register is None:
        return []
    found = ((el, shadowed(register, el.get(XML_ID) or "")) for el in tree.getroot().iter(T + ENTRY_TAGS[register]))
    return [(el, why) for el, why in found if why]


def refuse(register: str, entries, path: Path | str) -> None:
    """For the viewer and the build: an InputError naming the first entry (with `.id`, `.line`)
    whose id a fixed segment shadows, at its start tag's column, as `edition validate` names it."""
    for entry in entries:
        why = shadowed(register, entry.id)
        if why:
            column = Positions(Path(path).read_text(encoding="utf-8")).element_column(entry.line, ENTRY_TAGS[register])
            raise InputError(f"{path}:{entry.line}:{column}: error: {why} [{RULE}]")
