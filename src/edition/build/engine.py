"""The one build: every document in this process or over a pool, skipping unchanged ones on request.

Each document is built by build_document (in a worker when jobs > 1), which also returns its
title and mentions per person; those are kept in the manifest, so the index of persons is made
without reading the corpus again, and an incremental build reuses them for skipped documents.
"""

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..atomicwrite import replace_file
from ..errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, EditionError
from ..pool import run_all
from ..render.compiler import warm_up
from ..resources import data_file
from ..outputnames import OUTPUTS
from ..printable import escaped
from . import manifest
from .document import build_document, documents
from .index_page import index_page
from .persons_page import write_persons_page

STYLESHEETS = ("html.xsl", "text.xsl")


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)  # input file names built this run
    skipped: list[str] = field(default_factory=list)  # unchanged since the manifest was written
    failed: list[str] = field(default_factory=list)  # one "path: error: …" message each: the input's fault
    faults: list[str] = field(default_factory=list)  # the same, the environment's fault (an output not written)
    static_files: int = 0  # files of the static site, when one was asked for
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """README's codes: 2 when the environment failed the build, else 1 when an input did."""
        return EXIT_USAGE if self.faults else EXIT_FINDINGS if self.failed else EXIT_OK


def build_one(item: tuple[str, str]) -> dict:
    """Build one document; return its manifest entry, or {"error": message}."""
    path, out = Path(item[0]), Path(item[1])
    try:
        digest = manifest.file_digest(path)
        doc = build_document(path, out)
        return {"sha256": digest, "id": doc.id, "title": doc.title, "persons": doc.persons}
    except EditionError as exc:
        return {"error": str(exc), "exit": exc.exit_code}
    except OSError as exc:  # the input vanished or became unreadable while the build ran
        return {"error": str(EditionError(f"{exc.filename or path}: error: {exc.strerror or exc}")), "exit": EXIT_USAGE}


def _up_to_date(path: Path, entry: dict | None, out: Path) -> bool:
    return (entry is not None and "persons" in entry and entry.get("sha256") == manifest.file_digest(path)
            and all((out / name.format(entry["id"])).is_file() for name in OUTPUTS))


def build_all(tei_dir: Path, out: Path, *, jobs: int = 1, incremental: bool = True, static: Path | None = None,
              base_url: str | None = None, log: Callable[[str], None] | None = None) -> BuildReport:
    """Build TEI_DIR into OUT (and the viewer's static site into `static`, published at `base_url`);
    a failing document is reported in the BuildReport and the others are still built."""
    tei_dir, out = Path(tei_dir), Path(out)
    if not tei_dir.is_dir():
        raise EditionError(f"{tei_dir}: error: not a folder of TEI files")
    paths = documents(tei_dir)
    if not paths:
        raise EditionError(f"{tei_dir}: error: no TEI documents (*.xml) in this folder")
    start, report = time.perf_counter(), BuildReport()
    out.mkdir(parents=True, exist_ok=True)
    context = manifest.context_digest(tei_dir)
    old = manifest.load(out, context) if incremental else {}
    entries = {p.name: old[p.name] for p in paths if _up_to_date(p, old.get(p.name), out)}
    report.skipped = list(entries)
    todo = [p for p in paths if p.name not in entries]
    results = run_all(build_one, [(str(p), str(out)) for p in todo], jobs, warm_up, STYLESHEETS)
    for number, (path, result) in enumerate(zip(todo, results), 1):
        if "error" in result and result["exit"] == EXIT_USAGE:  # its last outputs stay, and stay listed
            report.faults.append(result["error"])
            if path.name in old:
                entries[path.name] = old[path.name]
        elif "error" in result:
            report.failed.append(result["error"])
        else:
            entries[path.name] = result
            report.built.append(path.name)
        if log:
            log(f"[{number}/{len(todo)}] {escaped(path.name)} {'failed' if 'error' in result else 'ok'}")
    for name, entry in old.items():  # outputs of documents that are gone
        if name not in entries and not (tei_dir / name).is_file():
            for pattern in OUTPUTS:
                (out / pattern.format(entry["id"])).unlink(missing_ok=True)
    done = [entries[p.name] for p in paths if p.name in entries]
    try:
        if (tei_dir / "persons.xml").is_file() and (report.built or not (out / "persons.html").is_file()
                                                     or set(old) != set(entries)):
            _persons_page(tei_dir, done, out, report)
        replace_file(out / "index.html", index_page([(e["id"], e["title"]) for e in done]).encode("utf-8"))
        shutil.copyfile(data_file("xslt", "html/edition.css"), out / "edition.css")
        manifest.save(out, context, entries)
    except OSError as exc:
        report.faults.append(str(EditionError(f"{exc.filename or out}: error: cannot write: {exc.strerror or exc}")))
    if static is not None:
        _static_site(tei_dir, Path(static), base_url, report)
    report.seconds = time.perf_counter() - start
    return report


def _persons_page(tei_dir: Path, done: list[dict], out: Path, report: BuildReport) -> None:
    """The index of persons from the mentions the documents' builds counted (or the manifest kept)."""
    documents_ = ((f"{e['id']}.html", e["title"] or e["id"], e["persons"]) for e in done)
    try:
        write_persons_page(tei_dir / "persons.xml", documents_, out / "persons.html")
    except (EditionError, OSError) as exc:
        report.failed.append(str(exc))


def _static_site(tei_dir: Path, static: Path, base_url: str | None, report: BuildReport) -> None:
    from ..web.static_export import export_static  # the viewer (Flask) only when a site is asked for

    try:
        report.static_files = len(export_static(tei_dir, static, base_url=base_url))
    except EditionError as exc:
        report.failed.append(str(exc))
