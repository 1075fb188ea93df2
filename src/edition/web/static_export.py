"""`export_static(tei_dir, out_dir)`: the viewer's site as files, through the viewer itself.

Every URL the route table stands for (routes.ROUTES, expanded over the corpus) is fetched
from the app with Flask's test client and written where a plain web server looks for it:
`/doc/<id>/` -> `doc/<id>/index.html`, `/doc/<id>.xml` -> `doc/<id>.xml`. One rendering path:
the export is exactly what `edition serve` shows. Links in the pages are relative, so the
folder can be served from any path of any server.

Pages that answer queries have static twins: /search/ is rendered with STATIC_EXPORT set, so its
form is answered in the browser by search.js from search-index.json (both routes of the table);
DTS is written as level-0 files under api/dts/ (edition.dts.static). Those files name each other
by their public URL when BASE_URL is set (canonical.py), else by path from the server's root.
"""

import shutil
import tempfile
from pathlib import Path

from ..errors import EditionError
from . import create_app, routes
from .state import corpus


def site_urls(app) -> list[str]:
    """Every URL of the site, from the route table expanded over the corpus."""
    urls = []
    with app.test_request_context("/"):
        from flask import url_for

        c = corpus()
        for route in routes.ROUTES:
            for values in route.each(c):
                urls.append(url_for(f"edition.{route.endpoint}", **values))
    return urls


def _file_for(url: str, out: Path) -> Path:
    rel = url.lstrip("/")
    return out / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)


def export_static(tei_dir, out_dir, *, config: dict | None = None, base_url: str | None = None) -> list[str]:
    """Write the site under `out_dir`; return the written files (relative, '/'-separated, sorted).
    `base_url`: the site's public address (else edition.toml's, else none: relative citations)."""
    from ..config import site_base_url

    public = site_base_url(tei_dir, base_url)
    # Export from a snapshot: files edited while the export runs must not mix two versions
    # (an index link written from one version, the page it points to from the next).
    with tempfile.TemporaryDirectory(prefix="edition-export-") as tmp:
        snapshot = Path(tmp) / "tei"
        shutil.copytree(tei_dir, snapshot, ignore=shutil.ignore_patterns(".*"))
        encoding_doc = Path(tei_dir).resolve().parent / "docs" / "encoding.md"
        settings = {"ENCODING_DOC": str(encoding_doc) if encoding_doc.is_file() else None, "BASE_URL": public,
                    **(config or {})}
        try:
            _refuse_foreign(snapshot, Path(tei_dir))
            return _export(snapshot, Path(out_dir), settings, label=str(tei_dir))
        except EditionError as exc:  # name the user's file, not its copy in the snapshot
            raise type(exc)(exc.args[0].replace(str(snapshot), str(Path(tei_dir)))) from None


def _refuse_foreign(snapshot: Path, tei_dir: Path) -> None:
    """Nothing is written when a file the site would publish as-is holds markup that is not TEI."""
    from ..foreign import refuse_foreign
    from ..xmlsafe import parse_file

    for path in sorted(snapshot.glob("*.xml")):
        refuse_foreign(parse_file(path), str(tei_dir / path.name))


def _dts_level0(app, out: Path) -> list[Path]:
    from ..dts.static import write_static

    base = (app.config.get("BASE_URL") or "").rstrip("/") + "/api/dts"
    with app.app_context():
        from .state import edition

        return write_static(edition().dts(base), out / "api" / "dts", base=base)


def _export(tei_dir: Path, out: Path, config: dict, label: str) -> list[str]:
    app = create_app({"TEI_DIR": str(tei_dir), **config, "STATIC_EXPORT": True})
    client = app.test_client()
    written = []
    for url in site_urls(app):
        response = client.get(url)
        if response.status_code != 200:
            raise EditionError(f"{label}: error: {url} answered {response.status_code} during the static export")
        target = _file_for(url, out)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(response.get_data())
        written.append(target)
    missing = client.get("/this-page-does-not-exist/")  # the 404 page, for servers that use one
    (out / "404.html").write_bytes(missing.get_data())
    written.append(out / "404.html")
    written.extend(_dts_level0(app, out))
    static_out = out / "static"
    shutil.copytree(app.static_folder, static_out, dirs_exist_ok=True)
    written.extend(p for p in static_out.rglob("*") if p.is_file())
    return sorted(p.relative_to(out).as_posix() for p in written)
