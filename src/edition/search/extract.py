"""TEI -> searchable units: one per paragraph-like block, with its text, anchor and persons.

A unit is a `p`, `item`, `head`, `l`, `note`, `ab`, `figDesc` or `byline` inside `text`. Its
text is the reading text (choice: corr/reg/expan; no running heads, note markers or the note's
printed label); a block nested in another (a note in a paragraph, an item in a paragraph, a
paragraph in a quotation in an item) is a unit of its own and left out of the outer unit's
text, which gets a space where it stood. Mentions are the `persName/@ref`s inside the unit
with their character span in the unit's text (a name in a name is its own mention), and the
other registers' names' `@ref`s likewise (`placeName`, `orgName`: ENTITY_TAGS, from
tei.registers), as the tokens "places.moscow", "organisations.nkvd": indexed beside the person ids, so `place:`/`org:` filter as `person:` does. A name in
the editors' own notes is not a mention (edition.tei.editors_notes): the note is found by the
words it prints, not by `person:`/`place:`/`org:` nor by the person's other spellings.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from .. import anchors, places, textfile, xmlsafe
from ..tei.namespaces import T
from ..tei.reading import CHOSEN, MAY_NOT_READ, NOT_READING, is_unchosen, not_reading
from ..tei.editors_notes import is_editors_note
from ..tei.refs import entity_ids, person_id
from ..tei.registers import NAME_TAGS

UNIT_TAGS = {T + t for t in ("p", "item", "head", "l", "note", "ab", "figDesc", "byline", "titlePart", "docDate")}
SKIPPED = NOT_READING | {T + "figure"}  # a figure's text is its own units (figDesc), read apart
_PB, _FIGURE, _CHOICE, _NOTE, _LABEL = (T + t for t in ("pb", "figure", "choice", "note", "label"))
_PERSNAME = T + NAME_TAGS["persons"]
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile("  +")  # in a printable text, the runs of _SPACES that are not single
_CHANGED = re.compile(r"\s{2,}|[^\S ]|^ ")  # the runs of _SPACES that collapsing changes (a lone space inside stays)
# the other registers' name elements -> the register of their tokens (tei.registers.NAME_TAGS)
ENTITY_TAGS = {T + tag: register for register, tag in NAME_TAGS.items() if T + tag != _PERSNAME}


def entity_token(register: str, entity_id: str) -> str:
    """How a place's or organisation's mention is indexed: 'places.moscow' (no person id is so spelled)."""
    return f"{register}.{entity_id}"


@lru_cache(maxsize=8192)  # a document repeats few distinct @refs (500 names, 50 persons): each is read once
def _tokens_of(tag: str, ref: str | None) -> tuple[str, ...]:
    """The index tokens a name with this @ref stands for: a person's id, entity_token()s."""
    if tag == _PERSNAME:
        person = person_id(ref)
        return (person,) if person else ()
    return tuple(entity_token(ENTITY_TAGS[tag], i) for i in entity_ids(ref, ENTITY_TAGS[tag]))


class Mention(NamedTuple):
    start: int
    end: int
    person: str


_QUALIFIED = tuple(f"{r}." for r in ENTITY_TAGS.values())


@dataclass(frozen=True)
class Unit:
    doc_id: str
    seq: int  # 1-based, document order of the units' start tags
    kind: str  # the element's local name
    anchor: str  # html id of the rendered block ("p12", a note id) or ""
    page: str  # html id of the last page break before the unit ("page667") or ""
    page_n: str  # that break's printed number, or ""
    text: str
    mentions: tuple[Mention, ...]
    where: str = ""  # the block as a reader names it ("¶ 12", "note 3": edition.places.where)

    @property
    def tokens(self) -> tuple[str, ...]:
        """Every id mentioned: persons as their ids, places and organisations as entity_token()s."""
        return tuple(sorted({m.person for m in self.mentions}))

    @property
    def persons(self) -> tuple[str, ...]:
        return tuple(t for t in self.tokens if not t.startswith(_QUALIFIED))


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    units: tuple[Unit, ...] = field(default_factory=tuple)


