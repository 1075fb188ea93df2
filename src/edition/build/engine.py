"""The one build: the viewer's site as files (web/static_export.py), from a snapshot of the folder.

Each changed document is checked first (the gate, its id, no foreign markup: the site publishes
the TEI as it is); one that fails is reported and left out of the site, and the others are
still built. A document's own pages (routes.own_document: reading and diplomatic pages, JSON,
TEI, texts) are written in this process or by a worker, and skipped when its bytes are
unchanged since the manifest was written; the pages made from the whole corpus (front page,
indexes, persons, chronology) are written here, each only when a facet of the corpus it read
(web/facets.py: a document's header, counts, mentions, dated passages, text) changed since it
was written (the manifest keeps what each read: web/page_inputs.py); the static search's index
and DTS files whenever any document changed. Only file names and small results cross process
boundaries.
"""

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, EditionError, InputError
from ..foreign import refuse_foreign
from ..outputnames import refuse_clash
from ..pool import run_all
from ..printable import escaped
from ..render.compiler import warm_up
from ..tei import registers as register_files
from ..web import static_export
from ..web.corpus import Corpus
from ..web.page_inputs import PageInputs
from ..xmlsafe import XML_NS, read_checked, require_tei
from . import manifest

STYLESHEETS = ("html.xsl", "text.xsl")
_site = None  # this process's viewer over the snapshot (_start)


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)  # input file names built this run
    skipped: list[str] = field(default_factory=list)  # unchanged since the manifest was written
    failed: list[str] = field(default_factory=list)  # one "path: error: …" message each: the input's fault
    faults: list[str] = field(default_factory=list)  # the same, the environment's fault (an output not written)
    files: int = 0  # files of the site written or kept this run
    pages_made: int = 0  # pages made from the whole corpus, fetched again this run
    pages_kept: int = 0  # the same, kept as they were: nothing they read had changed
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """README's codes: 2 when the environment failed the build, else 1 when an input did."""
        return EXIT_USAGE if self.faults else EXIT_FINDINGS if self.failed else EXIT_OK


def documents(tei_dir: Path) -> list[Path]:
    """The edition's documents: every *.xml directly in tei_dir except the registers."""
    return sorted(register_files.documents(tei_dir.glob("*.xml")))


def check(path: Path) -> str:
    """The document's id, once the gate has accepted it as a TEI document the site can publish."""
    tree = require_tei(read_checked(path).tree, str(path))
    doc_id = tree.getroot().get(f"{{{XML_NS}}}id") or ""
    refuse_clash(doc_id, path)  # never overwrite the site's own pages or another document's
    refuse_foreign(tree, str(path))
    return doc_id


def _start(folder: str, config: dict) -> None:
    global _site
    warm_up(*STYLESHEETS)
    _site = static_export.site_app(Path(folder), config)


def _fault(exc: OSError, out: Path) -> str:
    return str(EditionError(f"{exc.filename or out}: error: cannot write: {exc.strerror or exc}"))


def build_one(item: tuple[str, str, str]) -> dict:
    """Write one document's own pages; return its manifest entry, or {"error": message, "exit": code}."""
    path, doc_id, out = Path(item[0]), item[1], Path(item[2])
    try:
        digest = manifest.file_digest(path)
        files = static_export.document_pages(_site, doc_id, out, str(path))
        return {"sha256": digest, "id": doc_id, "files": files}
    except EditionError as exc:
        return {"error": str(exc), "exit": exc.exit_code}
    except OSError as exc:  # the worker only writes: a full disk, a read-only folder
        return {"error": _fault(exc, out), "exit": EXIT_USAGE}


def _up_to_date(path: Path, entry: dict | None, out: Path) -> bool:
    return (entry is not None and "files" in entry and entry.get("sha256") == manifest.file_digest(path)
            and all((out / name).is_file() for name in entry["files"]))


