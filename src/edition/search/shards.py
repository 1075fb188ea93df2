"""Rows packed into shards of at most a given size, cut in key order where the keys say.

A shard is `{"t": {key: [numbers or values…]}}`; the manifest gives each shard's first and last
key, so the client fetches only the shards whose range holds what a query looks up (or, for a
prefix, may hold it). A key too big for one shard goes on in the next: its rows are split
between them, never a row, and the client joins the pieces. Rows are JSON text already (the
writer's hot path: millions of postings, no json.dumps each); a row given its document starts
with it as a step from the previous row's in the same shard (the first from 0).

Where a shard ends is chosen by its keys, not by how full it is: after a key whose hash falls
below a share of 2^32 proportional to the key's size (one cut every `limit` * TARGET bytes on
average, whatever the sizes of the keys), or when the next row would not fit. An edit that
changes some keys' rows then changes the shards holding them and leaves the others as they
were (cut greedily, every shard after the first change moved); the writer names each shard
file by its digest, so an unchanged shard is an unchanged file.
"""

import json
import zlib
from collections.abc import Callable

OVERHEAD = 32  # bytes a shard spends around its keys ('{"t":{}}' and a newline, with room to spare)
TARGET = 1.0  # a shard's expected share of the limit before a key ends it (more: fewer, fuller shards)


class Packer:
    """Fills one shard after another up to `limit` bytes; `emit(data, first, last)` receives each."""

    def __init__(self, limit: int, emit: Callable[[bytes, str, str], None]):
        self.limit, self.emit = limit, emit
        self.keys: dict[str, list[str]] = {}  # key -> its rows, as JSON text
        self.size, self.previous = OVERHEAD, 0
        self.last, self.last_size = None, 0  # the key being filled and its bytes so far
        self.scale = (1 << 32) / (limit * TARGET)

    def add(self, key: str, text: str, doc: int | None = None) -> None:
        """One row of `key` (rows of a key come together, keys in order)."""
        if key != self.last:
            self._next(key)
        rows = self.keys.get(key)
        if doc is None:
            row = text
        else:
            row = f"{doc - self.previous},{text}" if rows else f"{doc},{text}"
            self.previous = doc
        grows = (len(row) if row.isascii() else len(row.encode("utf-8"))) + 1
        if rows is None:
            grows += len(json.dumps(key, ensure_ascii=False).encode("utf-8")) + 3
        if self.size + grows > self.limit and self.keys:
            self.flush()
            return self.add(key, text, doc)
        if rows is None:
            self.keys[key] = [row]
        else:
            rows.append(row)
        self.size += grows
        self.last_size += grows

    def _next(self, key: str) -> None:
        """`key` begins: the key just ended may end the shard."""
        if self.last is not None and zlib.crc32(self.last.encode("utf-8")) < self.last_size * self.scale:
            self.flush()  # the key just ended is a cut
        self.last, self.last_size = key, 0

    def flush(self) -> None:
        if not self.keys:
            return
        text = ",".join(f"{json.dumps(k, ensure_ascii=False)}:[{','.join(rows)}]" for k, rows in self.keys.items())
        first, last = next(iter(self.keys)), next(reversed(self.keys))
        self.keys, self.size, self.previous = {}, OVERHEAD, 0
        self.emit(('{"t":{' + text + "}}\n").encode("utf-8"), first, last)
