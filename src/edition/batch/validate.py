"""`edition validate` over a process pool, with the cross-file pre-pass made linear.

The serial runner (edition.validate.runner) hands every file the ids of all the other files
($other-ids) and every mentioned person ($mentions): with N files that is N x (all ids), which
at 10,000 documents is billions of strings. edition.sch only asks whether the file's OWN ids
are among them (id-unique, person-referenced), so each file here is given just the part that
can matter: its own ids found in another file, and its own ids that are mentioned. Same
findings (tests/batch compares them), linear cost. Two passes, both in the pool: the facts of
every file (ids, references), then each file's checks; only small results cross processes.
"""

from collections import Counter
from pathlib import Path

from ..errors import InputError
from ..validate.crossref import Edition, check_personography, facts_of
from ..validate.messages import Finding
from ..inputs import xml_files
from ..validate.runner import Report
from ..xmlsafe import parse_bytes
from .pool import default_jobs, run_all

_evaluator = None  # per worker process: the Schematron compiled once
_persons: dict = {}  # per worker process: each folder's personography, parsed once


def facts_one(path: str) -> tuple[list[str], list[str]] | None:
    """Worker: (xml:ids, mentioned person ids) of one file; None when it does not parse."""
    try:
        facts = facts_of(parse_bytes(Path(path).read_bytes(), path))
    except (InputError, OSError):
        return None
    return facts.ids, sorted({ref.split("#", 1)[1] for ref, _ in facts.refs if "#" in ref})


def _evaluator_of():
    global _evaluator
    if _evaluator is None:
        from ..resources import data_file
        from ..validate.evaluate import Evaluator
        from ..validate.runner import EXTERNAL
        from ..validate.schematron import read_schema

        _evaluator = Evaluator(read_schema(data_file("schema", "edition.sch")), EXTERNAL)
    return _evaluator


def check_one(item: tuple[str, list[str], list[str]]) -> list[Finding]:
    """Worker: every finding for one file, given its share of the cross-file facts."""
    from saxonche import PySaxonApiError

    from ..resources import data_file
    from ..validate.grammar import check_grammar
    from ..validate.position import Positions
    from ..validate.runner import _DECLARED, _input_finding, _saxon_doc

    name, mentioned, elsewhere = item
    path = Path(name)
    try:
        data = path.read_bytes()
        declared = _DECLARED.match(data)
        if declared and declared[1].decode().lower() not in ("utf-8", "utf8"):
            return [Finding(name, 1, 1, "well-formed",
                            f"declares encoding {declared[1].decode()}; the edition's files are UTF-8")]
        tree = parse_bytes(data, name)
        text = data.decode("utf-8-sig")
    except InputError as exc:
        return [_input_finding(exc, name)]
    except OSError as exc:
        return [Finding(name, 1, 1, "well-formed", f"cannot read ({exc.strerror})")]
    evaluator, positions = _evaluator_of(), Positions(text)
    edition = Edition(path.parent, {path: facts_of(tree)})
    findings = check_grammar(tree, name, positions, data_file("schema", "edition.rng"))
    findings += check_personography(path, name, edition)
    persons = edition.persons
    if persons and persons not in _persons:
        _persons[persons] = _saxon_doc(evaluator, persons, {}, {})
    params = {"persons": _persons.get(persons), "mentions": evaluator.strings(mentioned),
              "other-ids": evaluator.strings(elsewhere)}
    try:
        document = evaluator.parse(text, path.resolve().as_uri())
    except PySaxonApiError as exc:
        return findings + [Finding(name, 1, 1, "well-formed", " ".join(str(exc).split()))]
    return findings + evaluator.run(document, name, positions, params)


def validate_all(paths: list[Path], *, jobs: int | None = None) -> Report:
    files = xml_files(paths)
    jobs = jobs or default_jobs()
    folders = sorted({f.parent for f in files})
    siblings = sorted({p for folder in folders for p in folder.glob("*.xml")} | set(files))
    facts = dict(zip(siblings, run_all(facts_one, [str(p) for p in siblings], jobs)))
    owners: dict[Path, Counter] = {folder: Counter() for folder in folders}
    mentioned: dict[Path, set] = {folder: set() for folder in folders}
    broken = {folder: False for folder in folders}
    for path, fact in facts.items():
        if path.parent not in owners:
            continue
        if fact is None:
            broken[path.parent] = True
            continue
        owners[path.parent].update(set(fact[0]))
        mentioned[path.parent].update(fact[1])
    items = []
    for path in files:
        own = facts.get(path)
        ids = set(own[0]) if own else set()
        # An unreadable sibling hides its mentions: then every id counts as mentioned (runner's rule).
        said = ids if broken[path.parent] else ids & mentioned[path.parent]
        in_other = {i for i in ids if owners[path.parent][i] > 1}
        items.append((str(path), sorted(said), sorted(in_other)))
    findings = [f for result in run_all(check_one, items, jobs) for f in result]
    return Report(sorted(set(findings)), len(files))
