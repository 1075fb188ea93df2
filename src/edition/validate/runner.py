"""Validate files and folders: well-formedness, RELAX NG, Schematron, cross-file references.

Two passes, each linear in the number of files, each run in this process (jobs=1) or over a
pool of N processes (edition.pool), with only file names and small results crossing between
them: first the facts of every file of the folders involved (xml:ids, mentioned persons),
then each named file's checks (onefile.py). edition.sch only asks whether a file's OWN ids
are used by another file (id-unique, $other-ids) or mentioned (person-referenced: $mentions
by the documents, $editors-mentions by the editors' notes alone), so each file is given just
that share of the edition's facts, never every other file's ids.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..inputs import xml_files
from ..pool import run_all
from .messages import Finding
from .onefile import check_one, facts_one


@dataclass
class Report:
    findings: list[Finding]
    files: int


def validate(paths: list[Path], *, jobs: int = 1) -> Report:
    """The findings for the files and folders named, sorted; a folder means its *.xml files,
    and every file is checked against its folder (its siblings and persons.xml)."""
    files = xml_files(paths)
    folders = sorted({f.parent for f in files})
    siblings = sorted({p for folder in folders for p in folder.glob("*.xml")} | set(files))
    facts = dict(zip(siblings, run_all(facts_one, [str(p) for p in siblings], jobs)))
    owners: dict[Path, Counter] = {folder: Counter() for folder in folders}
    mentioned: dict[Path, set] = {folder: set() for folder in folders}
    noted: dict[Path, set] = {folder: set() for folder in folders}
    broken = {folder: False for folder in folders}
    for path, fact in facts.items():
        if fact is None:
            broken[path.parent] = True
            continue
        owners[path.parent].update(set(fact[0]))
        mentioned[path.parent].update(fact[1])
        noted[path.parent].update(fact[2])
    items = []
    for path in files:
        own = facts.get(path)
        ids = set(own[0]) if own else set()
        # An unreadable file hides its mentions: then no person can be called unreferenced.
        said = ids if broken[path.parent] else ids & mentioned[path.parent]
        only_noted = ids & noted[path.parent] - said
        in_other = {i for i in ids if owners[path.parent][i] > 1}
        items.append((str(path), sorted(said), sorted(only_noted), sorted(in_other)))
    findings = [f for result in run_all(check_one, items, jobs) for f in result]
    return Report(sorted(set(findings)), len(files))
