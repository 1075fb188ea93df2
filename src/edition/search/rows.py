"""A document file -> the rows the index inserts for it: reading, hashing, the gate, extraction,
folding and the mentions' JSON, three quarters of a sync's instructions. Only SQLite's inserts
are left to the process that writes the index (index.py), so this part runs in worker processes
when many files changed: it takes a path and a digest, and gives back tuples of strings.
"""

import hashlib
import json
from functools import lru_cache

from .. import textfile
from ..errors import InputError
from .extract import extract_bytes
from .fold import fold

# A unit's row: what index.py inserts into `units` (after its id) and into `fts` (the last two).
SEQ, KIND, ANCHOR, PAGE, PAGE_N, TEXT, MENTIONS, PLACE, FOLDED, TOKENS = range(10)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fts_values(text: str, tokens) -> tuple[str, str]:
    """What the FTS table indexes for a unit beside its rowid: a contentless table deletes a row
    only given the same values again, so inserting and deleting both make them here."""
    return fold(text), " ".join(tokens)


def prepare(item: tuple[str, str | None]) -> tuple:
    """(path, the digest indexed for it or None) -> (digest, error, document). The document is
    None when the bytes are the ones indexed or the file cannot be read or parsed (then `error`
    says why, one line naming the file), else (doc id, title, a row per unit: SEQ..TOKENS)."""
    path, indexed = item
    try:
        data = textfile.read_bytes(path)  # a pipe is refused, never read
    except InputError as exc:
        return None, str(exc), None
    sha = digest(data)
    if sha == indexed:
        return sha, None, None
    try:
        doc = extract_bytes(data, path)  # the bytes hashed: one read
    except InputError as exc:  # mid-edit or broken: the index keeps what it had
        return sha, str(exc), None
    return sha, None, (doc.id, doc.title, [
        (u.seq, u.kind, u.anchor, u.page, u.page_n, u.text, mentions_json(u.mentions), u.where,
         *fts_values(u.text, u.tokens)) for u in doc.units])


def mentions_json(mentions) -> str:
    """json.dumps(mentions), a Mention as [start, end, id]: written here, since json.dumps's set-up
    for each of a document's hundred small lists was most of its cost."""
    return "[" + ", ".join([f"[{start}, {end}, {_quoted(token)}]" for start, end, token in mentions]) + "]"


_quoted = lru_cache(maxsize=8192)(json.dumps)  # an id's JSON string: a document repeats few
