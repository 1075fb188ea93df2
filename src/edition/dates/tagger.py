"""Wrap the date expressions in a TEI tree's text in `<date>` elements, in place.

Works text node by text node (an element's text, then each child and its tail, in document
order), so existing markup is never broken: a date split by a tag ("17 <pb/>July") is left for
the editor, and attribute values are never touched. The context year runs through the document
in reading order; notes and citations are islands (see scope.CONTEXT_ISLANDS).
"""

from lxml import etree

from ..xmlsafe import TEI_NS
from .recogniser import Context, find_dates
from .scope import CONTEXT_ISLANDS, local, skipped

DATE = f"{{{TEI_NS}}}date"
ORDER = ("when", "from", "to", "notBefore", "notAfter", "evidence", "cert")
EXTRA_SKIPPED = {"choice"}


def _split(text, context, exceptions):
    """(text before the first date, [(attrs, date text, text after it)]) for the resolved dates."""
    if not text:
        return text, []
    matches = [d for d in find_dates(text, context, exceptions) if d.resolved]
    if not matches:
        return text, []
    pieces = []
    for i, d in enumerate(matches):
        after_end = matches[i + 1].start if i + 1 < len(matches) else len(text)
        pieces.append((d.attrs, d.text, text[d.end:after_end]))
    return text[: matches[0].start], pieces


def _date(attrs, text, tail):
    el = etree.Element(DATE)
    for name in sorted(attrs, key=ORDER.index):
        el.set(name, attrs[name])
    el.text, el.tail = text, tail or None
    return el


def _context_from_date(el, context):
    """An existing `date` with a printed year sets the context as a found one would."""
    if el.get("evidence") == "conjecture":
        return
    years = {el.get(a)[:4] for a in ("when", "from", "to", "notBefore", "notAfter") if el.get(a)}
    year = years.pop() if len(years) == 1 else ""
    if year.isdigit():
        context.last = int(year)
        month_level = "-" in (el.get("when") or el.get("from") or el.get("notBefore") or "")
        if not context.fixed and (month_level or context.year is None):
            context.year = int(year)  # as in the recogniser: a bare year only starts a context


class _Tagger:
    def __init__(self, context, exceptions):
        self.context, self.exceptions, self.count = context, exceptions, 0

    def element(self, el):
        name = local(el.tag)
        if skipped(name, el.get("type")) or name in EXTRA_SKIPPED:
            if name == "date":
                _context_from_date(el, self.context)
            return
        saved = (self.context.year, self.context.last)
        children = [c for c in el]
        head, pieces = _split(el.text, self.context, self.exceptions)
        if pieces:
            el.text = head or None
            for i, piece in enumerate(pieces):
                el.insert(i, _date(*piece))
            self.count += len(pieces)
        for child in children:
            if isinstance(child.tag, str):
                self.element(child)
            self.tail(child)
        if name in CONTEXT_ISLANDS:
            self.context.year, self.context.last = saved

    def tail(self, child):
        head, pieces = _split(child.tail, self.context, self.exceptions)
        if not pieces:
            return
        child.tail = head or None
        parent, at = child.getparent(), child.getparent().index(child)
        for i, piece in enumerate(pieces, 1):
            parent.insert(at + i, _date(*piece))
        self.count += len(pieces)


def tag_tree(tree, context: Context | None = None, exceptions=()) -> int:
    """Tag the dates in `tree` (an lxml tree of a TEI file) in place; return how many were tagged."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    tagger = _Tagger(context if context is not None else Context(), exceptions)
    tagger.element(root)
    return tagger.count
