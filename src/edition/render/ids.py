"""The text Saxon renders: the gate's text of a document with what the stylesheets would
otherwise compute a second time written in: the HTML ids of edition.anchors as `ids:id`, and the
register entry each `persName`/`placeName`/`orgName` @ref names (tei/refs.py, the one @ref
rule) as `ids:entry`, and the words of each reading the apparatus quotes (tei/wording.py) as
`ids:words`.

Only the root element is serialised again; the prolog is kept as written and the root's
start tag keeps its line count, so Saxon's line numbers stay the file's.
"""

import re

from lxml import etree

from .. import anchors
from ..tei import refs
from ..tei.namespaces import IDS, T
from ..tei.registers import NAME_TAGS
from ..tei.wording import wording

_QUOTED = tuple(T + tag for tag in ("sic", "orig", "abbr", "corr", "reg", "expan", "supplied"))

_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_START_TAG = re.compile(r"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>")


def annotated_text(text: str, tree: etree._ElementTree) -> str:
    """`text` (what `tree` was parsed from) with every HTML id and register entry written in."""
    root = tree.getroot()
    if not _clear(root) + anchors.annotate(root) + _entries(root) + _words(root):
        return text
    start = _PROLOG.match(text).end()
    tag = _START_TAG.match(text, start)
    lines = tag.group().count("\n") if tag else 0
    root.text = "\n" * lines + (root.text or "")  # whitespace in <TEI>, which holds no text
    return text[:start] + etree.tostring(root, encoding="unicode", with_tail=False)


def _clear(root) -> int:
    """Remove what a document wrote in the ids namespace itself: only what is computed here is read."""
    found = 0
    for el in root.iter(etree.Element):
        for name in [n for n in el.attrib if n.startswith(IDS)]:
            del el.attrib[name]
            found += 1
    return found


def _entries(root) -> int:
    found = 0
    for register, tag in NAME_TAGS.items():
        for name in root.iter(T + tag):
            entry = refs.entity_id(name.get("ref"), register)
            if entry:
                name.set(IDS + "entry", entry)
                found += 1
    return found


def _words(root) -> int:
    """The words of every reading the apparatus explains, as ids:words (tei/wording.py)."""
    found = 0
    for el in root.iter(*_QUOTED):
        el.set(IDS + "words", wording(el))
        found += 1
    return found
