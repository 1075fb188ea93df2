"""Divisions from headings: levels from the markup and from what the headings say.

Markdown levels in these transcriptions are unreliable (a chapter number as `##` over a `#`
title, bylines tagged as headings), so the plan reads content: a bare number heads a chapter
together with the title after it; an all-capitals name after a heading is a byline; a heading
ending in a capitalised name is a title with its byline merged; headings after the first open
divisions inside the first (an `article` when it has a byline, a `section` otherwise).
Without any heading, slide titles open `slide` divisions (the text before them is a title page)
and a document with classification markings is one `brief`.
"""

import re

from lxml import etree

from .classify import HEADING, LOWER
from .inline import clean, fill
from .tei import tei

MERGED_BYLINE = re.compile(r"^(.*[a-z].*?)\s+((?:[A-Z][A-Z.'-]*\s+){1,4}[A-Z][A-Z.'-]+)$")


def heading_text(block) -> str:
    return HEADING.match(block.lines[0].strip()).group(2)


def is_byline(text: str) -> bool:
    return bool(re.search(r"[A-Z]", text)) and not LOWER.search(text) and 2 <= len(text.split()) <= 6 \
        and not re.search(r"\d", text)


class Plan:
    def __init__(self, blocks, body):
        self.body = body
        self.stack = []
        texts = [heading_text(b) for b in blocks if b.kind == "heading"]
        self.has_headings = bool(texts)
        bylined = sum(1 for t in texts if is_byline(t) or MERGED_BYLINE.match(t))
        if any(t.isdigit() for t in texts):
            self.top_type = "chapter"
        elif bylined >= 2:
            self.top_type = "forum"
        elif texts:
            self.top_type = "article"
        elif any(b.kind == "slide-title" for b in blocks):
            self.top_type = "title-page"
        elif any(b.kind == "classification" for b in blocks):
            self.top_type = "brief"
        else:
            self.top_type = "section"
        self.blocks = blocks

    def current(self):
        if not self.stack:
            self.stack.append(etree.SubElement(self.body, tei("div"), type=self.top_type))
        return self.stack[-1]

    def _only_heads(self, div) -> bool:
        return all(etree.QName(c).localname in ("head", "byline", "pb", "fw") for c in div)

    def _child(self, div_type):
        top = self.current() if not self.stack else self.stack[0]
        del self.stack[1:]
        div = etree.SubElement(top, tei("div"), type=div_type)
        self.stack.append(div)
        return div

    def heading(self, block, notes):
        text = clean(heading_text(block))
        index = self.blocks.index(block)
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        next_is_byline = following is not None and following.kind == "heading" and is_byline(heading_text(following))
        current = self.stack[-1] if self.stack else None
        if is_byline(text) and current is not None and self._only_heads(current):
            byline = etree.SubElement(current, tei("byline"))
            fill(etree.SubElement(byline, tei("docAuthor")), text, notes)
            return
        merged = MERGED_BYLINE.match(text)
        if current is None:
            div = self.current()
        elif self._only_heads(current) and not merged:
            div = current
        else:
            div = self._child("article" if (next_is_byline or merged) else "section")
        head = etree.SubElement(div, tei("head"))
        fill(head, merged.group(1) if merged else text, notes)
        if merged:
            byline = etree.SubElement(div, tei("byline"))
            fill(etree.SubElement(byline, tei("docAuthor")), merged.group(2), notes)

    def slide(self, block, notes):
        del self.stack[:]
        div = etree.SubElement(self.body, tei("div"), type="slide")
        self.stack.append(div)
        fill(etree.SubElement(div, tei("head")), clean(block.text), notes)

    def section_break(self):
        self._child("section")
