"""Assemble the TEI body from classified blocks.

The builder keeps the paragraph (or item, or quotation) that text can still flow into. A block
that continues it (starts in lower case, or follows a paragraph that stopped mid-sentence) is
appended after a page break: the `pb`/`fw` of the running head or classification lines met in
between, or an inferred `<pb/>`. Note bodies go to their markers; what cannot be placed waits in
a queue and is emitted where the flow allows (unmatched notes at the break, figures after the
paragraph), so no text is lost and document order stays close to the source.
"""

import re

from lxml import etree

from . import furniture, headings
from .classify import BULLET, LETTERED, NUMBERED, ends_sentence
from .inline import append_text, clean, fill
from .notes import body_label
from .tei import tei


class Builder:
    def __init__(self, blocks, notes, warn):
        self.blocks = blocks
        self.notes = notes
        self.warn = warn
        self.body = etree.Element(tei("body"))
        self.plan = headings.Plan(blocks, self.body)
        self.last = None          # element text may still flow into
        self.last_kind = None     # p | quote | item | verse | list
        self.last_raw = ""
        self.queue = []           # (kind, element): note, figure, fw, pb — in source order
        self.figure_open = None
        self.marking_top = False  # the last classification line was a page top

    # -- helpers -----------------------------------------------------------------------
    def div(self):
        return self.plan.current()

    def flush(self):
        target = self.div()
        for _, el in self.queue:
            target.append(el)
        self.queue = []
        self.figure_open = None

    def new_block(self, el, kind, raw=""):
        self.flush()
        self.div().append(el)
        self.last, self.last_kind, self.last_raw = el, kind, raw
        return el

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

    def can_continue(self, raw, block) -> bool:
        if self.last is None or self.last_kind not in ("p", "quote", "item"):
            return False
        if raw[:1].islower():
            return True
        if self.last_kind == "item":
            return False
        # a capitalised start continues only a long paragraph stopped mid-sentence (a page break
        # in running prose), never a short title-like line
        return not ends_sentence(self.last_raw) and len(self.last_raw) >= 100 and len(raw) >= 40

    # -- block kinds -------------------------------------------------------------------
    def build(self):
        for block in self.blocks:
            self.notes.line = block.lineno
            handler = getattr(self, "on_" + block.kind.replace("-", "_"))
            if block.data.get("gap") and block.kind in ("para", "verse") and not any(k == "pb" for k, _ in self.queue):
                self.queue.append(("pb", etree.Element(tei("pb"))))
            handler(block)
        self.flush()
        self.notes.finish()
        return self.body

    def on_heading(self, block):
        self.flush()
        self.plan.heading(block, self.notes)
        self.last = None
        self.last_kind = "heading"

    def on_slide_title(self, block):
        self.flush()
        self.plan.slide(block, self.notes)
        self.last, self.last_kind = None, "heading"

    def on_section_break(self, block):
        self.flush()
        self.plan.section_break()
        self.last, self.last_kind = None, "heading"

    def on_separator(self, block):
        pass  # the footnote rule is conversion debris (editorialDecl/normalization)

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

    def on_note_body(self, block):
        label, rest = body_label(clean(block.text))
        note = self.notes.attach(label, self.body)
        if note is None:
            self.warn(block.lineno, f"note body '{label}' matches no marker before it; left where it was")
            note = self.notes.new_note(label)
            self.queue.append(("note", note))
        self.notes.in_body = True
        fill(note, rest.strip(), self.notes)
        self.notes.in_body = False

    def on_fence_notes(self, block):
        for offset, line in enumerate(block.lines):
            self.warn(block.lineno + offset, "unnumbered note body (fenced by the OCR); left where it was")
            note = self.notes.new_note(None)
            self.notes.in_body = True
            fill(note, clean(line.strip()), self.notes)
            self.notes.in_body = False
            self.queue.append(("note", note))

    def _figure(self):
        if self.figure_open is None:
            self.figure_open = etree.Element(tei("figure"))
            self.queue.append(("figure", self.figure_open))
        return self.figure_open

    def on_image_text(self, block):
        ab = etree.SubElement(self._figure(), tei("ab"), type="image-text")
        fill(ab, clean(block.text), self.notes)

    def on_caption(self, block):
        head = etree.SubElement(self._figure(), tei("head"))
        fill(head, clean(block.text), self.notes)
        self.figure_open = None

    def on_caps(self, block):
        self.on_para(block)

    def on_para(self, block):
        raw = clean(block.text)
        if self.can_continue(raw, block):
            self.continue_text(self.last, raw, block)
            return
        if self.last_kind == "p" and self.last_raw.rstrip().endswith(":"):
            quote = etree.Element(tei("quote"))
            self.new_block(quote, "quote")
            p = etree.SubElement(quote, tei("p"))
            self.last, self.last_kind, self.last_raw = p, "quote", raw
        else:
            p = self.new_block(etree.Element(tei("p")), "p", raw)
        fill(p, raw, self.notes)

    def on_numbered(self, block):
        for lines in _split(block.lines, NUMBERED):
            raw = clean(" ".join(line.strip() for line in lines))
            p = self.new_block(etree.Element(tei("p"), n=NUMBERED.match(lines[0]).group(1)), "p", raw)
            fill(p, raw, self.notes)

    def on_verse(self, block):
        if self.last_kind == "verse" and self.last is not None:
            quote = self.last
            for _, el in [q for q in self.queue if q[0] != "figure"]:
                quote.append(el)
            self.queue = [q for q in self.queue if q[0] == "figure"]
        else:
            quote = self.new_block(etree.Element(tei("quote")), "verse")
        last_lg = quote[-1] if len(quote) and etree.QName(quote[-1]).localname == "lg" else None
        if last_lg is not None and len(last_lg) and not ends_sentence("".join(last_lg[-1].itertext())):
            lg = last_lg   # a stanza broken by the page: same lg, the break inside it
            if not any(etree.QName(el).localname == "pb" for el in quote[list(quote).index(last_lg) + 1:]):
                lg.append(etree.Element(tei("pb")))
            for el in list(quote[list(quote).index(last_lg) + 1:]):
                lg.append(el)
        else:
            lg = etree.SubElement(quote, tei("lg"))
        for line in block.lines:
            l_el = etree.SubElement(lg, tei("l"))
            fill(l_el, clean(line.strip()), self.notes)
        self.last, self.last_kind = quote, "verse"

    def on_list(self, block):
        self.on_lettered(block)

    def on_lettered(self, block):
        if self.last_kind in ("list", "item") and self.list is not None and self.div() is self.list.getparent():
            for kind, el in [q for q in self.queue if q[0] != "figure"]:
                self.list.append(el)
            self.queue = [q for q in self.queue if q[0] == "figure"]
            lst = self.list
        else:
            lst = self.new_block(etree.Element(tei("list")), "list")
            self.list = lst
        item = None
        for line in block.lines:
            bullet = BULLET.match(line)
            body = bullet.group(2) if bullet else line.strip()
            starts_item = bullet or LETTERED.match(line.strip()) or item is None
            if not starts_item:
                append_text(item, " ")
                fill(item, clean(body), self.notes)
                continue
            parent = lst
            if bullet and bullet.group(1) and item is not None:
                sub = item.find(tei("list"))
                parent = sub if sub is not None else etree.SubElement(item, tei("list"))
            item = etree.SubElement(parent, tei("item"))
            letter = LETTERED.match(body)
            if letter:
                item.set("n", letter.group(1) or letter.group(2))
            fill(item, clean(body), self.notes)
        self.last, self.last_kind, self.last_raw = item, "item", clean(block.text)

    list = None


def _split(lines, pattern):
    groups = []
    for line in lines:
        if pattern.match(line) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _trailing_text(el) -> str:
    if len(el):
        return el[-1].tail or ""
    return el.text or ""


def _strip_trailing_hyphen(el) -> None:
    if len(el):
        el[-1].tail = el[-1].tail[:-1]
    else:
        el.text = el.text[:-1]
