"""The app's view of the edition folder: the corpus (reloaded when a file changes), the cache,
the search index (synced on each search: unchanged files cost a hash) and the DTS edition.

Whether a file changed is asked on every request (a stat per file: a few microseconds for the
edition); for a folder of more than corpus.EAGER files, at most once every RECHECK seconds,
or 10,000 stats would be most of every request.
"""

import threading
import time
from pathlib import Path

from flask import abort, current_app, g, has_request_context, request

from . import corpus as corpus_mod
from .. import reads
from ..cache import BoundedCache


RECHECK = 1.0  # seconds


class Edition:
    def __init__(self, folder, cache_size: int = 64, corpus_cache: int = 256):
        self.folder, self.corpus_cache = Path(folder), corpus_cache
        self.cache = BoundedCache(cache_size)
        self._signature: tuple[float, tuple] = (0.0, ())
        self._corpus: tuple[tuple, corpus_mod.Corpus] | None = None  # (signature, corpus)
        self._corpus_lock = threading.Lock()

    def signature(self) -> tuple:
        if has_request_context() and "edition_signature" in g:  # once per request is enough
            return g.edition_signature
        checked, sig = self._signature
        if len(sig) <= corpus_mod.EAGER or time.monotonic() - checked > RECHECK:
            self._signature = (time.monotonic(), sig)  # other threads go on with this one meanwhile
            fresh = corpus_mod.signature(self.folder)
            # the same object while nothing changed: comparing it with the corpus's is then instant
            # (10,000 entries compared item by item cost 1 ms, three times a request)
            sig = sig if fresh == sig else fresh
            self._signature = (time.monotonic(), sig)
        if has_request_context():
            g.edition_signature = sig
        return sig

    def corpus(self) -> corpus_mod.Corpus:
        """The corpus, kept apart from the page cache (evicting it would mean reading every file)."""
        sig = self.signature()
        kept = self._corpus
        if kept is not None and (kept[0] is sig or kept[0] == sig):
            return kept[1]
        with self._corpus_lock:  # one reload at a time, whoever asks
            if self._corpus is None or not (self._corpus[0] is sig or self._corpus[0] == sig):
                self._corpus = (sig, corpus_mod.load(self.folder, self.corpus_cache))
            return self._corpus[1]

    def persons_path(self) -> Path:
        return self.folder / corpus_mod.PERSONS_FILE

    def document_paths(self) -> dict:
        """{doc id: TEI file} in the viewer's order of documents (whoever reads them reads every text)."""
        paths = {d.id: Path(d.path) for d in self.corpus().documents.values()}
        reads.replay(("text", d) for d in paths)
        return paths

    def dts(self, base: str):
        """The DTS view of the documents, kept while the set of files is unchanged (it caches parses)."""
        from ..dts.edition import Edition as DtsEdition
        from ..dts.endpoints import Endpoints

        return self.cache.get(("dts", base), lambda: DtsEdition(self.document_paths(), Endpoints(base=base)),
                              signature=self.signature())


def edition() -> Edition:
    return current_app.extensions["edition"]


def corpus() -> corpus_mod.Corpus:
    return edition().corpus()


def cached_page(key: tuple, make):
    """A whole page, rendered once per corpus (any change to a file makes a new corpus): the
    templates' links and the "cite this" URL depend only on the path, host and mount point."""
    return corpus().pages.get((*key, request.path, request.host_url, request.script_root), make, signature=())


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


def entity_or_404(register: str, entity_id: str):
    entry = corpus().entries(register).get(entity_id)
    if entry is None:
        abort(404, description=(register.rstrip("s"), entity_id))
    return entry
