"""Which parts of a TEI document are searched for dates, shared by the tagger and the reporter.

Skipped: the teiHeader (metadata, not the witness), text already inside `date`, identifiers and
page furniture (`idno`, `fw`: "FORUM 667" is a folio, not a year), note labels and note
anchors (numbers), release codes, the editor's `desc` of a gap, and the editors' own notes
(their dates are the editors', not the document's). The tagger also leaves
`choice` alone: a date there wraps the whole `choice`, which only the editor can place.
"""

from ..tei.editors_notes import ELEMENT, TYPE

SKIPPED = {"teiHeader", "date", "idno", "fw", "label", "desc", "stamp"}
SKIPPED_TYPES = {("ref", "noteAnchor"), ("ref", "endnote"), (ELEMENT, TYPE)}
# Elements whose dates belong to another time than the running text: the context year read
# inside them does not leak out (a note citing a 1951 book must not make "12 July" 1951).
CONTEXT_ISLANDS = {"note", "bibl", "biblStruct", "listBibl"}


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def skipped(name: str, type_: str | None) -> bool:
    return name in SKIPPED or (name, type_) in SKIPPED_TYPES
