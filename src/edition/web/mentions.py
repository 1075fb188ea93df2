"""Every persName in a document's text as a keyword-in-context line: the index's raw material."""

from dataclasses import dataclass

from ..xmlsafe import TEI_NS
from .. import anchors
from .textflow import block_of, context, pieces

T = f"{{{TEI_NS}}}"


@dataclass(frozen=True)
class Mention:
    doc_id: str
    person_id: str
    n: int  # 1-based position among the document's persNames: the HTML anchor's number
    anchor: str  # fragment id of the mention in /doc/<id>/
    block: str  # fragment id of the paragraph (or note) around it
    before: str
    text: str
    after: str
    cert: str

    def to_json(self) -> dict:
        return {"document": self.doc_id, "person": self.person_id, "anchor": self.anchor, "block": self.block,
                "before": self.before, "text": self.text, "after": self.after, "cert": self.cert or None}


def person_ids(ref: str) -> list[str]:
    """'persons.xml#ezhov persons.xml#stalin' -> ['ezhov', 'stalin'] (only refs into the personography)."""
    return [tok.split("#", 1)[1] for tok in ref.split() if "#" in tok and tok.split("#", 1)[0] in ("persons.xml", "")]


def named_in(tree) -> dict[str, int]:
    """{person id: number of mentions}: what mentions_in would list, counted without quoting them
    (the viewer's index of documents and of persons needs only these counts)."""
    text = tree.getroot().find(T + "text")
    counts: dict[str, int] = {}
    for el in text.iter(T + "persName") if text is not None else ():
        for pid in person_ids(el.get("ref") or ""):
            counts[pid] = counts.get(pid, 0) + 1
    return counts


def mentions_in(tree, doc_id: str, only: set | None = None) -> list[Mention]:
    """Every mention in the document, or only those of the persons in `only` (a person's page
    quotes only its own: quoting a block is the costly part)."""
    text = tree.getroot().find(T + "text")
    if text is None:
        return []
    names = [el for el in text.iter(T + "persName") if el.get("ref")]
    numbered = {el: i for i, el in enumerate(names, 1)}
    root = tree.getroot()
    ids, blocks, notes = anchors.mention_ids(root, doc_id), anchors.block_ids(root), anchors.note_ids(root)
    by_block: dict = {}
    for el in names:
        by_block.setdefault(block_of(el), []).append(el)
    out = []
    for block, els in by_block.items():
        wanted = [el for el in els if only is None or not only.isdisjoint(person_ids(el.get("ref")))]
        if not wanted:
            continue
        # every name of the block is marked, wanted or not, so the quotes are the same either way
        parts = pieces(block, set(els)) if block is not None else []
        for el in wanted:
            before, said, after = context(parts, el) if parts else ("", "".join(el.itertext()).strip(), "")
            for pid in person_ids(el.get("ref")):
                if only is not None and pid not in only:
                    continue
                block_anchor = anchors.block_anchor(block, blocks, notes) if block is not None else ""
                out.append(Mention(doc_id, pid, numbered[el], ids.get(el) or block_anchor, block_anchor,
                                   before, said, after, el.get("cert", "")))
    return sorted(out, key=lambda m: m.n)
