"""Which files of an edition folder are registers, not documents (docs/encoding.md, "Registers").

A register (the personography, the places, the organisations) is TEI but no text of the
edition: it is not built, indexed, searched or served as a document, and its root id is the
name of its register, not a document id. Every command asks here, so the rule lives once, and
the ODD's `$is-register` lists the same names (tests/tei/test_registers_one_list.py).
"""

from pathlib import Path

# register name (its root xml:id, the part of @ref before ".xml") -> file name
REGISTERS = {"persons": "persons.xml", "places": "places.xml", "organisations": "organisations.xml"}
FILE_NAMES = frozenset(REGISTERS.values())
ENTRY_TAGS = {"persons": "person", "places": "place", "organisations": "org"}  # one entry of each register
NAME_TAGS = {"persons": "persName", "places": "placeName", "organisations": "orgName"}  # what names an entry in a text
NOUNS = {"persons": "person", "places": "place", "organisations": "organisation"}  # one entry in words, JSON keys, endpoints


def is_register(path: Path | str) -> bool:
    return Path(path).name in FILE_NAMES


def register_of(path: Path | str) -> str | None:
    """The register a file is, by its name (None for a document)."""
    return next((r for r, name in REGISTERS.items() if name == Path(path).name), None)


def documents(paths) -> list[Path]:
    """The paths that are documents, in the order given."""
    return [Path(p) for p in paths if not is_register(p)]
