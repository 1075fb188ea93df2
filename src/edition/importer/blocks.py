"""Split a transcription into blocks: runs of non-blank lines, remembering where they start.

Blank lines separate blocks; the number of blank lines before a block matters (a run of three
or more marks an image placeholder or a removed plate in these transcriptions). A fenced code
block (```) is one block whatever blank lines it holds: the OCR fenced displaced note bodies.
"""

from dataclasses import dataclass, field


@dataclass
class Block:
    lines: list[str]          # raw lines, trailing newline removed (trailing spaces kept: hard breaks)
    lineno: int               # 1-based line of the first line
    blanks_before: int = 0    # blank lines between this block and the previous one
    fenced: bool = False      # came from a ``` fence
    kind: str = ""            # set by the classifier
    data: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The block's lines joined as running prose (hard breaks and indents are not text)."""
        return " ".join(line.strip() for line in self.lines if line.strip())


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    blanks = 0
    in_fence = False
    fence: Block | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith("```"):
            # Text on the fence line itself ("```python", "```Kamenev") is kept as a line of
            # the fence: every word of the source must reach the TEI.
            rest = line.strip().strip("`").strip()
            if in_fence:
                if rest:
                    fence.lines.append(rest)
                in_fence = False
                fence = None
                blanks = 0
                continue
            if current:
                blocks.append(Block(current, start, blanks))
                current, blanks = [], 0
            in_fence = True
            fence = Block([rest] if rest else [], number if rest else number + 1, blanks, fenced=True)
            blocks.append(fence)
            blanks = 0
            continue
        if in_fence:
            if line.strip():
                fence.lines.append(line)
            continue
        if line.strip():
            if not current:
                start = number
            current.append(line)
        else:
            if current:
                blocks.append(Block(current, start, blanks))
                current, blanks = [], 0
            blanks += 1
    if current:
        blocks.append(Block(current, start, blanks))
    # An empty fence (``` ```, or a lone ``` at the end) holds no text: no block to classify.
    return [block for block in blocks if block.lines]
