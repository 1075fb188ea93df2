"""Note bodies and figures: blocks that do not stay where the OCR put them.

A mixin of `Builder`. A body goes after its marker; one without a marker, and every figure,
waits in the queue for a place the flow allows (see `Builder.flush`).
"""

from lxml import etree

from .inline import clean, fill
from .notes import body_label
from .tei import tei


class Floats:
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
