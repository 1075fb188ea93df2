"""The first pass's dicts as the pages read them: each read noted (reads.py), so the build
knows which document's or entry's counts a page read, not only that it read some."""

from collections.abc import Mapping

from .. import reads


class Noted(Mapping):
    """A dict of the first pass, read-only, that notes what a page reads of it (reads.py): an
    item as `(*item, key)`, the keys themselves (iterating, counting) as `whole`."""

    __slots__ = ("_data", "_item", "_whole")

    def __init__(self, data: dict, item: tuple, whole: tuple):
        self._data, self._item, self._whole = data, item, whole

    def __getitem__(self, key):
        reads.note(*self._item, key)
        return self._data[key]

    def get(self, key, default=None):
        reads.note(*self._item, key)
        return self._data.get(key, default)

    def __contains__(self, key):
        reads.note(*self._item, key)
        return key in self._data

    def __iter__(self):
        reads.note(*self._whole)
        return iter(self._data)

    def __len__(self):
        reads.note(*self._whole)
        return len(self._data)
