"""The facets of the corpus a page can read, as reads.py's keys, each with its digest: the build
keeps a page when every facet it read digests as it did when the page was made (build/engine.py).

    ("docs",)                  the documents, in the edition's order, and their headers
    ("own", doc)               one document's counts and its sourceDesc's digest (Corpus.own)
    ("entry", register, id)    an entry's mentions, names in titles and dated passages counted per document
    ("entries", register)      the entries the documents name or date, in order
    ("text", doc)              the document's bytes
    ("quoted", register, doc)  its quoted mentions of that register's entries
    ("dated", doc)             its dated passages
    ("apparatus", doc)         its interventions

A key without a digest (a kind not listed here, a document no longer there) counts as changed.
The registers and the toolkit are not facets: a change there remakes every page (manifest.py).
"""

import dataclasses
import hashlib
import json
import pickle

from .. import reads
from ..textfile import read_bytes


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def _json(value) -> str:
    return _hash(json.dumps(value, ensure_ascii=False, default=dataclasses.asdict).encode())


def _pickled(value) -> str:
    return _hash(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def _headers(c) -> list:
    """Every header, without the file's path (a snapshot's, new at each build; no page shows it)."""
    return [{**dataclasses.asdict(d), "path": None} for d in c.documents.values()]


def _counted(c) -> list:
    """The first pass's counts per register and entry (corpus.Index)."""
    return [c.index.by_entity, c.index.in_titles, c.index.dated]


def _entry(c, register: str, entry_id: str) -> str:
    return _json([found[register].get(entry_id) if register in found else None for found in _counted(c)])


def _entries(c, register: str) -> str:
    return _json([list(found[register]) if register in found else None for found in _counted(c)])


def _stored(kind: str):
    """A part as the build's store digested it, or the last build's digest of an unchanged
    document (Corpus.digests), else made and digested now."""
    def digest(c, *ids):
        found = c.digests.get((kind, *ids))
        if found is not None:
            return found
        return _pickled(c.quoted[ids[0]][ids[1]] if kind == "quoted" else getattr(c, kind)[ids[0]])
    return digest


DIGESTS = {
    "docs": lambda c: _json(_headers(c)),
    "entry": _entry,
    "entries": _entries,
    "own": lambda c, doc: _json(c.own(doc)),
    "text": lambda c, doc: _hash(read_bytes(c.documents[doc].path)),
    "quoted": _stored("quoted"),
    "dated": _stored("dated"),
    "apparatus": _stored("apparatus"),
}


def digest(c, key: tuple) -> str | None:
    """The digest of what the facet `key` serves now, or None when it cannot be said."""
    make = DIGESTS.get(key[0]) if key else None
    if make is None:
        return None
    try:
        with reads.quiet():
            return make(c, *key[1:])
    except (LookupError, OSError, TypeError):  # a document gone, a file unreadable, a malformed key
        return None


def of_parts(doc_id: str, quoted: dict[str, list] | None = None, dated: list | None = None) -> dict[tuple, str]:
    """The digests of one document's quoted mentions (per register) or dated passages, as the
    build's parts store (parts_on_demand.py) reads them."""
    found = {("quoted", register, doc_id): _pickled(mentions) for register, mentions in (quoted or {}).items()}
    return found if dated is None else {**found, ("dated", doc_id): _pickled(dated)}


OWN = ("quoted", "dated", "apparatus")  # facets made from one document's bytes alone (and the context)
