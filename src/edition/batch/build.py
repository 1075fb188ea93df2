"""`edition build` over a process pool, skipping documents whose bytes have not changed.

The outputs are exactly those of the serial `edition build` (same functions: build_document,
index_page, persons_index_html), so the two can be compared file by file.
"""

import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EditionError
from . import manifest
from ..pool import default_jobs, run_all
from ..render.compiler import warm_up

STYLESHEETS = ("html.xsl", "text.xsl")
OUTPUTS = ("{}.html", "{}.txt", "{}.diplomatic.txt")


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)  # input file names built this run
    skipped: list[str] = field(default_factory=list)  # unchanged since the manifest was written
    failed: list[str] = field(default_factory=list)  # one "path: error: …" message each
    seconds: float = 0.0


def build_one(item: tuple[str, str]) -> dict:
    """Worker: build one document; return its manifest entry, or {"error": message}."""
    from ..commands.build import build_document

    path, out = Path(item[0]), Path(item[1])
    try:
        digest = manifest.file_digest(path)
        doc = build_document(path, out)
        return {"sha256": digest, "id": doc.id, "title": doc.title, "persons": doc.persons}
    except (EditionError, OSError) as exc:
        return {"error": str(exc)}


def _up_to_date(path: Path, entry: dict | None, out: Path) -> bool:
    return (entry is not None and "persons" in entry and entry.get("sha256") == manifest.file_digest(path)
            and all((out / name.format(entry["id"])).is_file() for name in OUTPUTS))


def build_all(tei_dir: Path, out: Path, *, jobs: int | None = None, incremental: bool = True,
              log=None) -> BuildReport:
    from ..commands.build import documents, index_page

    tei_dir, out, jobs = Path(tei_dir), Path(out), jobs or default_jobs()
    start, report = time.perf_counter(), BuildReport()
    paths = documents(tei_dir)
    if not paths:
        raise EditionError(f"{tei_dir}: error: no TEI documents (*.xml) in this folder")
    out.mkdir(parents=True, exist_ok=True)
    context = manifest.context_digest(tei_dir)
    old = manifest.load(out, context) if incremental else {}
    entries = {p.name: old[p.name] for p in paths if _up_to_date(p, old.get(p.name), out)}
    report.skipped = list(entries)
    todo = [p for p in paths if p.name not in entries]
    for path, result in zip(todo, run_all(build_one, [(str(p), str(out)) for p in todo], jobs, warm_up, STYLESHEETS)):
        if "error" in result:
            report.failed.append(result["error"])
        else:
            entries[path.name] = result
            report.built.append(path.name)
        if log:
            log(f"{path.name} {'failed' if 'error' in result else 'ok'}")
    for name, entry in old.items():  # outputs of documents that are gone
        if name not in entries and not (tei_dir / name).is_file():
            for pattern in OUTPUTS:
                (out / pattern.format(entry["id"])).unlink(missing_ok=True)
    done = [entries[p.name] for p in paths if p.name in entries]
    if (tei_dir / "persons.xml").is_file() and (report.built or not (out / "persons.html").is_file()
                                                 or set(old) != set(entries)):
        _persons_page(tei_dir, done, out, report)
    (out / "index.html").write_text(index_page([(e["id"], e["title"]) for e in done]), encoding="utf-8")
    from ..resources import data_file

    shutil.copyfile(data_file("xslt", "html/edition.css"), out / "edition.css")
    manifest.save(out, context, entries)
    report.seconds = time.perf_counter() - start
    return report


def _persons_page(tei_dir: Path, done: list[dict], out: Path, report: BuildReport) -> None:
    """The index of persons from the mentions the workers counted (or the manifest kept)."""
    from .persons_page import write_persons_page

    documents = ((f"{e['id']}.html", e["title"] or e["id"], e["persons"]) for e in done)
    try:
        write_persons_page(tei_dir / "persons.xml", documents, out / "persons.html")
    except (EditionError, OSError) as exc:
        report.failed.append(str(exc))


def print_report(report: BuildReport, out: Path, file=None) -> None:
    total = len(report.built) + len(report.skipped) + len(report.failed)
    print(f"built {len(report.built)}, unchanged {len(report.skipped)}, failed {len(report.failed)} "
          f"of {total} into {out}/ in {report.seconds:.2f} s", file=file or sys.stderr)
