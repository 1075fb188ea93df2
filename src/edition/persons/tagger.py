"""Pre-tag a TEI document: wrap each mention of a known person in `persName ref="persons.xml#id"`.

Pure: a tree in, the same tree changed in place plus a count out. Only text the editors would
tag is touched: in the teiHeader only `author` and `editor` (docs/encoding.md: authors point at
the personography); not text already inside `persName`, not page furniture or the erroneous
half of a correction. Markup is never broken: a mention must lie within one run of text, so a
name split by a page break or a `hi` is left to the editor (the reporter lists it). A corrected
reading (`choice` whose `corr` is a name) is wrapped whole, with a forename printed before it.
A form shared by two persons (Efimov) is not guessed: it is returned as ambiguous.
"""

import re
from dataclasses import dataclass, field

from lxml import etree

from ..tei.registers import NAME_TAGS
from ..xmlsafe import TEI_NS
from .matcher import NameMatcher

# Elements whose text holds no mention to tag (the header; existing tags; furniture; errors).
# The reporter expects no mention there either: it reads this set.
SKIP = {"teiHeader", "fw", "idno", "sic", "orig", "gap", *NAME_TAGS.values()}
# The parts of the teiHeader that name persons of the personography.
HEADER_NAMES = ("author", "editor")


@dataclass
class Ambiguous:
    text: str
    ids: frozenset[str]
    line: int


@dataclass
class TagResult:
    tagged: int = 0
    ambiguous: list[Ambiguous] = field(default_factory=list)


def _local(el) -> str:
    tag = el.tag
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else str(tag)


def _end_line(el) -> int:
    """The line where `el` ends, so a mention in its tail is reported where it is."""
    inner = etree.tostring(el, encoding="unicode", with_tail=False)
    return (el.sourceline or 0) + inner.count("\n")


class _Tagger:
    def __init__(self, matcher: NameMatcher, ref_prefix: str, element: str, header: tuple[str, ...]):
        self.matcher = matcher
        self.ref_prefix = ref_prefix
        self.element = element
        self.header = header
        self.result = TagResult()

    def _pers(self, parent, pid: str):
        return parent.makeelement(f"{{{TEI_NS}}}{self.element}", {"ref": f"{self.ref_prefix}{pid}"})

    def _split(self, parent, text: str | None, line: int):
        """Return (leading text, [persName...]) for a run of text; tails carry the rest."""
        if not text:
            return text, []
        made, lead, cursor = [], None, 0
        for m in self.matcher.find(text):
            if m.ambiguous:
                self.result.ambiguous.append(Ambiguous(m.text, m.ids, line + text.count("\n", 0, m.start)))
                continue
            piece = text[cursor:m.start]
            if made:
                made[-1].tail = piece or None
            else:
                lead = piece
            el = self._pers(parent, next(iter(m.ids)))
            el.text = m.text
            made.append(el)
            cursor = m.end
            self.result.tagged += 1
        if not made:
            return text, []
        made[-1].tail = text[cursor:] or None
        return lead or None, made

    def _wrap_choice(self, parent, choice) -> bool:
        corr = choice.find(f"{{{TEI_NS}}}corr")
        if corr is None:
            corr = choice.find(f"{{{TEI_NS}}}reg")
        reading = "".join(corr.itertext()) if corr is not None else ""
        ids = self.matcher.ids_of(reading) if reading else None
        if not ids or len(ids) != 1:
            return False
        before = self._forename_before(parent, choice, reading, ids)
        wrapper = self._pers(parent, next(iter(ids)))
        wrapper.tail, choice.tail = choice.tail, None
        parent.replace(choice, wrapper)
        if before:
            wrapper.text = before
        wrapper.append(choice)
        self.result.tagged += 1
        return True

    def _forename_before(self, parent, choice, reading: str, ids) -> str:
        """Take into the mention the words before a corrected surname that make a longer form of
        the same person ("Genrikh <choice>…Iagoda</choice>"); return them, cut from the text."""
        prev = choice.getprevious()
        text = (prev.tail if prev is not None else parent.text) or ""
        for words in (3, 2, 1):
            m = re.search(rf"(?<!\S)(?:\S+\s+){{{words}}}$", text)
            if m and self.matcher.ids_of(m.group() + reading) == ids:
                if prev is not None:
                    prev.tail = text[:m.start()] or None
                else:
                    parent.text = text[:m.start()] or None
                return m.group()
        return ""

    def visit(self, el):
        if not isinstance(el.tag, str):
            return
        if _local(el) == "teiHeader":
            for name in self.header:
                for part in el.iter(f"{{{TEI_NS}}}{name}"):
                    self.visit(part)
            return
        if _local(el) in SKIP:
            return
        lead, made = self._split(el, el.text, el.sourceline or 0)
        if made:
            el.text = lead
            for i, new in enumerate(made):
                el.insert(i, new)
        for child in list(el):
            if any(child is new for new in made):  # just made from el.text: already done
                continue
            node = child
            if _local(child) == "choice" and self._wrap_choice(el, child):
                node = child.getparent()
            else:
                self.visit(child)
            lead, after = self._split(el, node.tail, _end_line(child))
            if after:
                node.tail = lead
                at = el.index(node)
                for i, new in enumerate(after, start=1):
                    el.insert(at + i, new)


def tag_tree(tree, matcher: NameMatcher, ref_prefix: str = "persons.xml#", element: str = "persName",
             header: tuple[str, ...] = HEADER_NAMES) -> TagResult:
    """Tag every unambiguous mention in `tree` (changed in place) as `element` (placeName and
    orgName too: edition.entities), looking in the teiHeader only inside the `header` parts."""
    tagger = _Tagger(matcher, ref_prefix, element, header)
    tagger.visit(tree.getroot())
    return tagger.result
