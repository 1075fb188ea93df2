"""The editors' own notes (`note type="editorial"`, with `@resp`; docs/encoding.md, "Notes").

Their names and dates are the editors' words, not the document's: what a document mentions
(the index of persons, a person's page, the dates still to tag) never counts them. Schematron
rule `editors-note-marked` keeps every such note recognisable by this one test.
"""

from .namespaces import T

ELEMENT, TYPE = "note", "editorial"
_NOTE = T + ELEMENT


def is_editors_note(el) -> bool:
    return el.tag == _NOTE and el.get("type") == TYPE


def in_editors_note(el) -> bool:
    return any(is_editors_note(note) for note in el.iterancestors(_NOTE))
