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

# Emphasis starts and ends at a word's edge: "0*0*" or "a**b**c" keeps its asterisks as text (the
# sources have no emphasis inside a word), so the words either side are not run together.
# Earliest match wins; inner text is parsed again, so emphasis nests. An inner span never runs
# past the next opening of its own kind: without that, a paragraph of unclosed openings ("**a **a
# **a ...", "<sup><sup>...") makes every search scan to the end from every opening (quadratic).
PATTERNS = [
    ("bold", re.compile(r"(?<!\w)\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*(?![*\w])")),
    ("italic", re.compile(r"(?<![\*\\\w])\*(?=[^\s*])((?:(?!\s\*[^\s*]).)+?)(?<=[^\s\\*])\*(?![*\w])")),
    ("strike", re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")),
    ("sup", re.compile(r"<sup>((?:(?!<sup>).)*?)</sup>")),
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
    try:  # not len(parent): lxml counts the children one by one, quadratic over a long paragraph
        last = parent[-1]
    except IndexError:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


# whole words only: a Cyrillic letter inside a Latin or numeric token (OCR "otдел") is not Russian text
CYRILLIC = re.compile(r"(?<!\w)[\u0400-\u04FF]+(?:[\s,.:;!?«»\"“”-]+[\u0400-\u04FF]+)*(?!\w)")
LEFTOVER = re.compile(r"~~|\*|<[^<>]*>|^#+\s|^\|")  # [^<>]: a run of "<" is linear, not quadratic


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


def _first(text: str, base: int, found: dict):
    """The earliest match in `text` (which starts at offset `base` of the paragraph).

    `found` keeps each pattern's last result as (absolute start, match) or None (no match in the
    rest), so a paragraph with many matches is not searched again from the start for every one:
    a kept result is still right for `text` except at its very first position (a lookbehind there
    now sees nothing), which `match` re-checks."""
    best = None
    for name, pattern in PATTERNS:
        kept = found.get(name, ())
        if kept == () or (kept is not None and kept[0] < base):  # never searched, or its match was used
            m = pattern.search(text)
            found[name] = (base + m.start(), m) if m else None
        else:
            m = pattern.match(text)
            if m:
                found[name] = (base, m)
            elif kept is not None and kept[0] == base:  # the kept match was judged with another lookbehind
                m = pattern.search(text, 1)
                found[name] = (base + m.start(), m) if m else None
        if found[name] and (best is None or found[name][0] - base < best[0]):
            best = (found[name][0] - base, name, found[name][1])
    return best


def fill(parent, text: str, ctx) -> None:
    """Append `text` (already cleaned of debris) to `parent` as mixed content."""
    base, found = 0, {}
    while text:
        first = _first(text, base, found)
        if not first:
            _plain(parent, text, ctx)
            return
        start, name, m = first
        end = start + (m.end() - m.start())
        _plain(parent, text[:start], ctx)
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
            etree.SubElement(parent, tei("stamp")).text = inner
        text, base = text[end:], base + end
