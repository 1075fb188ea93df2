"""The build manifest: what each page was made from, so unchanged inputs can be skipped.

Stored as `<out>/.edition-build.json`: a `context` digest (the toolkit's version and files:
stylesheets, schema, templates, CSS, code; the registers: persons, places, organisations; the
site's settings and the day it is built on, SOURCE_DATE_EPOCH's if set: a change there
invalidates every page), per input file name the SHA-256 of its bytes with the id and the
files of its own pages, the files of the pages made from the whole corpus (`site`), and what
each of those pages read (`pages`: web/page_inputs.py). Content hashes rather than
modification times: a checkout or a copy touches every mtime, and the work saved must not
depend on that. Only files a manifest lists are ever removed by a later build.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..atomicwrite import replace_file
from ..resources import data_dir, data_file
from ..tei import registers as register_files
from ..textfile import read_bytes
from ..web import build_date

NAME = ".edition-build.json"
_PACKAGE = Path(__file__).resolve().parents[1]


@dataclass
class Manifest:
    files: dict[str, dict] = field(default_factory=dict)  # input file name -> {sha256, id, files}
    site: list[str] = field(default_factory=list)  # the pages made from the whole corpus
    context: str = ""  # what every page was made with (context_digest)
    pages: dict = field(default_factory=dict)  # the whole-corpus pages' facets (web/page_inputs.py's table)


def file_digest(path: Path) -> str:
    return hashlib.sha256(read_bytes(path)).hexdigest()  # a pipe is refused, never waited on


def _tree(digest, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())


def context_digest(tei_dir: Path, config: dict) -> str:
    """What every page depends on besides its own document."""
    digest = hashlib.sha256(__version__.encode())
    for name in sorted(register_files.FILE_NAMES):  # the personography and the other registers
        register = Path(tei_dir) / name
        digest.update(name.encode() + b"\0" + (register.read_bytes() if register.is_file() else b""))
    digest.update(json.dumps(config, sort_keys=True, default=str).encode())
    digest.update(build_date().encode())  # every page's footer says it
    encoding_doc = config.get("ENCODING_DOC")
    digest.update(Path(encoding_doc).read_bytes() if encoding_doc else b"")
    _tree(digest, data_dir("xslt"))
    _tree(digest, data_dir("schema"))  # /about/schema/ and edition.zip show it
    digest.update(data_file("docs", "schema.md").read_bytes())
    _tree(digest, _PACKAGE)
    return digest.hexdigest()


def load(out: Path) -> Manifest:
    """The manifest in `out`; an empty one when it is absent or unreadable."""
    try:
        data = json.loads((Path(out) / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict):
        return Manifest()
    files, site, context, pages = (data.get(k) for k in ("files", "site", "context", "pages"))
    return Manifest(files if isinstance(files, dict) else {}, site if isinstance(site, list) else [],
                    context if isinstance(context, str) else "", pages if isinstance(pages, dict) else {})


def save(out: Path, context: str, manifest: Manifest) -> None:
    data = json.dumps({"context": context, "files": manifest.files, "site": manifest.site, "pages": manifest.pages},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    replace_file(Path(out) / NAME, data.encode("utf-8"))
