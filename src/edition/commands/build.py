"""`edition build [--out DIR] [--static OUT] [TEI_DIR]`: the edition as HTML and plain text files.

For every document in TEI_DIR (default tei/): DIR/<id>.html (a page), DIR/<id>.txt (reading
text) and DIR/<id>.diplomatic.txt; then DIR/persons.html (the index of persons, with the
documents that mention each person) and DIR/index.html. All through edition.render, the same
path the viewer uses. A document that fails is reported and the others are still built.
`--static OUT` also writes the viewer's static site (edition.web.static_export);
`--jobs N` / `--incremental` hand the build to edition.batch (worker processes, skipping
unchanged documents), which produces the same files.
"""

import shutil
import sys
import time
from html import escape
from pathlib import Path

from ..batch import command as batch
from ..errors import EXIT_FINDINGS, EXIT_OK, EditionError

HELP = "write HTML and plain text for every document, and the index of persons (default into build/)"


def add_arguments(parser):
    parser.add_argument("tei_dir", nargs="?", type=Path, default=Path("tei"), metavar="TEI_DIR",
                        help="folder of TEI documents and persons.xml (default: tei/)")
    parser.add_argument("--out", type=Path, default=Path("build"), metavar="DIR",
                        help="output folder (default: build/)")
    parser.add_argument("--static", type=Path, metavar="OUT",
                        help="also write the viewer's static site into OUT")
    parser.add_argument("--base-url", metavar="URL",
                        help="with --static: the site's public address, for citations, canonical links, DTS "
                             "@ids and the sitemap (default: [site] base_url in edition.toml beside TEI_DIR)")
    batch.add_arguments(parser)  # --jobs N, --incremental (edition.batch)


def documents(tei_dir: Path) -> list[Path]:
    """The edition's documents: every *.xml directly in tei_dir except the personography."""
    return sorted(p for p in tei_dir.glob("*.xml") if p.name != "persons.xml")


def build_document(path: Path, out: Path):
    """Write one document's page and texts; return its summary (id, title, persons mentioned)."""
    from ..render import api
    from ..render.mentions import summarise

    doc = summarise(path)
    html = api.to_html(path, view="reading", persons_base="persons.html#", persons_suffix="", page=True)
    (out / f"{doc.id}.html").write_text(html, encoding="utf-8")
    (out / f"{doc.id}.txt").write_text(api.to_text(path), encoding="utf-8")
    (out / f"{doc.id}.diplomatic.txt").write_text(api.to_text(path, diplomatic=True), encoding="utf-8")
    return doc


def build_persons(tei_dir: Path, built: list, out: Path) -> None:
    """DIR/persons.html from the summaries `build_document` returned."""
    from ..render import api
    from ..render.mentions import collect_mentions

    persons = tei_dir / "persons.xml"
    mentions = collect_mentions(built, href=lambda doc_id: f"{doc_id}.html")
    (out / "persons.html").write_text(api.persons_index_html(persons, mentions, page=True), encoding="utf-8")


def index_page(entries: list[tuple[str, str]]) -> str:
    """A plain list of the built documents (id, title), every value escaped."""
    items = "".join(
        f'<li><a href="{escape(i)}.html">{escape(t)}</a> (<a href="{escape(i)}.txt">text</a>, '
        f'<a href="{escape(i)}.diplomatic.txt">diplomatic text</a>)</li>' for i, t in entries)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>The edition</title>'
            '<link rel="stylesheet" href="edition.css"></head><body><main><h1>The edition</h1>'
            f'<ul>{items}</ul><p><a href="persons.html">Index of persons</a></p></main></body></html>\n')


def run(args) -> int:
    from ..render import compiler
    from ..resources import data_file

    if batch.wanted(args):  # parallel or incremental: the same outputs, built by edition.batch
        return batch.run(args)
    tei_dir, out = args.tei_dir, args.out
    if not tei_dir.is_dir():
        raise EditionError(f"{tei_dir}: error: not a folder of TEI files")
    paths = documents(tei_dir)
    if not paths:
        raise EditionError(f"{tei_dir}: error: no TEI documents (*.xml) in this folder")
    out.mkdir(parents=True, exist_ok=True)
    compiler.warm_up("html.xsl", "text.xsl", "persons.xsl")
    failed, built, entries = 0, [], []
    start = time.perf_counter()
    for number, path in enumerate(paths, 1):
        print(f"[{number}/{len(paths)}] {path.name}", end=" ", file=sys.stderr, flush=True)
        try:
            doc = build_document(path, out)
        except (EditionError, OSError) as exc:
            failed += 1
            print("failed", file=sys.stderr)
            print(str(exc), file=sys.stderr)
            continue
        built.append(doc)
        entries.append((doc.id, doc.title))
        print("ok", file=sys.stderr)
    if (tei_dir / "persons.xml").is_file():
        try:
            build_persons(tei_dir, built, out)
            print("persons.html ok", file=sys.stderr)
        except (EditionError, OSError) as exc:
            failed += 1
            print(str(exc), file=sys.stderr)
    (out / "index.html").write_text(index_page(entries), encoding="utf-8")
    shutil.copyfile(data_file("xslt", "html/edition.css"), out / "edition.css")
    print(f"built {len(built)} of {len(paths)} documents into {out}/ in {time.perf_counter() - start:.2f} s",
          file=sys.stderr)
    if args.static:
        from ..web.static_export import export_static

        try:
            files = export_static(tei_dir, args.static, base_url=args.base_url)
            print(f"static site: {len(files)} files in {args.static}/", file=sys.stderr)
        except EditionError as exc:
            failed += 1
            print(str(exc), file=sys.stderr)
    return EXIT_FINDINGS if failed else EXIT_OK
