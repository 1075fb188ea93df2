"""Page furniture: running heads and folios, classification lines, separators, section breaks.

These lines belong to the printed page, not to the running text: the builder turns them into
`pb` + `fw` (or drops pure conversion debris such as the `---` footnote rule).
"""

import re

RUNNING_HEAD = re.compile(r"^([A-Za-z][A-Za-z .'-]{0,30}?)\s+(\d{1,4})$")
FOLIO = re.compile(r"^\d{1,4}$")
_SECRET = r"(?:TOP\s+)?S[-\s]?E[-\s]?C[-\s]?R[-\s]?E[-\s]?T|C[-\s]?O[-\s]?N[-\s]?F[-\s]?I[-\s]?D[-\s]?E[-\s]?N[-\s]?T[-\s]?I[-\s]?A[-\s]?L"
CLASSIFICATION = re.compile(rf"^(~~)?({_SECRET})(~~)?$")
SEPARATOR = re.compile(r"^(-{3,}|\*{3,}|_{3,})$")
SECTION_BREAK = re.compile(r"^(\\?\*\s*){3}$")
STRAY = re.compile(r"^[•·▪■]$")   # a punched hole or bullet the OCR read on a marking line


def running_head(line: str):
    """(printed text, page number) for 'FORUM 667' or a bare folio '671'; else None."""
    line = line.strip()
    if FOLIO.match(line):
        return line, line
    m = RUNNING_HEAD.match(line)
    if m and m.group(1).strip().upper() == m.group(1).strip().upper() and len(m.group(1).split()) <= 3:
        return line, m.group(2)
    return None


def classification(lines: list[str]):
    """(marking text, struck, stray debris) when every line of the block is a classification line."""
    marks, stray = [], []
    for raw in lines:
        line = raw.strip()
        if STRAY.match(line):
            stray.append(line)
            continue
        m = CLASSIFICATION.match(line)
        if not m or bool(m.group(1)) != bool(m.group(3)):
            return None
        marks.append((m.group(2), bool(m.group(1))))
    if len(marks) != 1:
        return None
    return marks[0][0], marks[0][1], stray


def is_separator(line: str) -> bool:
    return bool(SEPARATOR.match(line.strip()))


def is_section_break(line: str) -> bool:
    return bool(SECTION_BREAK.match(line.strip()))
