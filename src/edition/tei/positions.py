"""Line and column of offsets, and of an element's start tag, in a file's text.

libxml2 gives a line but no column; Saxon gives the position just after the start tag's `>`.
Messages point at the `<` that opens the tag, which both can be brought back to.
"""

import re
from bisect import bisect_right

from lxml import etree


class Positions:
    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def offset(self, line: int, col: int) -> int:
        line = min(max(line, 1), len(self.starts))
        return self.starts[line - 1] + max(col, 1) - 1

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def tag_start_before(self, line: int, col: int) -> tuple[int, int]:
        """The `<` of the start tag that ends just before (line, col): `<` cannot occur in attribute values."""
        if line <= 0:
            return 1, 1
        found = self.text.rfind("<", 0, self.offset(line, col))
        return self.line_col(found) if found >= 0 else (line, max(col, 1))

    def element_column(self, line: int, tag) -> int:
        """Column of the first start tag of this element's name on the line (1 if not found)."""
        if not tag or line < 1 or line > len(self.starts):
            return 1
        local = etree.QName(tag).localname
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        match = re.compile(rf"<(?:[\w.-]+:)?{re.escape(local)}(?=[\s/>])").search(self.text, self.starts[line - 1], end)
        return match.start() - self.starts[line - 1] + 1 if match else 1
