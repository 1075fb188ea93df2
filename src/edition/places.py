"""Where a reader finds a place of a document, in words: "p. 667, ¶ 12", "p. 665, note 3", "item 4".

From the printed page number (anchors.page_ids; "" for an unnumbered or inferred page, which
gets no invented number) and the block holding the place, named from what edition.anchors
counted (anchors.block_numbers: "¶ 12" for the 12th paragraph) or, for a note, from the number
the page shows it by (anchors.note_labels: "note 3", "note e2"). The apparatus, the indexes and
the search results all label their places with it; no id is read back into a number.
"""

# The kinds of anchors.block_numbers, as a reader names them: the apparatus, the index of persons
# and the search results all say "¶ 12" or "list item 4" from this one table.
BLOCK_LABELS = {"p": "¶", "head": "heading", "item": "list item", "l": "verse line", "ab": "image text",
                "byline": "byline", "quote": "quotation", "titlePart": "title", "docDate": "title-page date"}


def where(block, numbers: dict, notes: dict) -> str:
    """"¶ 12" for a block of `numbers` (anchors.block_numbers), "note 3" or "note e2" for a note of
    `notes` (anchors.note_labels: the number the page shows it by), "" for anything else (or None)."""
    if block in numbers:
        kind, n = numbers[block]
        return f"{BLOCK_LABELS[kind]} {n}" if kind in BLOCK_LABELS else ""
    return f"note {notes[block]}" if block in notes else ""


def place(page_n: str, where: str) -> str:
    """"p. 667, ¶ 12" from the printed page number and the block's `where`."""
    return ", ".join(part for part in (f"p. {page_n}" if page_n else "", where) if part)
