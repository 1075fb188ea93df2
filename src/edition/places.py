"""Where a reader finds a place of a document, in words: "p. 667, ¶ 12", "p. 665, note 3", "item 4".

From the printed page number (anchors.page_ids; "" for an unnumbered or inferred page, which
gets no invented number) and the HTML id of the block holding the place (anchors.block_ids,
note_ids). The index of persons and the search results both label their places with it.
"""

import re

BLOCK_LABELS = {"p": "¶ ", "item": "item ", "l": "line ", "head": "heading "}  # anchors.block_ids' kinds
_BLOCK = re.compile(r"^(p|item|l|head)(\d+)$")
_NOTE = re.compile(r"(?:-n|note-)(\d+)$")


def place(page_n: str, block: str) -> str:
    parts = [f"p. {page_n}"] if page_n else []
    found, note = _BLOCK.match(block or ""), _NOTE.search(block or "")
    if found:
        parts.append(f"{BLOCK_LABELS[found.group(1)]}{found.group(2)}")
    elif note:
        parts.append(f"note {note.group(1)}")
    return ", ".join(parts)
