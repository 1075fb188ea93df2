"""The text segments of an XML file with their line:col in the file as written.

lxml knows the line of an element but not where a text node starts, and a reporter must say
`file:line:col`. The file has already been parsed by `xmlsafe` (well-formed, no DTD, no
entities beyond the five predefined and character references), so a small tokenizer over the
raw text is exact: it yields each run of character data with the names and types of its
ancestors and a map from decoded offsets back to raw ones.
"""

import bisect
import html
import re

TOKEN = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>", re.S)
NAME = re.compile(r"</?\s*([^\s/>]+)")
TYPE = re.compile(r"\stype\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
REFERENCE = re.compile(r"&(?:#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);")


class Positions:
    def __init__(self, raw: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", raw)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _decode(raw: str, base: int):
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


def segments(raw: str):
    """Yield (text, offsets, ancestors) for each run of character data; ancestors are (name, type)."""
    stack, at = [], 0
    for m in TOKEN.finditer(raw):
        if m.start() > at:
            yield (*_decode(raw[at:m.start()], at), tuple(stack))
        token = m.group()
        if token.startswith("<![CDATA["):
            yield token[9:-3], list(range(m.start() + 9, m.end() - 3)), tuple(stack)
        elif token.startswith(("<!--", "<?", "<!")):
            pass
        elif token.startswith("</"):
            stack.pop()
        else:
            name = NAME.match(token).group(1).split(":")[-1]
            t = TYPE.search(token)
            if not token.endswith("/>"):
                stack.append((name, (t.group(1) or t.group(2)) if t else None))
        at = m.end()


def start_tags(raw: str, wanted: str) -> list[int]:
    """Offsets of the start tags named `wanted`, in document order (= lxml's iter order)."""
    found = []
    for m in TOKEN.finditer(raw):
        token = m.group()
        if token.startswith("<") and not token.startswith(("</", "<!", "<?")):
            if NAME.match(token).group(1).split(":")[-1] == wanted:
                found.append(m.start())
    return found
