"""The costly parts of the corpus (quoted mentions, the apparatus) made when a page asks, and kept
in bounded caches: read-only mappings that look like the dicts they replace.

`PerDocument`: doc id -> what `make(tree, doc id)` returns (the tree is parsed again: trees are
not kept). `PerEntity`: id of a person, place or organisation -> its mentions in the edition's
order, as a sequence whose length (and truth) comes from the counts of the first pass, so the
indexes and the search form never quote anything; only iterating it reads the documents that
name the entry, quoting only that entry's mentions.

Each notes the facet it serves (reads.py: ("quoted", register, doc id), ("dated", doc id)…), and
makes it quietly: a document's mentions are what a page read, not the whole of its text.
"""

from collections.abc import Mapping, Sequence

from .. import reads
from ..cache import BoundedCache


class PerDocument(Mapping):
    def __init__(self, corpus, make, size: int, stored=None, facet: tuple = ()):
        self._corpus, self._make, self._cache = corpus, make, BoundedCache(size)
        self._stored = stored  # (parts.Parts, doc id) -> the value, read from the build's store when it is there
        self._facet = facet  # what it serves of a document, for reads.note: ("dated",), ("quoted", "persons")…

    def __getitem__(self, doc_id):
        if doc_id not in self._corpus.documents:
            raise KeyError(doc_id)
        reads.note(*self._facet, doc_id)
        with reads.quiet():
            if self._stored is not None and self._corpus.parts is not None:
                return self._stored(self._corpus.parts, doc_id)  # not kept: the store is the copy
            return self._cache.get(doc_id, lambda: self._make(self._corpus.tree(doc_id), doc_id), signature=())

    def cached(self, doc_id):
        """The value if it is at hand, else None (never computes)."""
        return self._cache.peek(doc_id)

    def __iter__(self):
        return iter(self._corpus.documents)

    def __len__(self):
        return len(self._corpus.documents)


class EntityMentions(Sequence):
    """One entry's mentions: counted at once, quoted on first use."""

    def __init__(self, corpus, register: str, entity_id: str):
        self._corpus, self._register, self._id, self._items = corpus, register, entity_id, None
        self._count = sum(self._docs().values())

    def _docs(self) -> dict:
        return self._corpus.index.by_entity[self._register].get(self._id, {})

    def _quoted(self) -> list:
        reads.replay(("quoted", self._register, d) for d in self._docs())
        if self._items is None:
            self._items = self._quote(self._docs())
        return self._items

    def _quote(self, doc_ids) -> list:
        from .mentions import mentions_in

        with reads.quiet():  # the callers note the documents' mentions
            if self._corpus.parts is not None:
                return self._corpus.parts.mentions(self._register, self._id, doc_ids)
            items = []
            for doc_id in doc_ids:
                whole = self._corpus.quoted[self._register].cached(doc_id)
                if whole is not None:
                    items.extend(m for m in whole if m.entity_id == self._id)
                else:
                    items.extend(mentions_in(self._corpus.tree(doc_id), doc_id, only={self._id}, register=self._register))
            return items

    def in_documents(self, doc_ids: list[str]) -> list:
        """The mentions in these documents (one page of the entry's), quoting only them."""
        reads.replay(("quoted", self._register, d) for d in doc_ids)
        wanted = set(doc_ids)
        if self._items is not None:
            return [m for m in self._items if m.doc_id in wanted]
        return self._quote(d for d in self._docs() if d in wanted)

    def __len__(self):
        return self._count

    def __getitem__(self, i):
        return self._quoted()[i]

    def __iter__(self):
        return iter(self._quoted())


class PerEntity(Mapping):
    def __init__(self, corpus, register: str, size: int):
        self._corpus, self._register, self._cache = corpus, register, BoundedCache(size)

    def _ids(self) -> dict:
        return self._corpus.index.by_entity[self._register]

    def __getitem__(self, entity_id):
        if entity_id not in self._ids():
            raise KeyError(entity_id)
        return self._cache.get(entity_id, lambda: EntityMentions(self._corpus, self._register, entity_id), signature=())

    def __iter__(self):
        return iter(self._ids())

    def __len__(self):
        return len(self._ids())
