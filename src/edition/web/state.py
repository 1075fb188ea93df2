"""The app's view of the edition folder: the corpus (reloaded when a file changes), the cache,
the search index (synced on each search: unchanged files cost a hash) and the DTS edition."""

import threading
from pathlib import Path

from flask import abort, current_app

from . import corpus as corpus_mod
from .cache import RenderCache


class Edition:
    def __init__(self, folder, cache_size: int = 64):
        self.folder = Path(folder)
        self.cache = RenderCache(cache_size)
        self._search = None
        self._search_lock = threading.Lock()

    def corpus(self) -> corpus_mod.Corpus:
        return self.cache.get(("corpus",), lambda: corpus_mod.load(self.folder),
                              signature=corpus_mod.signature(self.folder))

    def persons_path(self) -> Path:
        return self.folder / corpus_mod.PERSONS_FILE

    def document_paths(self) -> dict:
        """{doc id: TEI file} in the viewer's order of documents."""
        return {d.id: Path(d.path) for d in self.corpus().documents.values()}

    def search_index(self):
        """The search index, built on first use and brought up to date with the files on every call."""
        from ..search.index import SearchIndex

        paths = list(self.document_paths().values())  # also raises, as every page does, on a broken file
        with self._search_lock:
            if self._search is None:
                self._search = SearchIndex()
            self._search.sync(paths, self.persons_path())
            return self._search

    def dts(self, base: str):
        """The DTS view of the documents, kept while the set of files is unchanged (it caches parses)."""
        from ..dts.edition import Edition as DtsEdition
        from ..dts.endpoints import Endpoints

        return self.cache.get(("dts", base), lambda: DtsEdition(self.document_paths(), Endpoints(base=base)),
                              signature=corpus_mod.signature(self.folder))


def edition() -> Edition:
    return current_app.extensions["edition"]


def corpus() -> corpus_mod.Corpus:
    return edition().corpus()


def document_or_404(doc_id: str):
    doc = corpus().document(doc_id)
    if doc is None:
        abort(404, description=("document", doc_id))
    return doc


def person_or_404(person_id: str):
    person = corpus().person(person_id)
    if person is None:
        abort(404, description=("person", person_id))
    return person
