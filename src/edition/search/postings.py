"""The FTS5 index read back term by term: what the static site's shards are cut from.

fts5vocab's `instance` table lists every token FTS5 indexed (term, rowid, column, position) in
term order, and FTS5's own `fts_docsize` holds each row's length in tokens, the length bm25
weighs. Reading both, the static client ranks over exactly what FTS5 ranks over, rather than
over a second tokenisation of the units. Memory: one length a unit, and one row at a time.
"""

from collections.abc import Iterator

from .reading import SEQ_BITS

BODY, PERSONS = "body", "persons"  # the FTS5 table's columns (index.py)
_SEQ_MASK = (1 << SEQ_BITS) - 1


# A posting: (column, term, the document's place in edition order, seq, the row's tokens in both
# columns, the term's token offsets in its column). A plain tuple: the writer takes 5 million of
# them at 1,000 documents, and a NamedTuple is slower to make and to read.
Posting = tuple[str, str, int, int, int, list[int]]


def varints(blob: bytes) -> list[int]:
    """SQLite's varints (big-endian groups of 7 bits, the high bit saying "more"), as FTS5 stores sizes."""
    values, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values


def postings(conn) -> tuple[dict, Iterator[Posting]]:
    """({'units', 'tokens'}: the corpus statistics bm25 needs, the postings in FTS5's term order:
    one a (column, term, row), with the row's positions). Run inside a read transaction."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.static_vocab USING fts5vocab(main, fts, instance)")
    place = {num: i for i, (num,) in enumerate(conn.execute("SELECT num FROM documents ORDER BY position"))}
    lengths = {rowid: sum(varints(size)) for rowid, size in conn.execute("SELECT id, sz FROM fts_docsize")}
    stats = {"units": len(lengths), "tokens": sum(lengths.values())}
    return stats, _rows(conn, place, lengths)


def _rows(conn, place: dict[int, int], lengths: dict[int, int]) -> Iterator[Posting]:
    # The loop runs once a token of the corpus (7 million at 1,000 documents): kept bare.
    term, rowid, column, positions = None, None, None, []
    for t, r, c, offset in conn.execute("SELECT term, doc, col, offset FROM temp.static_vocab"):
        if r == rowid and c == column and t == term:
            positions.append(offset)
            continue
        if positions:
            yield (column, term, place[rowid >> SEQ_BITS], rowid & _SEQ_MASK, lengths[rowid], positions)
        term, rowid, column, positions = t, r, c, [offset]
    if positions:
        yield (column, term, place[rowid >> SEQ_BITS], rowid & _SEQ_MASK, lengths[rowid], positions)
