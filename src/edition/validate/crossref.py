"""The cross-file pre-pass: what each file's Schematron run must know about the rest of the edition.

The edition is a folder: a file's sibling *.xml files and the personography `persons.xml`
among them (docs/encoding.md). Validating one file still reads its siblings, so "every person
is referenced" and "xml:id unique across the edition" mean the same whichever files are named
on the command line. The facts gathered here reach edition.sch as its $persons, $mentions
and $other-ids variables; the one check made here is that the personography exists.
"""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..xmlsafe import XML_NS, parse_file
from .messages import Finding

PERSONS = "persons.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"


@dataclass
class Facts:
    ids: list[str] = field(default_factory=list)
    refs: list[tuple[str, int]] = field(default_factory=list)  # persName/@ref value, line


def facts_of(tree: etree._ElementTree) -> Facts:
    facts = Facts()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if f"{{{XML_NS}}}id" in el.attrib:
            facts.ids.append(el.get(f"{{{XML_NS}}}id"))
        if el.tag == f"{TEI}persName" and el.get("ref"):
            facts.refs.append((el.get("ref"), el.sourceline or 1))
    return facts


@dataclass
class Edition:
    folder: Path
    files: dict[Path, Facts]
    complete: bool = True  # False when a file of the folder could not be parsed
    _owners: Counter | None = field(default=None, repr=False)  # id -> how many files use it

    @property
    def persons(self) -> Path | None:
        path = self.folder / PERSONS
        return path if path.is_file() else None

    def mentions(self) -> list[str]:
        """Person ids referenced from the edition. With a file unreadable its mentions are unknown,
        so every person counts as referenced (no "never referenced" finding from a partial view)."""
        if not self.complete and self.persons in self.files:
            return sorted(self.files[self.persons].ids)
        return sorted({ref.split("#", 1)[1] for f in self.files.values() for ref, _ in f.refs if "#" in ref})

    def other_ids(self, path: Path) -> list[str]:
        """This file's ids that another file of the edition also uses: all edition.sch needs of
        $other-ids, and linear in the edition's size (not every other file's every id)."""
        if self._owners is None:
            self._owners = Counter(i for f in self.files.values() for i in set(f.ids))
        own = set(self.files[path].ids) if path in self.files else set()
        return sorted(i for i in own if self._owners[i] > 1)


def load_edition(folder: Path, parsed: dict[Path, etree._ElementTree]) -> Edition:
    """Facts of every *.xml in the folder, reusing trees already parsed (broken siblings are skipped:
    they get their own findings when validated)."""
    files, complete = {}, True
    for path in sorted(folder.glob("*.xml")):
        tree = parsed.get(path)
        if tree is None:
            try:
                tree = parse_file(path)
            except InputError:
                complete = False
                continue
        files[path] = facts_of(tree)
    for path, tree in parsed.items():
        if path.parent == folder and path not in files:
            files[path] = facts_of(tree)
    return Edition(folder, files, complete)


def check_personography(path: Path, shown: str, edition: Edition) -> list[Finding]:
    refs = edition.files.get(path, Facts()).refs
    if refs and edition.persons is None:
        return [Finding(shown, refs[0][1], 1, "persons-file",
                        f"persName/@ref points into {PERSONS}, but there is no {edition.folder / PERSONS}")]
    return []
