"""The one bounded cache: rendered pages, parsed documents, search counts, answers.

Each entry remembers a signature of what it was made from, by default the (mtime_ns, size) of
the files it depends on; a lookup stats them (cheap: a handful of files) and makes the value
again when any changed, so editing a TEI file shows on the next request without restarting
`edition serve`. Least recently used entries go first, when there are more than `maxsize`
entries or, given `maxbytes`, when the text kept (str and bytes values) exceeds it: one
person's page on a large corpus can be 20 MB. Each entry also keeps the inputs its making read
(reads.py), noted again whenever it is served, so the build knows what a page read even when
another page made the value.
"""

import threading
from collections import OrderedDict
from pathlib import Path

from . import reads


def file_signature(paths) -> tuple:
    sig = []
    for p in paths:
        try:
            st = Path(p).stat()
            sig.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            sig.append((str(p), None, None))
    return tuple(sig)


def _size(value) -> int:
    return len(value) if isinstance(value, (str, bytes)) else 0


class BoundedCache:
    def __init__(self, maxsize: int = 64, maxbytes: int | None = None):
        self.maxsize, self.maxbytes, self.bytes = maxsize, maxbytes, 0
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key, build, *, deps=(), signature=None):
        """The value for `key`, calling `build()` when absent or when `deps` (or `signature`) changed."""
        sig = signature if signature is not None else file_signature(deps)
        with self._lock:
            entry = self._data.get(key)
            if entry is not None and entry[0] == sig:
                self._data.move_to_end(key)
                self.hits += 1
                reads.replay(entry[2])
                return entry[1]
        with reads.recording() as read:
            value = build()  # outside the lock: rendering is slow, lookups must not wait on it
        with self._lock:
            self.misses += 1
            if self.maxbytes is not None and _size(value) > self.maxbytes:
                return value  # not kept: it alone would push out everything else
            old = self._data.pop(key, None)
            self.bytes += _size(value) - (_size(old[1]) if old else 0)
            self._data[key] = (sig, value, frozenset(read))
            while len(self._data) > self.maxsize or (self.maxbytes is not None and self.bytes > self.maxbytes):
                self.bytes -= _size(self._data.popitem(last=False)[1][1])
        return value

    def peek(self, key):
        """The value kept for `key` (whatever its signature), or None: never builds."""
        with self._lock:
            entry = self._data.get(key)
        if entry is None:
            return None
        reads.replay(entry[2])
        return entry[1]

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.bytes = 0

    def __len__(self) -> int:
        return len(self._data)
