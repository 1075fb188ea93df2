"""The editorial interventions of one document, as data for the apparatus panel.

Corrections (choice/sic/corr), corrected and supplied note markers, supplied text, and gaps
(redactions, bodies not printed): each with what was printed, what the edition reads, and
where it is, so the panel links to its place.
"""

from dataclasses import dataclass

from ..xmlsafe import TEI_NS
from .. import anchors
from .textflow import block_of, context, pieces, squash

T = f"{{{TEI_NS}}}"
KINDS = {
    "correction": "Correction",
    "marker-correction": "Note marker corrected",
    "marker-supplied": "Note marker supplied",
    "supplied": "Supplied",
    "redaction": "Redaction",
    "gap": "Gap",
}


@dataclass(frozen=True)
class Intervention:
    kind: str
    printed: str
    reading: str
    why: str
    anchor: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    def to_json(self) -> dict:
        return {"kind": self.kind, "printed": self.printed, "reading": self.reading, "why": self.why or None,
                "anchor": self.anchor}


def _t(el) -> str:
    return squash("".join(el.itertext())).strip() if el is not None else ""


def _in_marker(el) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == T + "ref" and parent.get("type") == "noteAnchor"


def _describe(el):
    if el.tag == T + "choice":
        kind = "marker-correction" if _in_marker(el) else "correction"
        cert = el.find(T + "corr").get("cert", "") if el.find(T + "corr") is not None else ""
        return kind, _t(el.find(T + "sic")), _t(el.find(T + "corr")), f"certainty: {cert}" if cert else ""
    if el.tag == T + "supplied":
        kind = "marker-supplied" if _in_marker(el) else "supplied"
        return kind, "", _t(el), "; ".join(x for x in (el.get("reason", ""), el.get("cert", "") and f"certainty: {el.get('cert')}") if x)
    desc = _t(el.find(T + "desc"))
    kind = "redaction" if el.get("reason") == "redacted" else "gap"
    return kind, desc, "", el.get("reason", "")


def interventions_in(tree, doc_id: str) -> list[Intervention]:
    text = tree.getroot().find(T + "text")
    if text is None:
        return []
    out = []
    ids = anchors.intervention_ids(tree.getroot(), doc_id)
    for el, anchor in ids.items():
        kind, printed, reading, why = _describe(el)
        block = block_of(el)
        before, _, after = context(pieces(block, {el}), el, width=30) if block is not None else ("", "", "")
        out.append(Intervention(kind, printed, reading, why, anchor, before, after))
    return out
