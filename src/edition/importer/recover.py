"""Recover note markers the OCR printed as plain digits ("post.4", "Eikhe. 10", "Party20").

Only a note body can tell such a digit from an ordinary number, so the search is body-driven:
for a body labelled N that matched no marker, the nearest earlier N standing where a marker
stands (right after a word or punctuation, and not followed by more of a number) becomes the
marker. The search looks back a bounded stretch of text (about a printed page).
"""

import re

from lxml import etree

from .tei import tei

LOOKBACK = 6000   # characters of running text: a printed page and a little more


def _pattern(label: str):
    return re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:!?\"”’)])|(?<=[^\W\d_][.,;:!?][\"”’)])|(?<=[.,;:!?\"”’)]\s)){label}(?=\s|$)")


def _text_slots(body):
    """(element, 'text'|'tail') slots holding running text, in reverse document order."""
    slots = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        inside_note = any(etree.QName(a).localname in ("note", "fw", "head", "figure") for a in el.iterancestors())
        if el.text and name not in ("note", "fw", "label", "ref", "head", "figure", "ab", "desc") and not inside_note:
            slots.append((el, "text"))
        if el.tail and not inside_note and name != "body":
            slots.append((el, "tail"))
    slots.reverse()
    return slots


def recover_marker(body, label: str, make_ref):
    """Turn the nearest earlier plain-digit `label` into a ref made by `make_ref()`; return it or None."""
    if not label.isdigit():
        return None
    pattern = _pattern(label)
    seen = 0
    for el, slot in _text_slots(body):
        text = getattr(el, slot)
        matches = list(pattern.finditer(text))
        if matches:
            m = matches[-1]
            ref = make_ref()
            before, after = text[: m.start()], text[m.end():]
            if slot == "text":
                el.text = before
                el.insert(0, ref)
            else:
                el.tail = before
                el.addnext(ref)
            ref.tail = after
            return ref
        seen += len(text)
        if seen > LOOKBACK:
            return None
    return None
