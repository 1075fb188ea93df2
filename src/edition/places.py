"""Where a reader finds a place of a document, in words: "p. 667, ¶ 12", "p. 665, note 3", "item 4".

From the printed page number (anchors.page_ids; "" for an unnumbered or inferred page, which
gets no invented number) and the HTML id of the block holding the place (anchors.block_ids,
note_ids). The index of persons and the search results both label their places with it.
"""

import re

# The kinds of anchors.block_ids, as a reader names them: the apparatus, the index of persons
# and the search results all say "¶ 12" or "list item 4" from this one table.
BLOCK_LABELS = {"p": "¶", "head": "heading", "item": "list item", "l": "verse line", "ab": "image text",
                "byline": "byline", "quote": "quotation", "titlePart": "title", "docDate": "title-page date"}
_BLOCK = re.compile(r"^([A-Za-z]+)(\d+)$")
_NOTE = re.compile(r"(?:-n|note-)(\d+)$")


def block_label(block: str) -> str:
    """"¶ 12" for the block id "p12"; "" for an id that names no block."""
    found = _BLOCK.match(block or "")
    return f"{BLOCK_LABELS[found.group(1)]} {found.group(2)}" if found and found.group(1) in BLOCK_LABELS else ""


def place(page_n: str, block: str) -> str:
    parts = [f"p. {page_n}"] if page_n else []
    label, note = block_label(block), _NOTE.search(block or "")
    if label:
        parts.append(label)
    elif note:
        parts.append(f"note {note.group(1)}")
    return ", ".join(parts)
