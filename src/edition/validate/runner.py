"""Validate files and folders: well-formedness, RELAX NG, Schematron, cross-file references.

I/O lives here; the checks (grammar.py, evaluate.py, crossref.py) work on parsed trees.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from saxonche import PySaxonApiError

from ..errors import EditionError, InputError
from ..inputs import xml_files
from ..resources import data_file
from ..xmlsafe import parse_bytes
from .crossref import check_personography, load_edition
from .evaluate import Evaluator
from .grammar import check_grammar
from .messages import Finding
from .position import Positions
from .schematron import read_schema

EXTERNAL = ["persons", "mentions", "other-ids"]  # edition.sch variables this runner supplies
_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_MESSAGE = re.compile(r"^(?P<path>.*?):(?P<line>\d+)(?::(?P<col>\d+))?: error: (?P<msg>.*)$", re.S)


@dataclass
class Report:
    findings: list[Finding]
    files: int


def _input_finding(exc: InputError, shown: str) -> Finding:
    match = _MESSAGE.match(str(exc))
    line, col, msg = (int(match["line"]), int(match["col"] or 1), match["msg"]) if match else (1, 1, str(exc))
    # libxml2 refuses a repeated xml:id while parsing; it is the id rule's business, not syntax.
    rule = "id-unique" if "already defined" in msg and msg.startswith("not well-formed XML: ID ") else "well-formed"
    return Finding(shown, line, col, rule, msg)


def validate(paths: list[Path]) -> Report:
    files = xml_files(paths)
    rng, sch = data_file("schema", "edition.rng"), data_file("schema", "edition.sch")
    findings, parsed, texts = [], {}, {}
    for path in files:
        try:
            data = path.read_bytes()
            declared = _DECLARED.match(data)
            if declared and declared[1].decode().lower() not in ("utf-8", "utf8"):
                findings.append(Finding(str(path), 1, 1, "well-formed",
                                        f"declares encoding {declared[1].decode()}; the edition's files are UTF-8"))
                continue
            parsed[path] = parse_bytes(data, str(path))
            texts[path] = data.decode("utf-8-sig")  # Saxon is given text: no byte-order mark
        except InputError as exc:
            findings.append(_input_finding(exc, str(path)))
        except OSError as exc:
            findings.append(Finding(str(path), 1, 1, "well-formed", f"cannot read ({exc.strerror})"))
    if not parsed:
        return Report(findings, len(files))
    editions = {folder: load_edition(folder, {p: t for p, t in parsed.items() if p.parent == folder})
                for folder in {p.parent for p in parsed}}
    evaluator = Evaluator(read_schema(sch), EXTERNAL)
    persons_docs = {}
    for path, tree in parsed.items():
        shown, positions, edition = str(path), Positions(texts[path]), editions[path.parent]
        findings += check_grammar(tree, shown, positions, rng)
        findings += check_personography(path, shown, edition)
        if edition.persons and edition.persons not in persons_docs:
            persons_docs[edition.persons] = _saxon_doc(evaluator, edition.persons, texts, parsed)
        params = {"persons": persons_docs.get(edition.persons),
                  "mentions": evaluator.strings(edition.mentions()),
                  "other-ids": evaluator.strings(edition.other_ids(path))}
        try:
            document = evaluator.parse(texts[path], path.resolve().as_uri())
        except PySaxonApiError as exc:  # libxml2 accepted it; Saxon's parser did not
            findings.append(Finding(shown, 1, 1, "well-formed", " ".join(str(exc).split())))
            continue
        findings += evaluator.run(document, shown, positions, params)
    return Report(sorted(set(findings)), len(files))


def _saxon_doc(evaluator: Evaluator, path: Path, texts: dict, parsed: dict):
    if path not in texts:  # the personography was not among the files named: read it safely
        data = path.read_bytes()
        try:
            parse_bytes(data, str(path))
        except InputError:
            return None
        texts = {path: data.decode("utf-8-sig")}
    try:
        return evaluator.parse(texts[path], path.resolve().as_uri())
    except PySaxonApiError:
        return None
