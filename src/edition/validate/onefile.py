"""The two per-file steps of `edition validate`, each run in whichever process the pool picks.

`facts_one` reads what other files need to know of a file (its xml:ids, the persons it
mentions, those only its editors' notes name); `check_one` makes every finding for one file,
given its share of those facts.
Each process compiles the Schematron once and parses each folder's registers once.
"""

import re
from pathlib import Path

from saxonche import PySaxonApiError

from ..errors import InputError
from ..outputnames import clash_at
from ..pathsegments import RULE, shadowed_in
from ..resources import data_file
from ..textfile import read_bytes
from ..xmlsafe import parse_bytes, read_checked
from ..tei.refs import person_ids
from ..tei.registers import REGISTERS
from .crossref import check_personography, facts_of
from .evaluate import Evaluator
from .grammar import check_grammar
from .messages import Finding
from ..tei.positions import Positions
from .schematron import read_schema

EXTERNAL = [*REGISTERS, "mentions", "editors-mentions", "other-ids"]  # edition.sch variables the runner gives
_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_MESSAGE = re.compile(r"^(?P<path>.*?)(?::(?P<line>\d+)(?::(?P<col>\d+))?)?: error: (?P<msg>.*)$", re.S)

_evaluator: Evaluator | None = None
_registers: dict = {}  # register path -> its Saxon document (None when it does not parse or is absent)


def facts_one(path: str) -> tuple[list[str], list[str], list[str]] | None:
    """(xml:ids, person ids the document mentions, person ids only its editors' notes name) of
    one file; None when it does not parse."""
    try:
        facts = facts_of(parse_bytes(read_bytes(path), path))  # a pipe or device: refused unread
    except (InputError, OSError):
        return None
    mentioned = {person for ref in facts.mentions for person in person_ids(ref)}
    noted = {person for ref in facts.editors for person in person_ids(ref)}
    return facts.ids, sorted(mentioned), sorted(noted - mentioned)


def check_one(item: tuple[str, list[str], list[str], list[str]]) -> list[Finding]:
    """Every finding for one file, given its ids that are mentioned (by the documents, by the
    editors' notes only) and its ids found elsewhere."""
    name, mentioned, noted, elsewhere = item
    path = Path(name)
    try:
        data = read_bytes(path)
        declared = _DECLARED.match(data)
        if declared and declared[1].decode().lower() not in ("utf-8", "utf8"):
            return [Finding(name, 1, 1, "well-formed",
                            f"declares encoding {declared[1].decode()}; the edition's files are UTF-8")]
        tree = parse_bytes(data, name)
        text = data.decode("utf-8-sig")  # Saxon is given text: no byte-order mark
    except InputError as exc:
        return [_input_finding(exc, name)]
    except OSError as exc:
        return [Finding(name, 1, 1, "well-formed", f"cannot read ({exc.strerror})")]
    evaluator, positions = _evaluator_of(), Positions(text)
    findings = check_grammar(tree, name, positions, data_file("schema", "edition.rng"))
    findings += id_clash(tree, name) + reserved_ids(tree, name, positions)
    findings += check_personography(path, name, facts_of(tree))
    params = {name: _register(evaluator, path.parent / file) for name, file in REGISTERS.items()}
    params |= {"mentions": evaluator.strings(mentioned), "editors-mentions": evaluator.strings(noted),
               "other-ids": evaluator.strings(elsewhere)}
    try:
        document = evaluator.parse(text, path.resolve().as_uri())
    except PySaxonApiError as exc:  # libxml2 accepted it; Saxon's parser did not
        return findings + [Finding(name, 1, 1, "well-formed", " ".join(str(exc).split()))]
    return findings + evaluator.run(document, name, positions, params)


def _evaluator_of() -> Evaluator:
    global _evaluator
    if _evaluator is None:
        _evaluator = Evaluator(read_schema(data_file("schema", "edition.sch")), EXTERNAL)
    return _evaluator


def _input_finding(exc: InputError, shown: str) -> Finding:
    match = _MESSAGE.match(str(exc))
    line, col, msg = (int(match["line"] or 1), int(match["col"] or 1), match["msg"]) if match else (1, 1, str(exc))
    # libxml2 refuses a repeated xml:id while parsing; it is the id rule's business, not syntax.
    rule = "id-unique" if "already defined" in msg and msg.startswith("not well-formed XML: ID ") else "well-formed"
    return Finding(shown, line, col, rule, msg)


def id_clash(tree, shown: str) -> list[Finding]:
    """A document id that would make one of the build's outputs another's (edition.outputnames)."""
    found = clash_at(tree, shown)
    return [Finding(shown, found[0], 1, "id-clash", found[1])] if found else []


def reserved_ids(tree, shown: str, positions: Positions) -> list[Finding]:
    """Register entries whose id a fixed segment of the viewer's URLs would shadow (edition.pathsegments)."""
    return [Finding(shown, el.sourceline or 1, positions.element_column(el.sourceline or 1, el.tag), RULE, why)
            for el, why in shadowed_in(tree, shown)]


def _register(evaluator: Evaluator, path: Path):
    """A register as a Saxon document, read through the gate first, once per process."""
    if path not in _registers:
        _registers[path] = _saxon_doc(evaluator, path) if path.is_file() else None
    return _registers[path]


def _saxon_doc(evaluator: Evaluator, path: Path):
    try:
        return evaluator.parse(read_checked(path).text, path.resolve().as_uri())
    except (InputError, PySaxonApiError):
        return None
