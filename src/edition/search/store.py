"""Where the viewer's search index lives, and when it is brought up to date.

The index is a SQLite file in a cache folder outside the edition (nothing is written next to
tei/): `$EDITION_SEARCH_CACHE`, else `<temp dir>/edition-search-<uid>`, one file per edition
folder (named by a digest of its absolute path, the schema version and a digest of the code
that decides what the index holds: extract.py, the anchors' id rules, fold.py, rows.py, index.py, so
changed code never serves stale anchors from an old file). A viewer started again
on the same folder reuses it: only files whose identity changed are read again (index.py),
so the build (benchmarks/README.md, Search) is paid once per corpus, not once per process. Beside
each file, `<name>.folder` names its edition folder: opening the cache deletes the files of
folders that no longer exist (temporary copies, e.g. the tests') and those of its own folder
made by other code. If the cache cannot be
opened (read-only, corrupt), the index is kept in memory instead.

A cache file is trusted only under its seal (seal.py: a MAC of its bytes with this user's
secret), made after every sync that wrote to it: a file changed by anything else (doctored,
half written, copied from elsewhere) is deleted and built again from the TEI, when it is opened
and, should it change under a running viewer, before the viewer's next sync.

`current()` syncs only when the corpus signature (the viewer's stat of every file, already
taken once per request) is a new one: a search on an unchanged corpus does no file I/O.
"""

import hashlib
import os
import sqlite3
import stat
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..printable import line
from . import seal
from .identity import stat_key  # also the first pass's records' (web.catalogue)
from .index import VERSION, SearchIndex


def cache_dir() -> Path:
    configured = os.environ.get("EDITION_SEARCH_CACHE")
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / f"edition-search-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def source_digest(paths) -> str:
    """A cache's code key: the digest of the source files that make what it keeps (any change to
    them, and the cache is made again)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def code_digest() -> str:
    from . import extract, fold, identity, index, rows

    return source_digest(module.__file__ for module in (extract, extract.anchors, fold, identity, index, rows))


def folder_key(folder: Path | str) -> str:
    return hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]


def cache_file(folder: Path | str) -> Path:
    return cache_dir() / f"{folder_key(folder)}-v{VERSION}-{code_digest()}.sqlite"


def prune(directory: Path, current: Path) -> None:
    """Delete the cache files of edition folders that are gone, and older ones of this folder."""
    mine = current.stem.split("-")[0] + "-"
    for note in directory.glob("*.folder"):
        try:
            outdated = note.stem.startswith(mine) and note.stem != current.stem
            if outdated or not Path(note.read_text(encoding="utf-8")).is_dir():
                for gone in directory.glob(note.stem + "*"):
                    gone.unlink(missing_ok=True)
        except OSError:
            continue  # another viewer pruning at the same time, or not ours to delete


def unsafe(directory: Path) -> str | None:
    """Why the cache folder may not be trusted (made 0700 if absent), or None: it must be a real
    folder, not a link, owned by this user and writable by no one else, since whoever can write
    a cache file there decides what the search shows."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode):
        return "is a symbolic link or not a folder"
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return f"belongs to another user (uid {info.st_uid})"
    if info.st_mode & 0o022:
        return f"is writable by others (mode {stat.S_IMODE(info.st_mode):o})"
    return None


class CachedIndex(SearchIndex):
    """An index in a cache file, sealed after each sync that wrote to it."""

    def __init__(self, path: Path, key: bytes):
        super().__init__(path)
        self.path, self._key = path, key
        self._sealed: tuple | None = None  # the file's stat when this viewer last sealed it

    def sync(self, tei_paths, persons_path=None, jobs: int = 1, stop: threading.Event | None = None) -> list[str]:
        before = self.conn.total_changes
        changed = super().sync(tei_paths, persons_path, jobs, stop)
        if self.conn.total_changes != before or self._sealed is None:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log folded into the file: all of it is sealed
            seal.seal(self.path, self._key)
            self._sealed = stat_key(self.path)
        return changed

    def changed_elsewhere(self) -> bool:
        """Whether something else wrote to the file since this viewer sealed it."""
        return self._sealed is not None and (stat_key(self.path) != self._sealed or seal.pending_log(self.path))


def open_index(folder: Path | str) -> SearchIndex:
    """The cached index of this edition folder (made if absent, made again if its seal does not
    match), or an in-memory one when the cache folder cannot be used or trusted."""
    path = cache_file(folder)
    try:
        why = unsafe(path.parent)
        key = None if why else seal.secret(path.parent)
        if why or key is None:
            why = why or f"has a {seal.SECRET} file that is not this user's private file"
            print(line(f"{path.parent}: warning: search cache folder {why}: the index is kept in memory"),
                  file=sys.stderr)
            return SearchIndex()
        prune(path.parent, path)
        if path.exists() and not seal.sealed(path, key):
            print(line(f"{path}: warning: search index does not match its seal: built again from the TEI"),
                  file=sys.stderr)
            seal.remove(path)
        path.with_suffix(".folder").write_text(str(Path(folder).resolve()), encoding="utf-8")
        return CachedIndex(path, key)
    except (OSError, sqlite3.Error):
        return SearchIndex()


class SearchStore:
    """One index per viewer, synced when the corpus signature changes. While one thread syncs,
    the others answer from the index as it was (reading.py) instead of waiting, once there is
    a finished index to answer from; before that they wait for the first build. `jobs`: the
    processes a sync with many files to read extracts them in (index.py); once `stopping` is set
    (the viewer stops), a sync gives up at its next document (index.Stopped)."""

    def __init__(self, folder: Path | str, jobs: int = 1):
        self.folder = Path(folder)
        self.jobs = jobs
        self.stopping = threading.Event()
        self._index: SearchIndex | None = None
        self.synced: tuple | None = None  # the signature the index was last synced with
        self._ready = False  # the index holds a finished sync: readers need not wait for one
        self._lock = threading.Lock()

    def current(self, signature: tuple, paths: Callable[[], list[Path]], persons_path: Path) -> SearchIndex:
        """The index, synced with the files if `signature` is not the one it was synced with
        (by this thread; when another is syncing, the index as it was before)."""
        synced = self.synced
        if self._index is not None and synced is not None and (synced is signature or synced == signature):
            return self._index
        if not self._lock.acquire(blocking=not self._ready):
            return self._index  # another thread is syncing: the previous index answers meanwhile
        try:
            if isinstance(self._index, CachedIndex) and self._index.changed_elsewhere():
                self._index = None  # doctored or rewritten under this viewer: made again, not trusted
            if self._index is None:
                self._index = open_index(self.folder)
                self._ready = self._index.complete
            if not (self.synced is signature or self.synced == signature):
                self._index.sync(paths(), persons_path, self.jobs, self.stopping)
                self.synced = signature
                self._ready = True
            return self._index
        finally:
            self._lock.release()
