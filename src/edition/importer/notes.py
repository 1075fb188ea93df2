"""Note markers and note bodies: markers become `ref`s; bodies found at the page foot are moved
to the nearest earlier marker with the same label (docs/encoding.md, "Notes").

Numeric markers are endnote markers (`ref type="endnote"`, pointing at the back division that says
the notes are not transcribed: `importer.idiom`) when the transcription
holds no numbered note bodies at all (a book chapter whose endnotes were not transcribed), or
when the caller says so.
"""

import re
from dataclasses import dataclass

from lxml import etree

from .recover import recover_marker
from .tei import tei, xml

BODY_LABEL = re.compile(r"^\s*(?:<sup>\s*(\d+|[a-z]|(?:\\?\*)+)\s*</sup>|((?:\\\*)+))\s*")


def body_label(text: str):
    """(printed label, rest) when `text` starts like a note body ('<sup>4</sup> …', '\\* …')."""
    m = BODY_LABEL.match(text)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).replace("\\", "")
    return label, text[m.end():]


@dataclass
class Marker:
    label: str
    ref: etree._Element
    note_id: str
    line: int
    matched: bool = False


class Notes:
    def __init__(self, doc_id: str, endnotes: bool, warn):
        self.doc_id = doc_id
        self.endnotes = endnotes
        self.warn = warn
        self.markers: list[Marker] = []
        self.used: set[str] = set()
        self.stars = 0
        self.line = 0          # the source line being built, for messages
        self.in_body = False   # inside a note body a superscript digit is not a marker

    def _id(self, base: str) -> str:
        candidate, k = base, 1
        while candidate in self.used:
            k += 1
            candidate = f"{base}-{k}"
        self.used.add(candidate)
        return candidate

    def _id_for(self, label: str) -> str:
        if label.startswith("*"):
            self.stars += 1
            return self._id(f"{self.doc_id}-nstar{self.stars}")
        return self._id(f"{self.doc_id}-n{label}")

    def marker(self, parent, label: str) -> None:
        if self.in_body:
            etree.SubElement(parent, tei("hi"), rend="superscript").text = label
            return
        if label.isdigit() and self.endnotes:
            etree.SubElement(parent, tei("ref"), type="endnote", n=label, target=f"#{self.doc_id}-endnotes").text = label
            return
        note_id = self._id_for(label)
        ref = etree.SubElement(parent, tei("ref"), type="noteAnchor", n=label, target=f"#{note_id}")
        ref.text = label
        self.markers.append(Marker(label, ref, note_id, self.line))

    def new_note(self, label: str | None, note_id: str | None = None):
        note = etree.Element(tei("note"), type="footnote", place="foot")
        if label is not None:
            note.set("n", label)
        note.set(xml("id"), note_id or (self._id_for(label) if label else self._id(f"{self.doc_id}-note")))
        if label is not None:
            etree.SubElement(note, tei("label")).text = label
        return note

    def attach(self, label: str, body=None):
        """The note element for a body labelled `label`, placed after its marker; None if unmatched.

        With `body` (the tree built so far), a marker printed as plain digits is looked for too."""
        for marker in reversed(self.markers):
            if not marker.matched and marker.label == label:
                marker.matched = True
                return self._place(marker)
        if body is not None and not self.endnotes and label.isdigit():
            note_id = self._id_for(label)

            def make_ref():
                return etree.Element(tei("ref"), type="noteAnchor", n=label, target=f"#{note_id}")

            ref = recover_marker(body, label, make_ref)
            if ref is not None:
                ref.text = label
                self.warn(self.line, f"note body '{label}' linked to a marker printed as plain digits")
                return self._place(Marker(label, ref, note_id, self.line, True))
            self.used.discard(note_id)
        return None

    def _place(self, marker):
        note = self.new_note(marker.label, marker.note_id)
        ref = marker.ref
        note.tail, ref.tail = ref.tail, None
        ref.addnext(note)
        return note

    def finish(self) -> None:
        """Give every marker whose body never turned up an explicit, empty note (and a warning)."""
        for marker in self.markers:
            if marker.matched:
                continue
            self.warn(marker.line, f"note marker '{marker.label}' has no body in the transcription; "
                                   "encoded with gap reason=\"missing\"")
            note = self.new_note(marker.label, marker.note_id)
            note.remove(note.find(tei("label")))   # no body, so no printed label either
            gap = etree.SubElement(note, tei("gap"), reason="missing")
            etree.SubElement(gap, tei("desc")).text = "body not found in the transcription"
            ref = marker.ref
            note.tail, ref.tail = ref.tail, None
            ref.addnext(note)
