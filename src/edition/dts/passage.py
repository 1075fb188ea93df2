"""The TEI of a passage: one citable unit, a range of them, or a page between two page breaks.

Units of the default tree are elements (a div, a p): the passage is a copy of each element
(without its tail). A page is a milestone range: everything from its `pb` up to the next `pb`
in document order, cut out of the `text` with the enclosing elements kept (shallow copies
holding only the part inside the range), so the result is well-formed TEI.
"""

import copy

from lxml import etree



def element_copy(el):
    out = copy.deepcopy(el)
    out.tail = None
    return out


def _last(el, pos) -> int:
    last = el
    for last in el.iter():
        pass
    return pos[last]


def between(container, start, stop):
    """A pruned copy of `container` holding the content from element `start` (included) to
    element `stop` (excluded; None: to the end)."""
    pos = {el: i for i, el in enumerate(container.iter())}
    s = pos[start]
    e = pos[stop] if stop is not None else len(pos)

    def prune(el):
        out = etree.Element(el.tag, el.attrib, nsmap=el.nsmap)
        if pos[el] >= s:
            out.text = el.text
        for child in el:
            first, last = pos[child], _last(child, pos)
            if first <= e - 1 and last >= s:
                piece = element_copy(child) if first >= s and last <= e - 1 else prune(child)
                out.append(piece)
            if child.tail and s <= last and last + 1 <= e:
                if len(out):
                    out[-1].tail = (out[-1].tail or "") + child.tail
                else:
                    out.text = (out.text or "") + child.tail
        return out

    return prune(container)
