"""RELAX NG pattern algebra for the generator: fold notAllowed and empty away (RELAX NG 4.20).

Dropping an element turns its references into notAllowed; these rules then remove the
choices, groups and repetitions that can no longer match, exactly as a RELAX NG processor's
own simplification would, so the written grammar stays small and readable.
"""

from lxml import etree

RNG = "http://relaxng.org/ns/structure/1.0"
NA, EMPTY = "notAllowed", "empty"  # the two patterns simplification folds away


def rng(tag: str, **attrs) -> etree._Element:
    return etree.Element(f"{{{RNG}}}{tag}", **attrs)


def strip(node) -> etree._Element:
    """A deep copy of a datatype pattern without annotations."""
    copy = etree.Element(node.tag, dict(node.attrib))
    copy.text = node.text if etree.QName(node).localname in ("value", "param") else None
    for child in node:
        if isinstance(child.tag, str) and etree.QName(child).namespace == RNG:
            copy.append(strip(child))
    return copy


def simplify(tag: str, kids: list):
    if tag == "group":
        kids = [k for k in kids if k != EMPTY]
        if NA in kids:
            return NA
        return EMPTY if not kids else kids[0] if len(kids) == 1 else _wrap("group", kids)
    if tag == "choice":
        real = [k for k in kids if k not in (NA, EMPTY)]
        if not real:
            return EMPTY if EMPTY in kids else NA
        inner = real[0] if len(real) == 1 else _wrap("choice", real)
        return _wrap("optional", [inner]) if EMPTY in kids else inner
    inner = simplify("group", kids)
    if tag == "list":
        return inner if inner in (NA,) else _wrap("list", [inner if inner != EMPTY else rng("empty")])
    if inner in (NA, EMPTY):
        return NA if (tag == "oneOrMore" and inner == NA) else EMPTY
    if tag in _REPEATS and isinstance(inner, etree._Element) and inner.tag in _REPEATS.values():
        return _wrap(_nested(tag, etree.QName(inner).localname), list(inner))
    return _wrap(tag, [inner])


_REPEATS = {tag: f"{{{RNG}}}{tag}" for tag in ("oneOrMore", "zeroOrMore", "optional")}


def _nested(outer: str, inner: str) -> str:
    """One repetition for two nested ones: (A+)+ is A+, (A?)? is A?, any other pair is A*.

    Dropping elements leaves such nests (listPerson's `((person | listPerson)+, relation*)+` loses
    relation), and libxml2 validates a nested repetition in time growing as N^2.5 with its N
    children: 2,186 persons took 5.5 s, 5,000 nearly two minutes.
    """
    return outer if outer == inner else "zeroOrMore"


def _wrap(tag: str, kids: list) -> etree._Element:
    node = rng(tag)
    node.extend(kids)
    return node


