"""The build manifest: what each output was made from, so unchanged inputs can be skipped.

Stored as `<out>/.edition-build.json`: a `context` digest (the personography, every stylesheet
and the toolkit's version: a change there invalidates every page) and, per input file name,
the SHA-256 of its bytes with what the index of persons needs from it (id, title, mentions per person).
Content hashes rather than modification times: a checkout or a copy touches every mtime, and
the work saved must not depend on that.
"""

import hashlib
import json
from pathlib import Path

from .. import __version__
from ..atomicwrite import replace_file
from ..resources import data_dir
from ..textfile import read_bytes

NAME = ".edition-build.json"


def file_digest(path: Path) -> str:
    return hashlib.sha256(read_bytes(path)).hexdigest()  # a pipe is refused, never waited on


def context_digest(tei_dir: Path) -> str:
    """What every page depends on besides its own document."""
    digest = hashlib.sha256(__version__.encode())
    persons = Path(tei_dir) / "persons.xml"
    digest.update(persons.read_bytes() if persons.is_file() else b"")
    xslt = data_dir("xslt")
    for path in sorted(p for p in xslt.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(xslt)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def load(out: Path, context: str) -> dict[str, dict]:
    """Entries by input file name; none when the manifest is absent, unreadable or of another context."""
    try:
        data = json.loads((Path(out) / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("context") != context:
        return {}
    entries = data.get("files")
    return entries if isinstance(entries, dict) else {}


def save(out: Path, context: str, entries: dict[str, dict]) -> None:
    data = json.dumps({"context": context, "files": entries}, ensure_ascii=False, sort_keys=True)
    replace_file(Path(out) / NAME, data.encode("utf-8"))
