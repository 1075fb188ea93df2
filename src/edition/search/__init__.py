"""Full-text and name search over the edition: TEI -> units -> SQLite FTS5, and a static JSON twin.

`edition.search.api` is what the viewer calls; `static.py` writes the index the static site's
`static/client/` (the served search.js) reads. Both match through the same folding rules (`fold.py`).
"""
