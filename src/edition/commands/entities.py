"""`edition entities`: the editor's to-do list for place and organisation mentions, or pre-tag one
file (--tag).

Check mode (default): for places.xml and organisations.xml beside the first PATH, lists as
`file:line:col: kind: message` known names not inside `placeName`/`orgName`, ambiguous names,
capitalised words no register and no exceptions list knows, `@ref`s that resolve to no entry, and
(when a folder is checked) entries no document mentions; exit 1 when it finds anything. Tag
mode (`--tag FILE`): wraps each unambiguous mention, organisations first, and rewrites the file
atomically (temp file + os.replace), then says how many of each it tagged.
"""

import os
from pathlib import Path

from ..atomicwrite import replace_file
from ..errors import EXIT_OK, EditionError
from ..inputs import xml_files
from ..printable import line
from . import checks

HELP = "list untagged or unresolved place and organisation names, or pre-tag a file's (--tag)"


def add_arguments(parser):
    checks.add_arguments(parser, "the place and organisation mentions")


def _folder(first: Path) -> Path:
    if not first.exists():
        raise EditionError(f"{first}: error: no such file or folder")
    folder = first if first.is_dir() else first.parent
    from ..tei.registers import REGISTERS

    for name in ("places", "organisations"):
        if not (folder / REGISTERS[name]).is_file():
            raise EditionError(f"{folder / REGISTERS[name]}: error: no register here")
    return folder


def _tag(path: Path) -> int:
    from ..entities.kinds import KINDS
    from ..persons.tagger import tag_tree
    from ..retag import require_target, serialise
    from ..tei.registers import is_register
    from ..xmlsafe import parse_file, read_text, require_tei

    require_target(path)
    folder = _folder(path)
    if is_register(path):
        raise EditionError(f"{path}: error: that is a register; tag a document")
    raw = read_text(path)
    tree = require_tei(parse_file(path), str(path))
    counts = []
    for kind in KINDS:
        register = kind.load(folder)
        rel = os.path.relpath(register.path.resolve(), path.resolve().parent).replace(os.sep, "/")
        result = tag_tree(tree, kind.matcher(register, folder), ref_prefix=f"{rel}#", element=kind.element, header=())
        counts.append(f"{result.tagged} {kind.noun}{'s' if result.tagged != 1 else ''}")
        for amb in result.ambiguous:
            print(line(f"{path}:{amb.line}: left {amb.text!r} untagged: it may name {', '.join(sorted(amb.ids))}"))
    if any(not c.startswith("0 ") for c in counts):
        replace_file(path, serialise(tree, raw).encode("utf-8"))
    print(line(f"{path}: tagged {' and '.join(counts)}"))
    return EXIT_OK


def _check(args) -> int:
    from .. import exceptionlist
    from ..entities.kinds import KINDS
    from ..entities.reporter import EntityReporter, known_names
    from ..persons import exceptions, personography
    from ..persons.reporter import lowercase_words
    from ..tei.registers import documents
    from ..xmlsafe import parse_bytes, read_text, require_tei
    from .persons import _print

    first = Path(args.paths[0]) if args.paths else Path("tei")
    folder = _folder(first)
    files = documents(xml_files(args.paths or ["tei"]))
    raws = []
    for path in files:
        raw = read_text(path)
        require_tei(parse_bytes(raw.encode("utf-8"), str(path)), str(path))
        raws.append(raw)
    others = [read_text(f) for f in documents(xml_files([folder])) if f.resolve() not in {p.resolve() for p in files}]
    common = lowercase_words(raws + others)
    registers = {kind: kind.load(folder) for kind in KINDS}
    matchers = {kind: kind.matcher(register, folder) for kind, register in registers.items()}
    people = personography.load(folder / "persons.xml") if (folder / "persons.xml").is_file() else None
    person_exceptions = exceptions.load(exceptionlist.beside(folder, "persons.txt"))
    known = known_names([r for r in (people, *registers.values()) if r is not None],
                        [person_exceptions, *(m.exceptions for m in matchers.values())])
    findings = []
    for kind in KINDS:
        reporter = EntityReporter(kind, registers[kind], matchers[kind], common, known)
        findings += [f for path, raw in zip(files, raws) for f in reporter.check(raw, path)]
        if any(Path(p).is_dir() for p in (args.paths or ["tei"])):
            findings += reporter.unmentioned()
    # A word no register knows is one finding, though both kinds' reporters meet it.
    return _print(sorted(dict.fromkeys(findings), key=lambda f: (f.file, f.line, f.col, f.kind)), args)


def run(args) -> int:
    target = checks.tag_target(args, "entities")
    if target:
        return _tag(target)
    return _check(args)
