"""Assemble the TEI body from classified blocks.

The builder keeps the paragraph (or item, or quotation) that text can still flow into. A block
that continues it (starts in lower case, or follows a paragraph that stopped mid-sentence) is
appended after a page break: the `pb`/`fw` of the running head or classification lines met in
between, or an inferred `<pb/>`. Note bodies go to their markers; what cannot be placed waits in
a queue and is emitted where the flow allows (unmatched notes at the break, figures after the
paragraph), so no text is lost and document order stays close to the source.
"""

from lxml import etree

from . import headings
from .classify import ends_sentence
from .floats import Floats
from .inline import clean, fill
from .lists import Lists
from .pagination import Pagination
from .tei import tei


class Builder(Pagination, Floats, Lists):
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

