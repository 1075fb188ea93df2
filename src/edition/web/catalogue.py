"""The first pass's results per file, kept between viewers: a restarted viewer reads only the
files that changed.

Every list page waits for the corpus's first pass (corpus.scan: each file's header and counts),
which parses every file: 20 s at 10,000 documents. Its results per file are kept in a JSON file
in the search cache folder (search/store.py: outside the edition, one per edition folder and
version of the code that makes them), keyed by each file's size, mtime, ctime and inode: a
file whose stat is unchanged is not read again. Like the search index, the file is trusted
only under its seal (search/seal.py: a MAC with this user's secret): one doctored, half
written or made by other code is ignored and written again. Any problem with the folder means
no catalogue: every file is read, as before.
"""

import json
from functools import lru_cache
from pathlib import Path

from ..atomicwrite import replace_file
from ..search import seal, store
from ..search.store import stat_key  # the same identity as the search index: corpus.py asks it here

FOLDER = "catalogue"  # inside the search cache folder


@lru_cache(maxsize=1)
def code_digest() -> str:
    """What makes a record: the viewer's and the reading model's code (any change: read again)."""
    root = Path(__file__).resolve().parent.parent
    return store.source_digest(sorted([*(root / "web").glob("*.py"), *(root / "tei").glob("*.py"), root / "anchors.py"]))


def _location(folder: Path) -> tuple[Path, bytes] | None:
    """The catalogue file of this edition folder and the key of its seal, or None when the cache
    folder may not be used."""
    try:
        directory = store.cache_dir() / FOLDER
        if store.unsafe(store.cache_dir()) or store.unsafe(directory):
            return None
        key = seal.secret(directory)
    except OSError:
        return None
    return (directory / f"{store.folder_key(folder)}-{code_digest()}.json", key) if key else None


def load(folder: Path) -> dict[str, dict]:
    """{file name: record} as kept last time; {} when there is none to trust."""
    found = _location(folder)
    if found is None or not found[0].is_file() or not seal.sealed(*found):
        return {}
    try:
        kept = json.loads(found[0].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def save(folder: Path, records: dict[str, dict]) -> None:
    """Keep the records (each with its file's stat_key) for the next viewer; never fails the viewer."""
    found = _location(folder)
    if found is None:
        return
    path, key = found
    try:
        store.prune(path.parent, path)
        replace_file(path, json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        seal.seal(path, key)
        path.with_suffix(".folder").write_text(str(Path(folder).resolve()), encoding="utf-8")
    except OSError:  # a full disk, a folder turned read-only: the next viewer reads every file
        try:
            seal.remove(path)
        except OSError:
            pass
