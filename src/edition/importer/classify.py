"""Give each block a kind from its own shape and its neighbours'.

Kinds: heading, byline, running-head, classification, separator, section-break, note-body,
fence-notes, list, lettered, numbered, verse, image-text, caption, slide-title, para.
A run of three or more blank lines (an image placeholder or removed plate) before a block
is recorded as `gap`.
"""

import re

from . import furniture
from .inline import clean
from .notes import body_label

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
NUMBERED = re.compile(r"^(\d{1,3})\.\s+\S")
LETTERED = re.compile(r"^(?:[-*+]\s+)?\(?([a-z]|\d{1,2})\)\.?\s+\S|^(?:[-*+]\s+)?([a-z])\.\s+\S")
CAPTION_END = re.compile(r"\)\.?$")
TERMINAL = re.compile(r"[.!?;:\"”’)\]…]$")
LOWER = re.compile(r"[a-zа-яё]")
GAP = 3


def _verse(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    breaks = sum(1 for line in lines[:-1] if line.endswith("  "))
    starts = [line.strip() for line in lines[1:]]
    upper = sum(1 for s in starts if s[:1].isupper() or s.startswith("."))
    return breaks >= (len(lines) - 1) * 0.6 and upper >= len(starts) * 0.7


def _kind(block) -> str:
    first = block.lines[0].strip()
    if block.fenced:
        return "fence-notes"
    if len(block.lines) == 1:
        if HEADING.match(first):
            return "heading"
        if furniture.is_separator(first):
            return "separator"
        if furniture.is_section_break(first):
            return "section-break"
        if furniture.running_head(first):
            return "running-head"
    if furniture.classification(block.lines):
        return "classification"
    if body_label(clean(first)):
        return "note-body"
    if BULLET.match(block.lines[0]) and not LETTERED.match(first):
        return "list"
    if LETTERED.match(first):
        return "lettered"
    if NUMBERED.match(first):
        return "numbered"
    if _verse(block.lines):
        return "verse"
    if not LOWER.search(block.text) and len(block.text) < 200:
        return "caps"
    return "para"


def classify(blocks) -> None:
    for block in blocks:
        block.kind = _kind(block)
        block.data["gap"] = block.blanks_before >= GAP
    _figures(blocks)
    if not any(b.kind == "heading" for b in blocks):
        _slide_titles(blocks)


def _figures(blocks) -> None:
    """Caps blocks next to an image gap are image text; a short '(… collection)' line after one is a caption."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "caps":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "caps":
            j += 1
        run = blocks[i:j]
        touches_gap = any(b.data["gap"] for b in run) or (j < len(blocks) and blocks[j].data["gap"])
        for b in run:
            b.kind = "image-text" if touches_gap else "para"
        i = j
    for i, block in enumerate(blocks):
        after_image = i > 0 and blocks[i - 1].kind == "image-text"
        if block.kind == "para" and (block.data["gap"] or after_image) and len(block.lines) == 1 \
                and len(block.text) < 500 and CAPTION_END.search(block.text):
            block.kind = "caption"


def _slide_titles(blocks) -> None:
    for i, block in enumerate(blocks[:-1]):
        text = block.text
        if block.kind == "para" and len(block.lines) == 1 and len(text) <= 80 \
                and not re.search(r"[.,;]$", text) and blocks[i + 1].kind == "list":
            block.kind = "slide-title"


def ends_sentence(text: str) -> bool:
    """Whether a paragraph's text ends as a finished sentence (markers and debris aside)."""
    text = re.sub(r"(<sup>.*?</sup>|\\\*|\*|~~|\s)+$", "", text)
    # a note marker the OCR printed as plain digits after the full stop ('post.4', 'strange." 15')
    text = re.sub(r"(?<=[.!?;:\"”’)])\s?\d{1,3}$", "", text)
    return bool(TERMINAL.search(text))