# What the walk does with an element inside a unit, by tag (any other element is read through):
# a later entry wins, as the first test that holds does in `_Extractor.read`.
_PAGE, _UNIT, _BLOCKS, _SKIP, _MAYBE, _CHOOSE, _NAME = range(7)
_HOW = {**{t: _MAYBE for t in MAY_NOT_READ}, **{t: _SKIP for t in SKIPPED}, _CHOICE: _CHOOSE,
        **{t: _NAME for t in (_PERSNAME, *ENTITY_TAGS)}, **{t: _UNIT for t in UNIT_TAGS}, _FIGURE: _BLOCKS, _PB: _PAGE}


class _Extractor:
    """One walk over the text: each unit's pieces of raw text and its mentions, as (first piece,
    piece after the last, tokens), in document order of the units' start tags."""

    def __init__(self, root):
        self.numbers = anchors.block_numbers(root)
        self.paragraphs = anchors.block_ids(root, self.numbers)
        self.labels = anchors.note_labels(root)
        self.notes = anchors.note_ids(root)
        self.pages = anchors.page_ids(root)
        self.order: list[tuple] = []  # (element, pieces, mentions, page, page_n)
        self.page = ("", "")
        self.editorial = False  # inside an editors' note (tei.editors_notes): its names are no mentions

    def unit(self, el) -> None:
        pieces: list[str] = []
        marks: list[tuple[int, int, tuple[str, ...]]] = []
        self.order.append((el, pieces, marks, *self.page))
        outer = self.editorial
        self.editorial = outer or is_editors_note(el)  # a note is always a unit: the walk enters it here
        self.read(el, pieces, marks, el.tag == _NOTE and len(el) and el[0].tag == _LABEL)  # the printed label: no text
        self.editorial = outer

    def read(self, el, pieces: list, marks: list, skip_first=False) -> None:
        """el's reading text onto `pieces`: its text, each child's as _HOW says, each child's tail."""
        text = el.text
        if text:
            pieces.append(text)
        for child in el:
            tag = child.tag
            if skip_first:
                skip_first = False
            elif tag.__class__ is str:  # not a comment or a processing instruction
                how = _HOW.get(tag)
                if how is None:
                    if len(child):
                        self.read(child, pieces, marks)
                    elif text := child.text:  # most hold text alone: no call for them
                        pieces.append(text)
                elif how == _NAME:
                    start = len(pieces)
                    if len(child):
                        self.read(child, pieces, marks)
                    elif text := child.text:
                        pieces.append(text)
                    if not self.editorial and (tokens := _tokens_of(tag, child.get("ref"))):
                        marks.append((start, len(pieces), tokens))
                elif how == _PAGE:
                    self.page = self.pages.get(child, ("", ""))
                elif how == _UNIT:
                    pieces.append(" ")
                    self.unit(child)
                    pieces.append(" ")
                elif how == _BLOCKS:
                    self.blocks(child)  # no space: a figure may stand inside a word split by a page break
                elif how == _CHOOSE:
                    reading = next((c for c in child if c.tag in CHOSEN), None)
                    if reading is None:
                        reading = next((c for c in child if isinstance(c.tag, str) and c.tag not in SKIPPED
                                        and not is_unchosen(c)), None)
                    if reading is not None:
                        self.read(reading, pieces, marks)
                elif how == _MAYBE and not not_reading(child):
                    self.read(child, pieces, marks)
            tail = child.tail
            if tail:
                pieces.append(tail)

    def blocks(self, el) -> None:
        """Outside any unit (div, list, lg, quote, figure): only the units inside count."""
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == _PB:
                self.page = self.pages.get(child, ("", ""))
            elif child.tag in UNIT_TAGS:
                self.unit(child)
            elif child.tag not in SKIPPED - {T + "figure"}:
                self.blocks(child)


