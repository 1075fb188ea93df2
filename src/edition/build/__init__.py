"""`edition build` as a library: the viewer's site as files, serially or over a process pool.

`build_all(tei_dir, out, jobs=N, incremental=True)` (engine.py) checks each document, writes its
own pages through the viewer (web/static_export.py) in this process or a worker, keeps a
content-hash manifest in the output folder (manifest.py) so an unchanged document is not built
again, and writes the pages made from the whole corpus. Only file names and small results cross
process boundaries.
"""

from .engine import BuildReport, build_all

__all__ = ["BuildReport", "build_all"]
