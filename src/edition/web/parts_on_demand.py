"""The build's parts store (parts.py) filled a document at a time, when a page first asks for its
quoted mentions or its dated passages: a build that makes few pages again quotes few documents.

The site's URLs still ask for every document's dated passages (the chronology's years), so
those are read for every document; the quoted mentions (the larger part) only for the
documents of the entries' pages made. Reading a document here is no read of the page's: the
callers note the facet they asked for (parts.py).
"""

from .. import reads
from . import facets
from .datings import dated_in
from .mentions import TAGS, mentions_in


class OnDemand:
    def __init__(self, parts, corpus):
        self._parts, self._corpus = parts, corpus
        self._quoted: set[str] = set()
        self._dated: set[str] = set()

    def _fill(self, doc_ids, done: set, add) -> None:
        for doc_id in doc_ids:
            if doc_id not in done:
                done.add(doc_id)
                with reads.quiet():
                    add(doc_id, self._corpus.tree(doc_id))

    def _add_quoted(self, doc_id: str, tree) -> None:
        quoted = {r: mentions_in(tree, doc_id, register=r) for r in TAGS}
        self._parts.add(doc_id, quoted, [])
        self._corpus.digests.update(facets.of_parts(doc_id, quoted=quoted))

    def _add_dated(self, doc_id: str, tree) -> None:
        dated = dated_in(tree, doc_id)
        self._parts.add(doc_id, {}, dated)
        self._corpus.digests.update(facets.of_parts(doc_id, dated=dated))

    def mentions(self, register: str, entry_id: str, doc_ids) -> list:
        doc_ids = list(doc_ids)
        self._fill(doc_ids, self._quoted, self._add_quoted)
        return self._parts.mentions(register, entry_id, doc_ids)

    def dated_in(self, doc_id: str) -> list:
        self._fill([doc_id], self._dated, self._add_dated)
        return self._parts.dated_in(doc_id)

    def passages(self, keys) -> dict:
        keys = list(keys)
        self._fill(dict.fromkeys(doc for doc, _ in keys), self._dated, self._add_dated)
        return self._parts.passages(keys)
