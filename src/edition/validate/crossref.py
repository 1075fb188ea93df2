"""The cross-file facts: what each file's Schematron run must know about the rest of the edition.

The edition is a folder: a file's sibling *.xml files and the personography `persons.xml`
among them (docs/encoding.md). Validating one file still reads its siblings, so "every person
is referenced" and "xml:id unique across the edition" mean the same whichever files are named
on the command line. The facts read here (runner.py gathers them) reach edition.sch as its
$persons, $mentions, $editors-mentions and $other-ids variables; the one check made here is
that the personography exists. A name in the editors' own notes is not a mention of the
document (tei/editors_notes.py): it is a fact apart, $editors-mentions.
"""

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..tei.editors_notes import in_editors_note
from ..tei.namespaces import T, XML_ID
from .messages import Finding

PERSONS = "persons.xml"


@dataclass
class Facts:
    ids: list[str] = field(default_factory=list)
    refs: list[tuple[str, int]] = field(default_factory=list)  # persName/@ref value, line
    mentions: set[str] = field(default_factory=set)  # those @refs outside the editors' notes
    editors: set[str] = field(default_factory=set)  # and inside them


def facts_of(tree: etree._ElementTree) -> Facts:
    facts = Facts()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if XML_ID in el.attrib:
            facts.ids.append(el.get(XML_ID))
        if el.tag == T + "persName" and el.get("ref"):
            facts.refs.append((el.get("ref"), el.sourceline or 1))
            (facts.editors if in_editors_note(el) else facts.mentions).add(el.get("ref"))
    return facts


def persons_file(folder: Path) -> Path | None:
    path = folder / PERSONS
    return path if path.is_file() else None


def check_personography(path: Path, shown: str, facts: Facts) -> list[Finding]:
    if facts.refs and persons_file(path.parent) is None:
        return [Finding(shown, facts.refs[0][1], 1, "persons-file",
                        f"persName/@ref points into {PERSONS}, but there is no {path.parent / PERSONS}")]
    return []
