"""The runs of text and the start tags of an XML file, with their offsets in the file as written.

lxml knows the line of an element but not where a text node starts, and the reporters of
`edition dates` and `edition persons` must say `file:line:col`. The file has already been parsed
by `xmlsafe` (well-formed, no DTD, no entities but the predefined ones and character references),
so a small tokenizer over the raw text is exact. Each event carries its ancestors' local names and
attributes, so a reporter can tell text inside `date`, `persName` or the teiHeader from the rest.
"""

import html
import re
from dataclasses import dataclass

# comment | processing instruction | CDATA | tag (quoted attribute values may hold '>')
TOKEN = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>", re.S)
NAME = re.compile(r"<(/?)\s*([^\s/>]+)")
ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
REFERENCE = re.compile(r"&(?:#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);")


@dataclass(frozen=True)
class Element:
    name: str  # local name, without prefix
    attrs: dict


@dataclass(frozen=True)
class Text:
    text: str  # entities decoded
    offsets: list  # offset in the file of each character of `text`
    ancestors: tuple  # Elements, outermost first


@dataclass(frozen=True)
class StartTag:
    element: Element
    offset: int
    ancestors: tuple


def _decode(raw: str, base: int) -> tuple[str, list]:
    """Decoded text and, for each decoded character, its offset in the file."""
    out, where, at = [], [], 0
    for m in REFERENCE.finditer(raw):
        out.append(raw[at:m.start()])
        where.extend(range(base + at, base + m.start()))
        char = html.unescape(m.group())
        out.append(char)
        where.extend([base + m.start()] * len(char))
        at = m.end()
    out.append(raw[at:])
    where.extend(range(base + at, base + len(raw)))
    return "".join(out), where


def _local(name: str) -> str:
    return name.split(":", 1)[-1]


def events(raw: str):
    """Yield StartTag and Text events in document order (text outside the root element is not yielded)."""
    stack: list[Element] = []
    at = 0
    for m in TOKEN.finditer(raw):
        if m.start() > at and stack:
            text, where = _decode(raw[at:m.start()], at)
            yield Text(text, where, tuple(stack))
        at = m.end()
        token = m.group()
        if token.startswith("<![CDATA[") and stack:
            yield Text(token[9:-3], list(range(m.start() + 9, m.end() - 3)), tuple(stack))
            continue
        if token.startswith(("<!", "<?")):
            continue
        closing, name = NAME.match(token).groups()
        if closing:
            stack.pop()
            continue
        attrs = {a.group(1): html.unescape(a.group(2) if a.group(2) is not None else a.group(3))
                 for a in ATTR.finditer(token[len(name) + 1:])}
        element = Element(_local(name), attrs)
        yield StartTag(element, m.start(), tuple(stack))
        if not token.rstrip(">").rstrip().endswith("/"):
            stack.append(element)
