"""The app's view of the edition folder: the corpus (reloaded when a file changes) and the cache."""

from pathlib import Path

from flask import abort, current_app

from . import corpus as corpus_mod
from .cache import RenderCache


class Edition:
    def __init__(self, folder, cache_size: int = 64):
        self.folder = Path(folder)
        self.cache = RenderCache(cache_size)

    def corpus(self) -> corpus_mod.Corpus:
        return self.cache.get(("corpus",), lambda: corpus_mod.load(self.folder),
                              signature=corpus_mod.signature(self.folder))

    def persons_path(self) -> Path:
        return self.folder / corpus_mod.PERSONS_FILE


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
