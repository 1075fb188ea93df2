"""Where elements of a document stand, as a reader finds them, and the words either side: the
one keyword-in-context machinery of the index of persons, the indexes of places and
organisations and the chronology.

Each quoted element gets its printed page, the block (paragraph, note…) it lies in and a few
words of reading text around it. Every element of `peers` in a block is marked when the block
is quoted, so a quote reads the same whether one element or all of them are asked for.
"""

from dataclasses import dataclass

from .. import anchors
from ..places import place, where
from .textflow import block_of, context, pieces, squash


@dataclass(frozen=True)
class Quote:
    anchor: str  # fragment id of the element in /doc/<id>/ (else its block's)
    block: str  # fragment id of the paragraph (or note) around it
    before: str
    text: str
    after: str
    page: str = ""  # html id of the page it is printed on ("page667"), or ""
    page_n: str = ""  # that page's printed number, or "" (unnumbered or inferred)
    where: str = ""  # the block as a reader names it ("¶ 12", "note 24": places.where)

    @property
    def place(self) -> str:
        """'p. 667, ¶ 12', 'p. 667, note 24', '¶ 3': where a reader finds it."""
        return place(self.page_n, self.where)


def quotes(root, peers: list, wanted, ids: dict) -> dict:
    """{element: Quote} for each element of `peers` (in document order) that `wanted(element)`
    accepts; `ids` gives each element's own fragment id."""
    numbers, notes = anchors.block_numbers(root), anchors.note_ids(root)
    blocks, labels = anchors.block_ids(root, numbers), anchors.note_labels(root)
    pages, page_of = anchors.page_ids(root), anchors.pages_before(root, peers)
    by_block: dict = {}
    for el in peers:
        by_block.setdefault(block_of(el), []).append(el)
    out = {}
    for block, els in by_block.items():
        chosen = [el for el in els if wanted(el)]
        if not chosen:
            continue
        parts = pieces(block, set(els)) if block is not None else []
        holder = anchors.holding_block(block, blocks) if block is not None else None
        block_anchor = anchors.block_anchor(block, blocks, notes) if block is not None else ""
        for el in chosen:
            before, said, after = context(parts, el) if parts else ("", squash("".join(el.itertext())).strip(), "")
            page = pages.get(page_of[el], ("", "")) if page_of[el] is not None else ("", "")
            out[el] = Quote(ids.get(el) or block_anchor, block_anchor, before, said, after, *page, where(holder, numbers, labels))
    return out
