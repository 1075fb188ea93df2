"""The seal of a search cache file: a keyed BLAKE2b of its bytes, with a secret of this user.

Whoever can write a file in the cache folder could otherwise decide what the search shows
(texts, anchors, what matches): the viewer opens an index file only when its seal, kept beside
it as `<name>.seal`, is the MAC of its bytes under the user's secret (`secret`, 32 random
bytes, made 0600 in the 0700 cache folder on first use), and rebuilds it from the TEI
otherwise. A file still in the middle of a write (a write-ahead log with data in it) is not
sealed either. The seal is made again after each sync that changed the file (store.py), once
SQLite's log is folded back into the file.
"""

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

from ..atomicwrite import replace_file

SECRET = "secret"
CHUNK = 1 << 20


def secret(directory: Path) -> bytes | None:
    """This user's secret in `directory` (made if absent), or None when the file there is not
    a private regular file of this user's (then no cache file is trusted)."""
    path = directory / SECRET
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(32))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        private = stat.S_ISREG(info.st_mode) and not info.st_mode & 0o077
        if not private or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return None
        key = f.read(64)
    return key if len(key) == 32 else None


def _seal_path(db: Path) -> Path:
    return db.with_name(db.name + ".seal")


def digest(db: Path, key: bytes) -> str:
    mac = hashlib.blake2b(key=key, digest_size=32)
    mac.update(db.name.encode("utf-8") + b"\0")  # a seal is for one file name: it cannot be moved to another
    with open(db, "rb") as f:
        while chunk := f.read(CHUNK):
            mac.update(chunk)
    return mac.hexdigest()


def pending_log(db: Path) -> bool:
    wal = db.with_name(db.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def sealed(db: Path, key: bytes) -> bool:
    """Whether `db` is exactly the file this user's viewer sealed last."""
    try:
        expected = _seal_path(db).read_text(encoding="ascii").strip()
        return not pending_log(db) and hmac.compare_digest(expected, digest(db, key))
    except (OSError, UnicodeDecodeError):
        return False


def seal(db: Path, key: bytes) -> None:
    replace_file(_seal_path(db), (digest(db, key) + "\n").encode("ascii"))


def remove(db: Path) -> None:
    """The file, its SQLite companions and its seal."""
    for name in (db.name, db.name + "-wal", db.name + "-shm", db.name + "-journal", db.name + ".seal"):
        (db.parent / name).unlink(missing_ok=True)
