"""A file's identity for the caches kept between viewers (the search index, the first pass's
records, a cache file's seal): rewritten, replaced or touched, the file has another one."""

from pathlib import Path


def stat_key(path: Path) -> list:
    """[size, mtime, ctime, inode] (ctime: no one can set it back)."""
    st = Path(path).stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
