"""Write a synthetic corpus to a folder: N varied documents and the enlarged personography."""

import random
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import EditionError
from ..tei import registers as register_files
from ..xmlsafe import XML_NS, parse_file
from . import persons as persons_mod
from .variants import vary

PERSONS = "persons.xml"


@dataclass
class Summary:
    documents: int
    persons: int
    bytes: int


def _write(tree, path: Path) -> int:
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n"
    path.write_bytes(data)
    return len(data)


def generate(tei_dir: Path, out: Path, n: int, *, seed: int = 0, max_persons: int = 5000) -> Summary:
    """Write `n` documents and persons.xml into `out` (created; must hold no .xml files yet).

    The persons are the real ones plus generated ones (half as many as documents), at most
    `max_persons` in all; generated person k is mentioned in documents k mod n and (7k+3) mod n.
    """
    tei_dir, out = Path(tei_dir), Path(out)
    templates = sorted(register_files.documents(tei_dir.glob("*.xml")))
    if n < 1 or not templates or not (tei_dir / PERSONS).is_file():
        raise EditionError(f"{tei_dir}: error: need N >= 1 and a folder of TEI documents with {PERSONS}")
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob("*.xml")):
        raise EditionError(f"{out}: error: already holds .xml files; give an empty or new folder")
    real_persons = parse_file(tei_dir / PERSONS)
    real_count = len(real_persons.getroot().findall(f".//{persons_mod.T}person"))
    extra = max(0, min(max_persons - real_count, n // 2))
    forenames, surnames = persons_mod.name_parts(real_persons)
    names = [persons_mod.generated_name(k, forenames, surnames) for k in range(extra)]
    assigned: list[list[tuple[str, str]]] = [[] for _ in range(n)]
    for k, (forename, surname) in enumerate(names):
        for doc in dict.fromkeys((k % n, (7 * k + 3) % n)):
            assigned[doc].append((persons_mod.person_id(k), f"{forename} {surname}"))
    size = _write(persons_mod.with_generated(real_persons, extra, forenames, surnames), out / PERSONS)
    for name in sorted(register_files.FILE_NAMES - {PERSONS}):  # places, organisations: as they are
        if (tei_dir / name).is_file():
            size += _write(parse_file(tei_dir / name), out / name)
    parsed = [parse_file(p) for p in templates]
    rng = random.Random(seed)
    for i in range(n):
        template = parsed[i % len(parsed)]
        old_id = template.getroot().get(f"{{{XML_NS}}}id")
        new_id = f"syn{i:05d}-{old_id}"
        tree = vary(deepcopy(template), new_id, i, assigned[i], rng)
        size += _write(tree, out / f"{new_id}.xml")
    return Summary(n, real_count + extra, size)
