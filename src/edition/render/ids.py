"""The text Saxon renders: the gate's text of a document with the HTML ids of edition.anchors
written in as `ids:id` attributes, so the stylesheets compute no id themselves (one id source).

Only the root element is serialised again; the prolog is kept as written and the root's
start tag keeps its line count, so Saxon's line numbers stay the file's.
"""

import re

from lxml import etree

from .. import anchors

_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_START_TAG = re.compile(r"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>")


def annotated_text(text: str, tree: etree._ElementTree) -> str:
    """`text` (what `tree` was parsed from) with every HTML id written in."""
    root = tree.getroot()
    if not anchors.annotate(root):
        return text
    start = _PROLOG.match(text).end()
    tag = _START_TAG.match(text, start)
    lines = tag.group().count("\n") if tag else 0
    root.text = "\n" * lines + (root.text or "")  # whitespace in <TEI>, which holds no text
    return text[:start] + etree.tostring(root, encoding="unicode", with_tail=False)
