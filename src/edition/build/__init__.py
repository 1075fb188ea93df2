"""`edition build` as a library: every document's HTML page and texts, the index of persons,
an index page, and optionally the viewer's static site, serially or over a process pool.

`build_all(tei_dir, out, jobs=N, incremental=True, static=None)` (engine.py) builds each
document (document.py) in this process or a worker, keeps a content-hash manifest in the
output folder (manifest.py) so an unchanged document is not built again, and writes the index
of persons from the mentions the documents' builds counted, a slice of persons at a time
(persons_page.py). Only file names and small results cross process boundaries.
"""

from .engine import BuildReport, build_all

__all__ = ["BuildReport", "build_all"]
