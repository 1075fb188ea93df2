"""Replace a file's contents all at once, so a failure never leaves a partial file.

The bytes go to a temporary file in the same folder (same file system, so `os.replace` is
atomic), which then takes the old file's place. A new file gets the usual permissions
(0666 less the umask) rather than mkstemp's private 0600; a replaced file keeps its own.
"""

import os
import tempfile
from pathlib import Path


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def replace_file(path: Path | str, data: bytes, *, sync: bool = True) -> None:
    """A symbolic link stays one: its target's contents are replaced, in the target's folder.
    With sync=False the bytes are not forced to the disk first: for a caller that writes many
    files and then syncs once (os.sync) before recording that they are there."""
    path = Path(os.path.realpath(path))
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if sync:
                os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # name the file the caller asked for, not the temporary one
            raise type(exc)(exc.errno, exc.strerror or str(exc), str(path)) from None
        raise


def write_if_changed(path: Path | str, data: bytes) -> Path:
    """`replace_file`, unless the file already holds these very bytes: a rebuild that changes
    nothing then writes nothing, and the file keeps its modification time. Not synced one by
    one (a site is thousands of files: 874 fsyncs were 6 s of the edition's DTS files): the
    build syncs once, before its manifest lists them."""
    path = Path(path)
    try:
        same = path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        same = False
    if not same:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data, sync=False)
    return path