def build_all(tei_dir: Path, out: Path, *, jobs: int = 1, incremental: bool = True, base_url: str | None = None,
              log: Callable[[str], None] | None = None) -> BuildReport:
    """Build the site of TEI_DIR (published at `base_url`) into OUT; a failing document is reported
    in the BuildReport and the others are still built."""
    tei_dir, out = Path(tei_dir), Path(out)
    if not tei_dir.is_dir():
        raise EditionError(f"{tei_dir}: error: not a folder of TEI files")
    if not documents(tei_dir):
        raise EditionError(f"{tei_dir}: error: no TEI documents (*.xml) in this folder")
    start, report = time.perf_counter(), BuildReport()
    config = static_export.settings(tei_dir, base_url)  # a bad address is refused before anything is made
    out.mkdir(parents=True, exist_ok=True)
    context = manifest.context_digest(tei_dir, config)
    previous = manifest.load(out)  # what the last build wrote, whatever it was made with
    old = previous if incremental and previous.context == context else manifest.Manifest()
    if _unchanged(tei_dir, old, out):  # nothing to do: not even the snapshot is made
        report.skipped = [p.name for p in documents(tei_dir)]
        report.files = len(old.site) + sum(len(e["files"]) for e in old.files.values())
        report.seconds = time.perf_counter() - start
        return report
    with static_export.snapshot(tei_dir) as snap:
        _check_registers(snap, tei_dir)
        paths = documents(snap)
        entries = {p.name: old.files[p.name] for p in paths if _up_to_date(p, old.files.get(p.name), out)}
        report.skipped = list(entries)
        todo = _checked([p for p in paths if p.name not in entries], report, log)
        for name in sorted({p.name for p in documents(tei_dir)} - {p.name for p in paths}):
            try:  # not copied, not a regular file: refused by name, never opened
                check(tei_dir / name)
            except EditionError as exc:
                report.failed.append(str(exc))
        for path in paths:
            if not path.exists():  # refused by the gate: its last pages stay, unlisted
                _keep(old, entries, path.name)
        items = [(str(p), doc_id, str(out)) for p, doc_id in todo]
        for number, ((path, _), result) in enumerate(zip(todo, run_all(build_one, items, jobs, _start,
                                                                           (str(snap), config))), 1):
            if "error" not in result:
                entries[path.name] = result
                report.built.append(path.name)
            elif result["exit"] == EXIT_USAGE:  # its last pages stay, and stay listed
                report.faults.append(result["error"])
                _keep(old, entries, path.name)
            else:
                report.failed.append(result["error"])
                path.unlink()  # out of the site: no page links to pages it could not make
                _keep(old, entries, path.name)
            if log:
                log(f"[{number}/{len(todo)}] {escaped(path.name)} {'failed' if 'error' in result else 'ok'}")
        site, pages = old.site, old.pages
        try:
            if report.built or report.failed or set(old.files) != set(entries) or not _site_whole(old, out):
                _unsettled(out, previous, set(report.built))
                inputs = PageInputs(old.pages, old.site, {entries[name]["id"] for name in report.skipped})
                site = static_export.export_site(static_export.site_app(snap, config), out, str(tei_dir), own=False,
                                                 inputs=inputs)
                pages, report.pages_made, report.pages_kept = inputs.table(site), inputs.made, inputs.kept
            _remove_gone(out, previous, entries, site)
            os.sync()  # the pages (written unsynced, atomicwrite.write_if_changed) on disk before the manifest lists them
            manifest.save(out, context, manifest.Manifest(entries, site, pages=pages))
        except OSError as exc:
            report.faults.append(_fault(exc, out))
        except EditionError as exc:  # a page the app could not make: said, the others kept
            report.failed.append(str(exc))
        report.failed, report.faults = ([m.replace(str(snap), str(tei_dir)) for m in found]
                                        for found in (report.failed, report.faults))
    report.files = len(site) + sum(len(e["files"]) for e in entries.values())
    report.seconds = time.perf_counter() - start
    return report


def _unsettled(out: Path, previous: manifest.Manifest, rebuilt: set[str]) -> None:
    """Before the whole-corpus pages are written: a manifest that vouches for nothing this build
    changed or may change (the rebuilt documents' digests, what the whole-corpus pages read), still
    listing every file, so after a build stopped halfway the next makes those pages again."""
    files = {name: {**entry, "sha256": ""} if name in rebuilt else entry for name, entry in previous.files.items()}
    manifest.save(out, previous.context, manifest.Manifest(files, previous.site))


def _check_registers(snap: Path, tei_dir: Path) -> None:
    """Every page reads the registers: a broken one is refused once, by name, before any page is
    made or any file of the last build is touched (else each page would fail on its own)."""
    corpus = Corpus(snap)
    try:
        for register in register_files.REGISTERS:
            corpus.entries(register)
    except EditionError as exc:
        raise InputError(str(exc).replace(str(snap), str(tei_dir))) from None


def _unchanged(tei_dir: Path, old: manifest.Manifest, out: Path) -> bool:
    """Whether the last build into `out` is the site of these very files, and is all there."""
    paths = documents(tei_dir)
    return (set(old.files) == {p.name for p in paths}
            and all(_up_to_date(p, old.files[p.name], out) for p in paths)
            and _site_whole(old, out))


def _site_whole(old: manifest.Manifest, out: Path) -> bool:
    return bool(old.site) and all((out / name).is_file() for name in old.site)


def _checked(paths: list[Path], report: BuildReport, log) -> list[tuple[Path, str]]:
    """(path, id) of the documents the gate accepts; the others reported and taken out of the snapshot."""
    found = []
    for path in paths:
        try:
            found.append((path, check(path)))
        except EditionError as exc:
            report.failed.append(str(exc))
            path.unlink()
            if log:
                log(f"[-] {escaped(path.name)} failed")
    return found


def _keep(old: manifest.Manifest, entries: dict, name: str) -> None:
    if name in old.files:
        entries[name] = old.files[name]


def _remove_gone(out: Path, old: manifest.Manifest, entries: dict, site: list[str]) -> None:
    """Files an earlier build wrote that are no longer part of the site: a removed document's pages,
    a person no longer in the personography. Only files the manifest lists are ever removed."""
    keep = set(site).union(*(e["files"] for e in entries.values()))
    gone = set(old.site).union(*(e.get("files", ()) for name, e in old.files.items() if name not in entries))
    for name in sorted(gone - keep):
        if isinstance(name, str) and not Path(name).is_absolute() and ".." not in Path(name).parts:
            (out / name).unlink(missing_ok=True)
            for folder in (out / name).parents:  # doc/<id>/diplomatic/, then doc/<id>/, when emptied
                if folder == out or any(folder.iterdir()):
                    break
                folder.rmdir()
