"""Page furniture in the flow: running heads, classification lines, and text continuing after a break.

A mixin of `Builder`: the queued furniture (and any unmatched notes) of the page that ended goes
inside the paragraph that runs on, at the break; a word hyphenated across it is rejoined.
"""

import re

from lxml import etree

from . import furniture
from .inline import append_text, fill
from .tei import tei


class Pagination:
    def page_break_into(self, container, raw):
        """Put the queued page furniture (or an inferred pb) into `container` before more text."""
        kept, inserted_pb = [], None
        for kind, el in self.queue:
            if kind == "figure":
                kept.append((kind, el))
                continue
            if kind == "pb" and inserted_pb is None:
                inserted_pb = el
            container.append(el)
        if inserted_pb is None:
            inserted_pb = etree.SubElement(container, tei("pb"))
            # an inferred break sits after the notes of the page, before any furniture
        self.queue = kept
        self.figure_open = None
        return inserted_pb

    def continue_text(self, container, raw, block):
        text_before = _trailing_text(container)
        hyphen = re.search(r"[^\W\d_]-$", text_before) and raw[:1].islower()
        if hyphen:
            _strip_trailing_hyphen(container)
        else:
            append_text(container, " ")
        pb = self.page_break_into(container, raw)
        if hyphen:
            pb.set("break", "no")
        fill(container, raw, self.notes)
        self.last_raw = raw

    def on_running_head(self, block):
        text, number = furniture.running_head(block.lines[0])
        self.queue.append(("pb", etree.Element(tei("pb"), n=number)))
        fw = etree.Element(tei("fw"), type="header" if text != number else "folio", place="top")
        fw.text = text
        self.queue.append(("fw", fw))

    def on_classification(self, block):
        text, struck, stray = furniture.classification(block.lines)
        place = "bottom" if self.marking_top else "top"
        self.marking_top = place == "top"
        if place == "top":
            self.queue.append(("pb", etree.Element(tei("pb"))))
        fw = etree.Element(tei("fw"), type="classification", place=place)
        if stray:
            fw.text = " ".join(stray) + " "
            self.warn(block.lineno, f"stray mark {' '.join(stray)!r} on a classification line kept in the fw")
        if struck:
            etree.SubElement(fw, tei("del"), rend="strikethrough").text = text
        else:
            append_text(fw, text)
        self.queue.append(("fw", fw))


def _trailing_text(el) -> str:
    if len(el):
        return el[-1].tail or ""
    return el.text or ""


def _strip_trailing_hyphen(el) -> None:
    if len(el):
        el[-1].tail = el[-1].tail[:-1]
    else:
        el.text = el.text[:-1]
