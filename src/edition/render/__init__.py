"""The one rendering path: TEI to HTML and plain text through the XSLT 3.0 in `xslt/`.

The viewer, the static export, `edition build` and the tests all call `edition.render.api`.
"""

from .api import to_html, to_text

__all__ = ["to_html", "to_text"]
