"""The edition's own fidelity check: how much of each source transcription survives, word for
word and in order, in its TEI file.

Source words are taken after dropping what is not text of the document: markdown/HTML debris
(including the double-escaped `<sup>&</sup>lt;sup>` the converter left) and `<sup>` content
(note markers, which the TEI keeps as `ref`, not as words of the running text); the same debris
kept as text in the TEI (a tag without spaces) is dropped there too. TEI words are taken from `<text>` only; inside
`choice` the source reading (sic, orig, abbr) counts, never the editor's (corr, reg, expan).
Alignment runs in passes, so blocks the encoding rightly moves (note bodies at their markers,
running heads at their page breaks) still count as kept.
"""

import difflib
import html
import re
from dataclasses import dataclass, field

from .tei.namespaces import T, TEI_NS
from .tei.reading import CHOSEN

# letter runs and digit runs are separate words on both sides: a note marker the OCR glued to its
# word ("Party20") is rightly split off by the encoding, and must not count as a lost word
WORD = re.compile(r"[^\W\d_]+|\d+")
DEBRIS = [
    (re.compile(r"<sup>&</sup>lt;sup>"), "<sup>"),      # a double-escaped <sup> is still a <sup>
    (re.compile(r"<sup>(?:(?!<sup>).)*?</sup>"), " "),  # note markers and superscript garbage
    (re.compile(r"&lt;/?\w+&gt;|<[^<>]+>"), " "),       # any other (escaped) tag
]
# (?!<sup>) and [^<>]: a line of unclosed "<sup>" or "<" is read in linear time, not quadratic
# In the TEI only a tag without spaces is debris: the source is read a line at a time, and the
# importer joins lines with a space, so a "tag" spanning two source lines ("<0" / ">") is text there.
TEI_DEBRIS = re.compile(r"&lt;/?\w+&gt;|<[^<>\s]+>")


@dataclass
class Result:
    words: int
    kept: int
    missing: list = field(default_factory=list)      # (line, word) of source words not found

    @property
    def share(self) -> float:
        return self.kept / self.words if self.words else 1.0


def source_words(text: str) -> list[tuple[str, int]]:
    """(word, 1-based line) for every word of the transcription, debris dropped."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        for pattern, replacement in DEBRIS:
            line = pattern.sub(replacement, line)
        line = html.unescape(line)
        out.extend((m.group().lower(), number) for m in WORD.finditer(line))
    return out


def tei_words(root) -> list[str]:
    """Words of the TEI `<text>` in document order, source readings only."""
    chunks: list[str] = []

    def walk(el):
        if not isinstance(el.tag, str):
            return
        parent = el.getparent()
        if el.tag in CHOSEN and parent is not None and parent.tag == T + "choice":  # the source's words only
            return
        if el.text:
            chunks.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                chunks.append(child.tail)

    text = root.find(T + "text")
    if text is not None:
        walk(text)
    # Markup debris kept as text (an unclosed "<sup>" the importer could not read) is dropped as
    # on the source side: counted as a word, "sup" could pull the alignment off the real words.
    return [m.group().lower() for chunk in chunks for m in WORD.finditer(TEI_DEBRIS.sub(" ", chunk))]


def align(seed: list[str], target: list[str], passes: int = 3) -> set[int]:
    """Indexes of `seed` words found in `target` in order; later passes take moved runs of 3+ words."""
    kept: set[int] = set()
    used: set[int] = set()
    s_left, t_left = list(range(len(seed))), list(range(len(target)))
    for round_ in range(passes):
        matcher = difflib.SequenceMatcher(None, [seed[i] for i in s_left], [target[j] for j in t_left],
                                          autojunk=False)
        found = 0
        for a, b, size in matcher.get_matching_blocks():
            if size < (1 if round_ == 0 else 3):
                continue
            kept.update(s_left[a + k] for k in range(size))
            used.update(t_left[b + k] for k in range(size))
            found += size
        if not found:
            break
        s_left = [i for i in s_left if i not in kept]
        t_left = [j for j in t_left if j not in used]
    return kept


def measure(source_text: str, tei_root) -> Result:
    seed = source_words(source_text)
    kept = align([w for w, _ in seed], tei_words(tei_root))
    missing = [(line, word) for i, (word, line) in enumerate(seed) if i not in kept]
    return Result(len(seed), len(kept), missing)


def source_file_named(tei_root) -> str | None:
    """The transcription a TEI file says it encodes (sourceDesc/bibl[@type=transcription]/idno)."""
    found = tei_root.xpath("string(//t:teiHeader//t:bibl[@type='transcription']/t:idno[@type='source-file'])",
                           namespaces={"t": TEI_NS}).strip()
    return found or None
