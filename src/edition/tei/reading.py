"""What is reading text: the words the reading view shows, and what is not one of them.

One list for every reader that takes text out of the TEI without the XSLT (quotes around a
mention, search, DTS, fidelity); each reader only adds where the elements of OWN_PLACE go.
A choice's source reading (sic, orig, abbr) is not reading text; a `sic` outside a choice is an
author's or typist's slip kept as printed (docs/encoding.md § Corrections): it is the text itself.
"""

from .namespaces import T

CHOSEN = frozenset(T + n for n in ("corr", "reg", "expan"))  # a choice's editorial reading: read
UNCHOSEN = frozenset(T + n for n in ("sic", "orig", "abbr"))  # a choice's source reading: shown on demand
FURNITURE = frozenset({T + "fw", T + "pb"})  # running heads, classification lines, page breaks
NOT_READING = FURNITURE | {T + "gap"}  # never reading text (a gap holds at most its description)
OWN_PLACE = frozenset({T + "note", T + "figure"})  # read in their own place, not in the paragraph around them
# ref types that mark a note's place: a footnote moved to its marker, a book endnote not transcribed
ANCHOR_TYPES = frozenset({"noteAnchor", "endnote"})
_REF = T + "ref"
# the tags of the elements not_reading() may refuse: an element of any other tag is reading text
MAY_NOT_READ = NOT_READING | UNCHOSEN | {_REF}


def is_anchor(el) -> bool:
    """A note marker: where a note belongs, not words of the text."""
    return el.tag == _REF and el.get("type") in ANCHOR_TYPES


def is_unchosen(el) -> bool:
    """The source reading of a choice, which the reading text replaces by the editorial one."""
    parent = el.getparent()
    return el.tag in UNCHOSEN and parent is not None and parent.tag == T + "choice"


def not_reading(el) -> bool:
    return el.tag in NOT_READING or is_unchosen(el) or is_anchor(el)
