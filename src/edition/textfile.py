"""Reading an input file: its bytes, then its UTF-8 text, refused with one `path:line:col: error:` line.

The XML reader (xmlsafe) and the transcription importer both read through here, so a missing file,
a folder, UTF-16 or a stray Latin-1 byte is reported the same way whichever command meets it.
No lxml here: `edition --help` and `edition import`'s first checks stay free of it.
"""

import os
import stat
from pathlib import Path

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # the largest edition file is ~300 KB; 20 MB is a generous ceiling


def position(text: str | bytes, offset: int) -> str:
    """`line:col` (both from 1) of `offset` in `text`, for the message about what stands there."""
    newline = b"\n" if isinstance(text, bytes) else "\n"
    line = text.count(newline, 0, offset) + 1
    col = offset - (text.rfind(newline, 0, offset) + 1) + 1
    return f"{line}:{col}"


_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
          stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}


def _refuse_unless_regular(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise InputError(f"{path}: error: is {kind}, not a file")
    if info.st_size > MAX_BYTES:  # before reading: a sparse 3 GB file is never read into memory
        raise InputError(f"{path}:1:1: error: file is {info.st_size:,} bytes, over the {MAX_BYTES:,}-byte limit")


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes; a missing file, a folder, a pipe, a device, a socket, a file over
    MAX_BYTES or an unreadable file is an InputError naming it, and only a regular file is opened
    (without blocking, and checked again once open: it may have been swapped meanwhile)."""
    path = Path(path)
    try:
        _refuse_unless_regular(path, path.stat())
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            _refuse_unless_regular(path, info)
            data = file.read(info.st_size + 1)  # read(n) allocates n bytes first: not 20 MB a file
            if len(data) > info.st_size:  # it grew since: on, up to the limit
                data += file.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise InputError(f"{path}: error: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: error: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: error: cannot read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:  # it grew since the check
        raise InputError(f"{path}:1:1: error: file is over the {MAX_BYTES:,}-byte limit")
    return data


def decode_utf8(data: bytes, name: str) -> str:
    """The bytes as UTF-8 text; UTF-16 is named, and any other encoding is located at its first bad byte."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{name}:1:1: error: file is UTF-16; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}:{position(data, exc.start)}: error: not valid UTF-8 "
                         f"(byte 0x{data[exc.start]:02x}); save the file as UTF-8") from None
