"""The editorial interventions of one document, as data for the apparatus panel.

Corrections (choice/sic/corr), corrected and supplied note markers, supplied text, and gaps
(redactions, bodies not printed): each with what was printed, what the edition reads, where it
is (the printed page and the paragraph, note or running head), and a few words either side of
it, so the panel links to its place and quotes it.
"""

from dataclasses import dataclass

from .. import anchors
from ..places import where
from ..tei.namespaces import T
from ..tei.wording import wording
from .textflow import block_of, context, pieces, squash
KINDS = {
    "correction": "Correction",
    "marker-correction": "Note marker corrected",
    "marker-supplied": "Note marker supplied",
    "supplied": "Supplied",
    "redaction": "Redaction",
    "gap": "Gap",
}
# How a block is named in an entry ("¶ 14", "heading 3"): the kinds of edition.anchors.block_ids.


@dataclass(frozen=True)
class Intervention:
    kind: str
    printed: str
    reading: str
    why: str
    anchor: str
    before: str
    after: str
    page: str = ""  # "p. 669", "unnumbered page 3", "slide 4", or "" before the first page break
    page_anchor: str = ""
    place: str = ""  # "¶ 14", "note 9", "running head"
    place_anchor: str = ""

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    def to_json(self) -> dict:
        return {"kind": self.kind, "printed": self.printed, "reading": self.reading, "why": self.why or None,
                "anchor": self.anchor, "page": self.page or None, "place": self.place or None,
                "context": {"before": self.before, "after": self.after}}


def _t(el) -> str:
    return squash("".join(el.itertext())).strip() if el is not None else ""


def _words(el) -> str:
    return wording(el) if el is not None else ""


def _in_marker(el) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == T + "ref" and parent.get("type") == "noteAnchor"


def _describe(el):
    if el.tag == T + "choice":
        kind = "marker-correction" if _in_marker(el) else "correction"
        cert = el.find(T + "corr").get("cert", "") if el.find(T + "corr") is not None else ""
        return kind, _words(el.find(T + "sic")), _words(el.find(T + "corr")), f"certainty: {cert}" if cert else ""
    if el.tag == T + "supplied":
        kind = "marker-supplied" if _in_marker(el) else "supplied"
        return kind, "", _words(el), "; ".join(x for x in (el.get("reason", ""), el.get("cert", "") and f"certainty: {el.get('cert')}") if x)
    desc = _t(el.find(T + "desc"))
    kind = "redaction" if el.get("reason") == "redacted" else "gap"
    return kind, desc, "", el.get("reason", "")


def _quoted_block(el):
    """The block whose words quote `el`: a running head by itself (not glued to the sentence it
    interrupts), a note rather than the note's bare number label, else the nearest block."""
    head = next(el.iterancestors(T + "fw"), None)
    if head is not None:
        return head
    block = block_of(el)
    if block is not None and block.tag == T + "label" and block.getparent() is not None and block.getparent().tag == T + "note":
        return block.getparent()
    return block


def _place(el, numbers: dict, blocks: dict, notes: dict, labels: dict) -> tuple[str, str]:
    """("¶ 14", "p14") for the paragraph, note or running head holding `el`: inside a note, the
    outermost note (the reader finds it by its number, not by a paragraph of it)."""
    if next(el.iterancestors(T + "fw"), None) is not None:
        return "running head", ""
    outer_note = None
    for a in el.iterancestors(T + "note"):
        outer_note = a
    if outer_note is not None:
        return where(outer_note, numbers, labels), notes.get(outer_note, "")
    block = anchors.holding_block(el.getparent(), blocks)
    return (where(block, numbers, labels), blocks[block]) if block in blocks else ("", "")


def _page(el, pb, pages: dict, slides: list) -> tuple[str, str]:
    """The printed page holding `el`; in slides without pages, the slide."""
    if pb is None:
        slide = next((d for d in el.iterancestors(T + "div") if d in slides), None)
        return (f"slide {slides.index(slide) + 1}", "") if slide is not None else ("", "")
    html_id, n = pages[pb]
    return (f"p. {n}" if n else f"unnumbered page {html_id.removeprefix('page-u')}"), html_id


def interventions_in(tree, doc_id: str) -> list[Intervention]:
    root = tree.getroot()
    if root.find(T + "text") is None:
        return []
    ids = anchors.intervention_ids(root, doc_id)
    numbers, notes, pages = anchors.block_numbers(root), anchors.note_ids(root), anchors.page_ids(root)
    blocks, labels = anchors.block_ids(root, numbers), anchors.note_labels(root)
    page_of = anchors.pages_before(root, ids)
    slides = [d for d in root.iter(T + "div") if d.get("type") in ("slide", "title-page")]
    out = []
    for el, anchor in ids.items():
        kind, printed, reading, why = _describe(el)
        block = _quoted_block(el)
        before, _, after = context(pieces(block, {el}), el, width=40) if block is not None else ("", "", "")
        page, page_anchor = _page(el, page_of[el], pages, slides)
        place, place_anchor = _place(el, numbers, blocks, notes, labels)
        out.append(Intervention(kind, printed, reading, why, anchor, before, after, page, page_anchor, place, place_anchor))
    return out
