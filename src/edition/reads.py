"""What a computation read: the inputs a page was made from, so the build can make again only
the pages whose inputs changed (build/engine.py).

An input is a key, a tuple naming one facet of the corpus (web/facets.py: a document's header,
its mentions, its dated passages, its text…). The place that serves a facet calls `note(key)`;
whoever wants to know what a computation read runs it inside `recording()`. A value kept in a
cache is served without being made again, so the cache keeps the keys its making read and notes
them again on each hit (cache.py): a page is never credited with less than it read. `quiet()`
hides the reads of a value whose own key was noted (a document's mentions are one facet, not
its whole text). Outside any recording `note` does nothing.
"""

import contextvars
from contextlib import contextmanager

_QUIET = frozenset()  # noted into nothing
_keys: contextvars.ContextVar = contextvars.ContextVar("edition_reads", default=None)


def note(*key) -> None:
    found = _keys.get()
    if found is not None and found is not _QUIET:
        found.add(key)


def replay(keys) -> None:
    """Note again keys read earlier (a cached value served)."""
    found = _keys.get()
    if found is not None and found is not _QUIET:
        found.update(keys)


@contextmanager
def recording():
    """Collect into the yielded set every key noted inside (also those of a nested recording)."""
    outer, found = _keys.get(), set()
    token = _keys.set(found)
    try:
        yield found
    finally:
        _keys.reset(token)
        if outer is not None and outer is not _QUIET:
            outer.update(found)


@contextmanager
def quiet():
    token = _keys.set(_QUIET)
    try:
        yield
    finally:
        _keys.reset(token)
