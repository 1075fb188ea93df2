"""Postings packed into shards of at most a given size, cut in term order.

A shard is `{"t": {term: [numbers…]}}`; the manifest gives each shard's first and last term, so
the client fetches only the shards whose range holds a query's terms (or a prefix's). A term
too big for one shard goes on in the next: its rows are split between them, never a row, and
the client joins the pieces. A term's numbers are, per row: the document (as a step from the
previous row's, the first from 0), the unit's seq, the row's length, and for words the count
of positions and the positions.
"""

import json
from collections.abc import Callable, Iterator

from .postings import Posting

OVERHEAD = 32  # bytes a shard spends around its terms ('{"t":{}}' and a newline, with room to spare)


def numbers(posting: Posting, previous_doc: int, with_positions: bool) -> str:
    """The posting's numbers as JSON text (without brackets): the writer's hot path, so no json.dumps."""
    head = f"{posting.doc - previous_doc},{posting.seq},{posting.length}"
    if not with_positions:
        return head
    return f"{head},{len(posting.positions)},{','.join(map(str, posting.positions))}"


class Packer:
    """Fills one shard after another up to `limit` bytes; `emit(data, first, last)` receives each."""

    def __init__(self, limit: int, with_positions: bool, emit: Callable[[bytes, str, str], None]):
        self.limit, self.with_positions, self.emit = limit, with_positions, emit
        self.terms: dict[str, list[str]] = {}  # term -> its rows' numbers, as text
        self.size, self.previous = OVERHEAD, 0

    def add(self, posting: Posting) -> None:
        rows = self.terms.get(posting.term)
        row = numbers(posting, self.previous if rows else 0, self.with_positions)
        grows = len(row) + 1 if rows else len(row) + len(json.dumps(posting.term, ensure_ascii=False).encode()) + 4
        if self.terms and self.size + grows > self.limit:
            self.flush()
            return self.add(posting)
        if rows is None:
            rows = self.terms[posting.term] = []
        rows.append(row)
        self.size += grows
        self.previous = posting.doc

    def flush(self) -> None:
        if not self.terms:
            return
        text = ",".join(f"{json.dumps(term, ensure_ascii=False)}:[{','.join(rows)}]" for term, rows in self.terms.items())
        first, last = next(iter(self.terms)), next(reversed(self.terms))
        self.terms, self.size, self.previous = {}, OVERHEAD, 0
        self.emit(('{"t":{' + text + "}}\n").encode("utf-8"), first, last)


def pack(stream: Iterator[Posting], packers: dict[str, Packer]) -> None:
    """Each posting to its column's packer; the last shards flushed."""
    for posting in stream:
        packers[posting.column].add(posting)
    for packer in packers.values():
        packer.flush()
