"""Rows packed into shards of at most a given size, cut in key order.

A shard is `{"t": {key: [numbers or values…]}}`; the manifest gives each shard's first and last
key, so the client fetches only the shards whose range holds what a query looks up (or, for a
prefix, may hold it). A key too big for one shard goes on in the next: its rows are split
between them, never a row, and the client joins the pieces. Rows are JSON text already (the
writer's hot path: millions of postings, no json.dumps each); a row given its document starts
with it as a step from the previous row's in the same shard (the first from 0).
"""

import json
from collections.abc import Callable

OVERHEAD = 32  # bytes a shard spends around its keys ('{"t":{}}' and a newline, with room to spare)


class Packer:
    """Fills one shard after another up to `limit` bytes; `emit(data, first, last)` receives each."""

    def __init__(self, limit: int, emit: Callable[[bytes, str, str], None]):
        self.limit, self.emit = limit, emit
        self.keys: dict[str, list[str]] = {}  # key -> its rows, as JSON text
        self.size, self.previous = OVERHEAD, 0

    def add(self, key: str, text: str, doc: int | None = None) -> None:
        """One row of `key` (rows of a key come together, keys in order)."""
        rows = self.keys.get(key)
        row = text if doc is None else f"{doc - self.previous if rows else doc},{text}"
        grows = len(row.encode("utf-8")) + 1
        if rows is None:
            grows += len(json.dumps(key, ensure_ascii=False).encode("utf-8")) + 3
        if self.keys and self.size + grows > self.limit:
            self.flush()
            return self.add(key, text, doc)
        if rows is None:
            rows = self.keys[key] = []
        rows.append(row)
        self.size += grows
        if doc is not None:
            self.previous = doc

    def flush(self) -> None:
        if not self.keys:
            return
        text = ",".join(f"{json.dumps(k, ensure_ascii=False)}:[{','.join(rows)}]" for k, rows in self.keys.items())
        first, last = next(iter(self.keys)), next(reversed(self.keys))
        self.keys, self.size, self.previous = {}, OVERHEAD, 0
        self.emit(('{"t":{' + text + "}}\n").encode("utf-8"), first, last)