def _collapsed(raw: str, offsets: list[int]) -> tuple[str, list[int]]:
    """`raw` with each run of white space made one space (none at either end), and where each
    offset into `raw` falls in it."""
    # then its only white space is the plain space; XML text holds no ASCII control character but
    # these three, and isprintable's look-up of every character was a sixth of this function
    printable = ("\n" not in raw and "\t" not in raw and "\r" not in raw) if raw.isascii() else raw.isprintable()
    if printable and "  " not in raw:  # most units: no run to collapse
        if raw.startswith(" "):
            return raw.strip(" "), [o - 1 if o else 0 for o in offsets]
        return raw.rstrip(" "), offsets
    if not printable:
        text = _SPACES.sub(" ", raw).strip(" ")
        runs = [m.span() for m in _CHANGED.finditer(raw)] if offsets else []
    else:  # most of the rest: spaces around a block read apart, found by a fast search for "  "
        text = " ".join(raw.split())
        runs = [(0, 1)] if raw.startswith(" ") and not raw.startswith("  ") else []
        runs += [m.span() for m in _DOUBLE.finditer(raw)] if offsets else []
    if not offsets:
        return text, offsets
    starts = [s for s, _ in runs]
    removed, gone = [], 0  # characters removed by the runs up to each one's end
    for s, e in runs:
        gone += e - s - (s > 0)  # a run at the start goes whole, any other leaves one space
        removed.append(gone)
    out = []
    for o in offsets:
        i = bisect_right(starts, o - 1) - 1  # the last run starting before o
        if i < 0:
            out.append(o)
        elif o >= runs[i][1]:
            out.append(o - removed[i])
        else:  # inside the run: one space of it is kept (none at the start)
            s = runs[i][0]
            out.append(s - (removed[i - 1] if i else 0) + (s > 0))
    return text, out


def _unit_text(pieces: list[str], marks: list) -> tuple[str, tuple[Mention, ...]]:
    """A unit's text, and its mentions with their spans in it (the spaces at their ends left out),
    by start, the longer first, else in the order of their ends."""
    raw = "".join(pieces)
    if not marks:
        return _collapsed(raw, [])[0], ()
    at = list(accumulate(map(len, pieces), initial=0))
    text, offsets = _collapsed(raw, [at[i] for start, end, _ in marks for i in (start, end)])
    out, length = [], len(text)
    bounds = iter(offsets)
    for (_, _, tokens), start, end in zip(marks, bounds, bounds):
        if end > length:
            end = length
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end > start:
            for token in tokens:
                out.append((start, end, token))
    if len(out) > 1:
        out.sort(key=_END, reverse=True)  # both sorts are stable, and C's: no call a mention
        out.sort(key=_START)
    return text, tuple(map(_mention, out))


_START, _END = itemgetter(0), itemgetter(1)
_mention = partial(tuple.__new__, Mention)  # Mention._make without its Python call


_TITLE = f"{T}teiHeader/{T}fileDesc/{T}titleStmt/{T}title"


def extract_root(root, doc_id: str | None = None) -> Document:
    doc_id = doc_id or root.get(anchors.XML_ID) or "document"
    found = root.find(_TITLE)  # a path, not //: the header's place is fixed, and // reads the whole tree
    title = " ".join("".join(found.itertext()).split()) if found is not None else ""
    ex = _Extractor(root)
    text = root.find(T + "text")
    if text is not None:
        ex.blocks(text)
    units, seq = [], 0
    for el, pieces, marks, page, page_n in ex.order:
        body, mentions = _unit_text(pieces, marks)
        if not body.strip():
            continue
        seq += 1
        block = anchors.holding_block(el, ex.paragraphs)
        units.append(Unit(doc_id, seq, el.tag[len(T):], anchors.block_id(block, ex.paragraphs, ex.notes), page, page_n,
                          body, mentions, places.where(block, ex.numbers, ex.labels)))
    return Document(doc_id, title or doc_id, tuple(units))


def extract_bytes(data: bytes, path: Path | str) -> Document:
    """The units of a file's bytes (read once by the index, which also hashes them)."""
    root = xmlsafe.parse_bytes(data, str(path)).getroot()
    doc_id = root.get(anchors.XML_ID) or ""
    return extract_root(root, doc_id if anchors._ID.match(doc_id) else Path(path).stem)


def extract_file(path: Path | str) -> Document:
    return extract_bytes(textfile.read_bytes(path), path)
