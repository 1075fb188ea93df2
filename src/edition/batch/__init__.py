"""Build large corpora: in parallel over a process pool, and incrementally.

`build_all(tei_dir, out, jobs=N, incremental=True)` writes the same files as `edition build`
(checked by tests/batch), with each document built in a worker process and a content-hash
manifest in the output folder (manifest.py) so an unchanged document is not built again.
Each worker also returns the document's title and mentions per person, recorded in the manifest,
so the index of persons is made in the same pass, without reading the corpus again, and written
a slice of persons at a time (persons_page.py).
Only file names and small results cross process boundaries: the corpus is never in memory.
"""

from .build import BuildReport, build_all

__all__ = ["BuildReport", "build_all"]
