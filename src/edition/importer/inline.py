"""Inline markup of a paragraph's text: emphasis, superscripts, note markers, redactions, codes.

`fill(parent, text, ctx)` appends the text to `parent` as TEI mixed content. Markdown emphasis
becomes `hi/@rend`; `<sup>N</sup>` and escaped asterisks after a word become note markers (the
context decides footnote or endnote); `[REDACTED]` becomes a `gap`; release codes (25X1A2d2)
a `seg`. Unbalanced emphasis marks stay as text: nothing is ever dropped except debris.
"""

import re

from lxml import etree

from .tei import tei, xml

XML_LANG = xml("lang")

# Earliest match wins; inner text is parsed again, so emphasis nests.
PATTERNS = [
    ("bold", re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*(?!\*)")),
    ("italic", re.compile(r"(?<![\*\\])\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?!\*)")),
    ("strike", re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")),
    ("sup", re.compile(r"<sup>(.*?)</sup>")),
    ("star", re.compile(r"(?<=\S)((?:\\\*)+)")),
    ("redacted", re.compile(r"\[(REDACTED)\]")),
    ("code", re.compile(r"\b(\d\dX\d[0-9A-Za-z]*)\b")),
]
REND = {"bold": "bold", "italic": "italic", "strike": "strikethrough"}
DEBRIS = [
    (re.compile(r"<sup>&</sup>lt;sup>"), "<sup>"),   # a double-escaped <sup> the converter left
    (re.compile(r"&lt;/?sup&gt;"), ""),
]


def clean(text: str) -> str:
    for pattern, repl in DEBRIS:
        text = pattern.sub(repl, text)
    return text


def append_text(parent, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


# whole words only: a Cyrillic letter inside a Latin or numeric token (OCR "otдел") is not Russian text
CYRILLIC = re.compile(r"(?<!\w)[\u0400-\u04FF]+(?:[\s,.:;!?«»\"“”-]+[\u0400-\u04FF]+)*(?!\w)")
LEFTOVER = re.compile(r"~~|\*|<[^>]*>|^#+\s|^\|")


def _plain(parent, text: str, ctx) -> None:
    """Plain text: Cyrillic runs become foreign xml:lang="ru"; markup left unparsed is reported."""
    text = text.replace("\\*", "\x00")
    if LEFTOVER.search(text) and hasattr(ctx, "warn"):
        ctx.warn(ctx.line, f"markup the importer could not read kept as text: {LEFTOVER.search(text).group()!r}")
    text = text.replace("\x00", "*")
    pos = 0
    for m in CYRILLIC.finditer(text):
        append_text(parent, text[pos: m.start()])
        foreign = etree.SubElement(parent, tei("foreign"))
        foreign.set(XML_LANG, "ru")
        foreign.text = m.group()
        pos = m.end()
    append_text(parent, text[pos:])


def _first(text: str):
    best = None
    for name, pattern in PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1].start()):
            best = (name, m)
    return best


def fill(parent, text: str, ctx) -> None:
    """Append `text` (already cleaned of debris) to `parent` as mixed content."""
    while text:
        found = _first(text)
        if not found:
            _plain(parent, text, ctx)
            return
        name, m = found
        _plain(parent, text[: m.start()], ctx)
        inner = m.group(1)
        if name in REND:
            hi = etree.SubElement(parent, tei("hi"), rend=REND[name])
            fill(hi, inner, ctx)
        elif name == "sup":
            label = inner.replace("\\*", "*").strip()
            if re.fullmatch(r"\d+|\*+", label):
                ctx.marker(parent, label)
            else:
                hi = etree.SubElement(parent, tei("hi"), rend="superscript")
                fill(hi, inner, ctx)
        elif name == "star":
            ctx.marker(parent, "*" * inner.count("*"))
        elif name == "redacted":
            gap = etree.SubElement(parent, tei("gap"), reason="redacted")
            etree.SubElement(gap, tei("desc")).text = inner
        elif name == "code":
            etree.SubElement(parent, tei("seg"), type="release-code").text = inner
        text = text[m.end():]
