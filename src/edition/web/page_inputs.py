"""Which facets of the corpus each page of the site read (reads.py, facets.py), and whether
they changed since: the build makes again only the pages whose facets changed.

Kept in the build's manifest as one JSON object, compact at 1,000 documents: each facet once,
with its digest (`facets`: [[key, digest], …]), each distinct set of facets once, as numbers
into that list (`sets`), and for each file of the manifest's `site` list, in its order, the
number of its page's set, or null for a file that is not such a page (`pages`). A page is kept
only when it is listed, every facet of its set has a digest then and now, and each is the
same; a malformed table, an unknown page or a facet that cannot be digested means the page is
made again: a page may be made needlessly, never kept stale.
"""

from . import facets

SEP = " "  # between a key's parts: no id or register name holds a space (xml:id is an NCName)


def _name(key: tuple) -> str:
    return SEP.join(map(str, key))


def _sets(table, site: list) -> dict[str, tuple[str, ...]]:
    """{page file: its facets' names} of a saved table and the site list it was saved with, or {}
    when they are not."""
    try:
        names = [name for name, _ in table["facets"]]
        if not all(isinstance(i, int) and 0 <= i < len(names) for numbers in table["sets"] for i in numbers):
            return {}
        sets = [tuple(names[i] for i in numbers) for numbers in table["sets"]]
        if len(table["pages"]) != len(site):
            return {}
        return {page: sets[n] for page, n in zip(site, table["pages"]) if n is not None and isinstance(page, str)}
    except (KeyError, IndexError, TypeError, ValueError):
        return {}


class PageInputs:
    def __init__(self, previous: dict | None = None, site: list | None = None, unchanged=frozenset()):
        self._old = _sets(previous, site or []) if isinstance(previous, dict) else {}
        try:
            self._was = {name: digest for name, digest in previous["facets"]} if self._old else {}
        except (KeyError, TypeError, ValueError):
            self._old, self._was = {}, {}
        self._corpus = None
        self._unchanged = frozenset(unchanged)  # ids of the documents whose bytes the last build read
        self._now: dict[str, str | None] = {}
        self._fresh: dict[tuple[str, ...], bool] = {}
        self.pages: dict[str, tuple[str, ...]] = {}  # this build's: page file -> its facets' names
        self.made = self.kept = 0

    def over(self, corpus) -> "PageInputs":
        """The corpus the pages are made from now (the facets' digests are its). What an unchanged
        document's bytes alone make digests as it did: those digests are the last build's, so
        its parts are read only for a page that asks for them (parts_on_demand.py)."""
        self._corpus, self._now, self._fresh = corpus, {}, {}
        for name, digest in self._was.items():
            key = tuple(name.split(SEP))
            if key[0] in facets.OWN and key[-1] in self._unchanged and digest is not None:
                corpus.digests.setdefault(key, digest)
        return self

    def _digest(self, name: str) -> str | None:
        if name not in self._now:
            self._now[name] = facets.digest(self._corpus, tuple(name.split(SEP)))
        return self._now[name]

    def fresh(self, page: str) -> bool:
        """Whether the page's last making read only facets that are still the same."""
        names = self._old.get(page)
        if names is None:
            return False
        if names not in self._fresh:
            self._fresh[names] = all(self._was.get(n) is not None and self._was.get(n) == self._digest(n) for n in names)
        return self._fresh[names]

    def keep(self, page: str) -> None:
        self.pages[page] = self._old[page]
        self.kept += 1

    def record(self, page: str, keys) -> None:
        self.pages[page] = tuple(sorted({_name(k) for k in keys}))
        self.made += 1

    def table(self, site: list[str]) -> dict:
        """This build's table, to be saved in the manifest beside `site`, the list of its files
        (digests of the corpus given to `over`)."""
        names = sorted(set().union(*self.pages.values()))
        number = {n: i for i, n in enumerate(names)}
        sets: dict[tuple[str, ...], int] = {}
        pages = [sets.setdefault(self.pages[f], len(sets)) if f in self.pages else None for f in site]
        return {"facets": [[n, self._digest(n)] for n in names],
                "sets": [[number[n] for n in found] for found in sets], "pages": pages}
