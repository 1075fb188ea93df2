"""`edition serve [--host 127.0.0.1] [--port 5000] [--jobs N] [TEI_DIR]`: the viewer on a local port."""

import argparse
import sys
import threading
from pathlib import Path

from ..errors import EditionError
from . import jobs

STOP_WAIT = 30  # seconds the viewer waits, when stopping, for the index's build to end
HELP = "serve the edition (documents, apparatus, index of persons) over HTTP"


def add_arguments(parser):
    parser.add_argument("tei_dir", nargs="?", default="tei", metavar="TEI_DIR",
                        help="folder of TEI files with persons.xml (default: tei/)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=port, default=5000, help="port, 1-65535 (default: 5000)")
    parser.add_argument("--base-url", metavar="URL",
                        help="the edition's public address, for citations, canonical links, DTS @ids and "
                             "the sitemap (default: [site] base_url in edition.toml beside TEI_DIR)")
    parser.add_argument("--threads", type=int, default=4, help="worker threads (default: 4)")
    jobs.add_argument(parser, "read and index for search")


def port(text: str) -> int:
    """A TCP port to listen on: 0 would make waitress pick a random one, silently."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number from 1 to 65535")
    return number


def _index_search(app) -> None:
    """Build or refresh the search index while the first readers browse: on a large corpus the
    first search would otherwise wait for it (26 s at 1,000 documents)."""
    from ..search.index import Stopped
    from ..web.search import search_index

    try:
        with app.app_context():
            search_index()
    except EditionError as exc:  # a file broken since start-up: the pages report it with its place
        print(f"edition serve: search index not built: {exc}", file=sys.stderr, flush=True)
    except Stopped:  # the viewer stopped first: a first build keeps what it did, a later sync nothing
        pass


def _stop_indexing(app, thread: threading.Thread) -> None:
    """Let the index's build end at its next document, with its worker processes, before this
    process exits (else the exit waits for the work queued in the pool, then the thread fails)."""
    from ..web.search import stop_search

    stop_search(app)
    thread.join(timeout=STOP_WAIT)


def run(args) -> int:
    from ..config import site_base_url
    from ..web import create_app
    from ..web.corpus import load

    folder = Path(args.tei_dir)
    if not folder.is_dir():
        raise EditionError(f"{folder}: error: no such folder (give the edition's tei/ folder)")
    load(folder)  # fail now, with the file and line, rather than on the first request
    app = create_app({"TEI_DIR": str(folder.resolve()), "BASE_URL": site_base_url(folder, args.base_url),
                      "SEARCH_JOBS": jobs.jobs_of(args, "serve")})
    indexing = threading.Thread(target=_index_search, args=(app,), name="search-index", daemon=True)
    indexing.start()
    try:
        return _serve(app, folder, args)
    finally:
        _stop_indexing(app, indexing)


def _serve(app, folder: Path, args) -> int:
    try:
        import waitress  # noqa: F401  (edition.web.security builds its server)
    except ImportError:  # waitress is a dependency; Flask's own server only if it is missing
        print(f"serving {folder} at http://{args.host}:{args.port}/ (Flask development server)")
        app.run(host=args.host, port=args.port)
        return 0
    print(f"serving {folder} at http://{args.host}:{args.port}/ (Ctrl-C stops)", flush=True)
    from ..web.security import waitress_server

    try:
        server = waitress_server(app, host=args.host, port=args.port, threads=args.threads, ident="edition")
    except OSError as exc:
        raise EditionError(f"edition serve: cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    server.run()
    return 0
