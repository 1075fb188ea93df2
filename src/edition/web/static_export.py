"""The viewer's site as files, through the viewer itself: what `edition build` writes.

Every URL the route table stands for (routes.ROUTES, expanded over the corpus) is fetched
from the app with Flask's test client and written where a plain web server looks for it:
`/doc/<id>/` -> `doc/<id>/index.html`, `/doc/<id>.xml` -> `doc/<id>.xml`. One rendering path:
the site is exactly what `edition serve` shows. Links in the pages are relative, so the
folder can be served from any path of any server.

Pages that answer queries have static twins: /search/ is rendered with STATIC_EXPORT set, so its
form is answered in the browser by search.js from the sharded index written under search/index/
(edition.search.static); DTS is written as level-0 files under api/dts/ (edition.dts.static). Those files name each other
by their public URL when BASE_URL is set (canonical.py), else by path from the server's root.

The site is made from a snapshot of the folder (`snapshot`): files edited meanwhile must not mix
two versions (an index link written from one version, the page it points to from the next).
The build (edition.build) writes a document's own pages (`document_pages`) in workers and the
pages made from the whole corpus (`export_site(..., own=False)`) in its own process.
"""

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .. import reads
from ..atomicwrite import write_if_changed
from ..errors import EditionError
from . import create_app, routes
from .page_inputs import PageInputs
from .state import corpus

KEPT = 8  # the corpus's bounded caches (web.DEFAULTS' CORPUS_CACHE) during the export


def site_urls(app, own: bool | None = None) -> list[str]:
    """Every URL of the site, from the route table expanded over the corpus; own=True: only the
    pages each made from one document alone (routes.own_document), own=False: only the others.
    A page's JSON twin comes right after it, while what both are made of (an entry's quoted
    mentions) is still in the corpus's bounded caches."""
    pairs = []  # (url, its twin's url or None)
    with app.test_request_context("/"):
        from flask import url_for

        c = corpus()
        chosen = [r for r in routes.ROUTES if own is None or (r.each is routes.own_document) == own]
        endpoints = {r.endpoint for r in chosen}
        for route in chosen:
            for values in route.each(c):
                twin = url_for(f"edition.{route.twin}", **values) if route.twin in endpoints else None
                pairs.append((url_for(f"edition.{route.endpoint}", **values), twin))
    every, urls = {url for url, _ in pairs}, {}
    for pair in pairs:
        urls.update((url, None) for url in pair if url in every)
    return list(urls)


def document_urls(app, doc_id: str) -> list[str]:
    """The URLs of one document's own pages."""
    with app.test_request_context("/"):
        from flask import url_for

        return [url_for(f"edition.{r.endpoint}", doc_id=doc_id) for r in routes.ROUTES if r.each is routes.own_document]


def settings(tei_dir, base_url: str | None = None, config: dict | None = None) -> dict:
    """The app's settings for the site of `tei_dir`: its public address (the argument, else
    edition.toml's, else none: relative citations) and the encoding document beside it."""
    from ..config import site_base_url

    encoding_doc = Path(tei_dir).resolve().parent / "docs" / "encoding.md"
    return {"ENCODING_DOC": str(encoding_doc) if encoding_doc.is_file() else None,
            "BASE_URL": site_base_url(tei_dir, base_url), **(config or {})}


@contextmanager
def snapshot(tei_dir):
    """A copy of the folder to make the site from; errors name the user's file, never the copy."""
    with tempfile.TemporaryDirectory(prefix="edition-export-") as tmp:
        copy = Path(tmp) / "tei"
        shutil.copytree(tei_dir, copy, ignore=_not_copied)
        try:
            yield copy
        except EditionError as exc:
            raise type(exc)(exc.args[0].replace(str(copy), str(Path(tei_dir)))) from None


def _not_copied(folder, names) -> list[str]:
    """Hidden files, and what is not a regular file or a folder (a named pipe is never opened)."""
    return [n for n in names if n.startswith(".") or not ((Path(folder) / n).is_file() or (Path(folder) / n).is_dir())]


def site_app(folder: Path, config: dict):
    """The viewer over `folder`, as the export shows it. Each page is fetched once, so the
    corpus keeps few pages and few documents' parts: a page and its JSON twin (every
    document's parts read are on disk meanwhile, Corpus.read_all)."""
    return create_app({"TEI_DIR": str(folder), "CORPUS_CACHE": KEPT, **config, "STATIC_EXPORT": True})


