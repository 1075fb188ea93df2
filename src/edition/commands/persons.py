"""`edition persons`: the editor's to-do list for person mentions, or pre-tag one file (--tag).

Check mode (default): lists, as `file:line:col: kind: message`, known names not inside
`persName`, ambiguous names, name-like strings neither in the personography nor in the
exceptions file, `persName/@ref`s that resolve to no person, and (when a folder is checked)
persons no document mentions; exit 1 when it finds anything. Tag mode (`--tag FILE`): wraps
each unambiguous mention in `persName ref="persons.xml#id"` and rewrites the file atomically
(temp file + os.replace), then says how many it tagged and which ambiguous names it left.
Authority mode (`--authority`): lists the persons of the personography without a wikidata,
viaf or gnd id; exit 1 when any lacks one.
"""

import json
import os
from pathlib import Path

from ..atomicwrite import replace_file
from ..errors import EXIT_FINDINGS, EXIT_OK, EditionError
from ..inputs import xml_files
from ..printable import line
from . import checks

HELP = "list untagged or unresolved person names, or pre-tag a file's persons (--tag)"


def add_arguments(parser):
    checks.add_arguments(parser, "the person mentions")
    parser.add_argument("--personography", metavar="FILE",
                        help="the personography (default: persons.xml next to the first PATH)")
    parser.add_argument("--exceptions", metavar="FILE",
                        help="known non-names (default: exceptions/persons.txt next to the personography)")
    parser.add_argument("--authority", action="store_true",
                        help="list the persons without an authority id (wikidata, viaf, gnd) instead")


def _setup(args, first: Path):
    from .. import exceptionlist
    from ..persons import exceptions, personography
    from ..persons.matcher import NameMatcher

    folder = first if first.is_dir() else first.parent
    pers_path = Path(args.personography) if args.personography else folder / "persons.xml"
    if not pers_path.is_file():
        raise EditionError(f"{pers_path}: error: no personography here (give one with --personography)")
    people = personography.load(pers_path)
    known = exceptions.load(args.exceptions or exceptionlist.beside(pers_path.parent, "persons.txt"))
    return people, NameMatcher(people, known)


def _tag(path: Path, args) -> int:
    from ..retag import require_target, serialise
    from ..persons.tagger import tag_tree
    from ..xmlsafe import parse_file, read_text, require_tei

    require_target(path)
    people, matcher = _setup(args, path)
    if path.resolve() == people.path.resolve():
        raise EditionError(f"{path}: error: that is the personography; tag a document")
    raw = read_text(path)
    tree = require_tei(parse_file(path), str(path))
    rel = os.path.relpath(people.path.resolve(), path.resolve().parent).replace(os.sep, "/")
    result = tag_tree(tree, matcher, ref_prefix=f"{rel}#")
    if result.tagged:
        replace_file(path, serialise(tree, raw).encode("utf-8"))
    print(line(f"{path}: tagged {result.tagged} mention{'s' if result.tagged != 1 else ''}"))
    for amb in result.ambiguous:
        ids = ", ".join(sorted(amb.ids))
        print(line(f"{path}:{amb.line}: left {amb.text!r} untagged: it may name {ids}"))
    return EXIT_OK


def _without(files: list[Path], personography: Path) -> list[Path]:
    """The documents: the registers are sources of names, not texts (the personography is one
    even when it has another name, given with --personography)."""
    from ..tei.registers import documents

    return [f for f in documents(files) if f.resolve() != personography.resolve()]


def _first(args) -> Path:
    first = Path(args.paths[0]) if args.paths else Path("tei")
    if not first.exists():
        raise EditionError(f"{first}: error: no such file or folder")
    return first


def _print(findings, args) -> int:
    if args.format == "json":
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=1))
    else:
        for f in findings:
            print(line(f"{f.file}:{f.line}:{f.col}: {f.kind}: {f.message}"))
    return EXIT_FINDINGS if findings else EXIT_OK


def _authority(args) -> int:
    from ..persons.authority import lacking

    people, _ = _setup(args, _first(args))
    return _print(lacking(people), args)


def _other_registers(folder: Path):
    """What the places and organisations beside the personography know (their forms and their
    exceptions lists), so that a place is never an unknown person's name; None without them."""
    from ..entities.kinds import KINDS
    from ..entities.reporter import known_names
    from ..tei.registers import REGISTERS

    kinds = [k for k in KINDS if (folder / REGISTERS[k.name]).is_file()]
    if not kinds:
        return None
    registers = [k.load(folder) for k in kinds]
    lists = [k.matcher(r, folder).exceptions for k, r in zip(kinds, registers)]
    return known_names(registers, lists)


def _check(args) -> int:
    from ..persons.reporter import Reporter, lowercase_words
    from ..xmlsafe import parse_bytes, read_text, require_tei

    first = _first(args)
    people, matcher = _setup(args, first)
    files = _without(xml_files(args.paths or ["tei"]), people.path)
    raws = []
    for path in files:
        raw = read_text(path)
        require_tei(parse_bytes(raw.encode("utf-8"), str(path)), str(path))  # refuse what xmlsafe refuses
        raws.append(raw)
    # Sentence-start words are told from names by the whole edition's vocabulary, so checking
    # one file is as quiet as checking the folder.
    others = [read_text(f) for f in _without(xml_files([people.path.parent]), people.path) if f.resolve() not in
              {p.resolve() for p in files}]
    reporter = Reporter(people, matcher, lowercase_words(raws + others), _other_registers(people.path.parent))
    findings = [f for path, raw in zip(files, raws) for f in reporter.check(raw, path)]
    if any(Path(p).is_dir() for p in (args.paths or ["tei"])):
        findings += reporter.unmentioned()
    return _print(findings, args)


def run(args) -> int:
    target = checks.tag_target(args, "persons", "authority")
    if target:
        return _tag(target, args)
    if args.authority:
        return _authority(args)
    return _check(args)
