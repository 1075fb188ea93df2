"""Distributed Text Services (DTS 1.0) for the edition, as pure functions returning dicts / XML.

`api.py` is what a web layer calls (entry, collection, navigation, document); `static.py` writes
the same responses as files for a static "level 0" DTS. Errors are `DtsError` with the HTTP
status the specification asks for (400 or 404).
"""

from .errors import DtsError

__all__ = ["DtsError"]