def _file_for(url: str, out: Path) -> Path:
    rel = url.lstrip("/")
    return out / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)


def write_pages(app, urls: list[str], out: Path, label: str, inputs: PageInputs | None = None) -> list[Path]:
    """Fetch each URL and write its file; every page is fetched before any is written. The
    fetched pages wait in a temporary folder, not in memory: a large site's pages would not fit.
    Given `inputs`, a page whose facets are unchanged since it was written is kept as it is, and
    each page fetched is recorded with the facets it read."""
    client = app.test_client()
    with tempfile.TemporaryDirectory(prefix="edition-pages-") as staging:
        staged, kept = [], []
        for n, url in enumerate(urls):
            target = _file_for(url, out)
            page = target.relative_to(out).as_posix()
            if inputs is not None and inputs.fresh(page) and target.is_file():
                inputs.keep(page)
                kept.append(target)
                continue
            with reads.recording() as read:
                response = client.get(url)
            if inputs is not None:
                inputs.record(page, read)
            if response.status_code != 200:
                raise EditionError(f"{label}: error: {url} answered {response.status_code} during the static export")
            held = Path(staging) / str(n)
            held.write_bytes(response.get_data())
            staged.append((target, held))
        return [write_if_changed(target, held.read_bytes()) for target, held in staged] + kept


def document_pages(app, doc_id: str, out: Path, label: str) -> list[str]:
    """Write one document's own pages and its DTS level-0 files; return them (relative, '/'-separated)."""
    written = write_pages(app, document_urls(app, doc_id), out, label)
    written.extend(_dts_level0(app, out, [doc_id]))
    return [p.relative_to(out).as_posix() for p in written]


def _dts_level0(app, out: Path, resources: list[str] | None) -> list[Path]:
    """The DTS entry point and root collection (None), or the files of these resources."""
    from ..dts.static import write_index, write_resource

    base = (app.config.get("BASE_URL") or "").rstrip("/") + "/api/dts"
    with app.app_context():
        from .state import edition

        dts = edition().dts(base)
        if resources is None:
            return write_index(dts, out / "api" / "dts", base=base)
        return [p for r in resources for p in write_resource(dts, r, out / "api" / "dts", base=base)]


def _search_index(app, out: Path) -> list[Path]:
    from ..search.static import write_static

    with app.app_context():
        from .search import search_index
        from .suggest import picks, table

        return write_static(search_index(), out / "search" / "index", picks=picks(), suggestions=table())


def export_site(app, out: Path, label: str, own: bool | None = None, inputs: PageInputs | None = None) -> list[str]:
    """Write the site's pages (own: as in site_urls; given `inputs`, only those whose facets
    changed), the 404 page, DTS level 0 (each document's files too unless own=False), the static
    search's index and the static files; return the files written or kept (relative,
    '/'-separated, sorted)."""
    with app.app_context():
        c = corpus()
    with tempfile.TemporaryDirectory(prefix="edition-parts-") as work, c.read_all(Path(work)):
        written = write_pages(app, site_urls(app, own), out, label, inputs and inputs.over(c))
        missing = app.test_client().get("/this-page-does-not-exist/")  # the 404 page, for servers that use one
        written.append(write_if_changed(out / "404.html", missing.get_data()))
        written.extend(_dts_level0(app, out, None))
        if own is not False:
            written.extend(_dts_level0(app, out, list(c.documents)))
        written.extend(_search_index(app, out))
    for path in sorted(p for p in Path(app.static_folder).rglob("*") if p.is_file()):
        written.append(write_if_changed(out / "static" / path.relative_to(app.static_folder), path.read_bytes()))
    return sorted(p.relative_to(out).as_posix() for p in written)


def refuse_foreign(snapshot_dir: Path) -> None:
    """Nothing is written when a file the site would publish as-is holds markup that is not TEI."""
    from ..foreign import refuse_foreign as refuse
    from ..xmlsafe import parse_file

    for path in sorted(snapshot_dir.glob("*.xml")):
        refuse(parse_file(path), str(path))


def export_static(tei_dir, out_dir, *, config: dict | None = None, base_url: str | None = None) -> list[str]:
    """The whole site of `tei_dir` in `out_dir`, in this process, every page; the written files."""
    with snapshot(tei_dir) as copy:
        refuse_foreign(copy)
        return export_site(site_app(copy, settings(tei_dir, base_url, config)), Path(out_dir), str(tei_dir))
