"""TEI -> searchable units: one per paragraph-like block, with its text, anchor and persons.

A unit is a `p`, `item`, `head`, `l`, `note`, `ab`, `figDesc` or `byline` inside `text`. Its
text is the reading text (choice: corr/reg/expan; no running heads, note markers or the note's
printed label); a block nested in another (a note in a paragraph, an item in a paragraph, a
paragraph in a quotation in an item) is a unit of its own and left out of the outer unit's
text, which gets a space where it stood. Mentions are the `persName/@ref`s inside the unit
with their character span in the unit's text (a name in a name is its own mention), and the
`placeName`/`orgName` `@ref`s likewise, as the tokens "places.moscow", "organisations.nkvd"
(ENTITY_TAGS): indexed beside the person ids, so `place:`/`org:` filter as `person:` does. A name in
the editors' own notes is not a mention (edition.tei.editors_notes): the note is found by the
words it prints, not by `person:`/`place:`/`org:` nor by the person's other spellings.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import anchors, places, textfile, xmlsafe
from ..tei.namespaces import T
from ..tei.reading import CHOSEN, NOT_READING, is_anchor, is_unchosen
from ..tei.editors_notes import is_editors_note
from ..tei.refs import entity_ids, person_id

UNIT_TAGS = {T + t for t in ("p", "item", "head", "l", "note", "ab", "figDesc", "byline", "titlePart", "docDate")}
SKIPPED = NOT_READING | {T + "figure"}  # a figure's text is its own units (figDesc), read apart
_PB, _FIGURE, _CHOICE, _PERSNAME, _NOTE, _LABEL = (T + t for t in ("pb", "figure", "choice", "persName", "note", "label"))
_SPACES = re.compile(r"\s+")
ENTITY_TAGS = {T + "placeName": "places", T + "orgName": "organisations"}  # element -> register of its tokens


def entity_token(register: str, entity_id: str) -> str:
    """How a place's or organisation's mention is indexed: 'places.moscow' (no person id is so spelled)."""
    return f"{register}.{entity_id}"


# A document repeats few distinct @refs (500 names, 50 persons): each is parsed once.
_person_of = lru_cache(maxsize=8192)(person_id)


@lru_cache(maxsize=8192)
def _tokens_of(ref: str | None, register: str) -> tuple[str, ...]:
    return tuple(entity_token(register, i) for i in entity_ids(ref, register))


@dataclass(frozen=True)
class Mention:
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


class _Builder:
    """Text of one unit with whitespace collapsed as it is added (so offsets stay final)."""

    def __init__(self, el):
        self.el, self.parts, self.length, self.mentions = el, [], 0, []

    def add(self, s: str | None) -> None:
        if not s:
            return
        if "\n" in s or "  " in s or "\t" in s or "\r" in s or not s.isprintable():  # most pieces have none
            s = _SPACES.sub(" ", s)
        if s.startswith(" ") and (self.length == 0 or self.parts[-1].endswith(" ")):
            s = s[1:]
        if s:
            self.parts.append(s)
            self.length += len(s)

    def text(self) -> str:
        return "".join(self.parts).rstrip(" ")


class _Extractor:
    def __init__(self, root):
        self.root = root
        self.numbers = anchors.block_numbers(root)
        self.paragraphs = anchors.block_ids(root, self.numbers)
        self.labels = anchors.note_labels(root)
        self.notes = anchors.note_ids(root)
        self.pages = anchors.page_ids(root)
        self.order: list[tuple[object, object, str, str]] = []  # (element, builder, page, page_n)
        self.page = ("", "")
        self.editorial = False  # inside an editors' note (tei.editors_notes): its names are no mentions

    def unit(self, el) -> None:
        b = _Builder(el)
        self.order.append((el, b, *self.page))
        skip_label = el.tag == _NOTE and len(el) and el[0].tag == _LABEL
        outer = self.editorial
        self.editorial = outer or is_editors_note(el)  # a note is always a unit: the walk enters it here
        self.children(el, b, skip_first=bool(skip_label))
        self.editorial = outer

    def children(self, el, b, skip_first=False) -> None:
        add = b.add
        if el.text:
            add(el.text)
        children = iter(el)
        if skip_first and (first := next(children, None)) is not None:
            add(first.tail)
        for child in children:
            if child.tag.__class__ is str:  # not a comment or a processing instruction
                self.node(child, b)
            if child.tail:  # most are None or a space: no call for them
                add(child.tail)

    def node(self, el, b) -> None:
        tag = el.tag
        if tag == _PB:
            self.page = self.pages.get(el, ("", ""))
        if tag in UNIT_TAGS:
            b.add(" ")
            self.unit(el)
            b.add(" ")
        elif tag == _FIGURE:
            self.blocks(el)  # no space: a figure may stand inside a word split by a page break
        elif tag in SKIPPED or is_unchosen(el) or is_anchor(el):
            return
        elif tag == _CHOICE:
            reading = next((c for c in el if c.tag in CHOSEN), None)
            if reading is None:
                reading = next((c for c in el if isinstance(c.tag, str) and c.tag not in SKIPPED and not is_unchosen(c)), None)
            if reading is not None:
                self.children(reading, b)
        elif tag == _PERSNAME and (person := _person_of(el.get("ref"))) and not self.editorial:
            start = b.length
            self.children(el, b)
            b.mentions.append((start, b.length, person))
        elif tag in ENTITY_TAGS and (tokens := _tokens_of(el.get("ref"), ENTITY_TAGS[tag])) and not self.editorial:
            start = b.length
            self.children(el, b)
            b.mentions.extend((start, b.length, token) for token in tokens)
        else:
            self.children(el, b)

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


def _mentions(b) -> tuple[Mention, ...]:
    text = b.text()
    out = []
    for start, end, person in b.mentions:
        end = min(end, len(text))
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end > start:
            out.append(Mention(start, end, person))
    return tuple(sorted(out, key=lambda m: (m.start, -m.end)))


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
    for el, b, page, page_n in ex.order:
        body = b.text()
        if not body.strip():
            continue
        seq += 1
        anchor = anchors.block_anchor(el, ex.paragraphs, ex.notes)
        where = places.where(anchors.holding_block(el, ex.paragraphs), ex.numbers, ex.labels)
        units.append(Unit(doc_id, seq, el.tag[len(T):], anchor, page, page_n, body, _mentions(b), where))
    return Document(doc_id, title or doc_id, tuple(units))


def extract_bytes(data: bytes, path: Path | str) -> Document:
    """The units of a file's bytes (read once by the index, which also hashes them)."""
    root = xmlsafe.parse_bytes(data, str(path)).getroot()
    doc_id = root.get(anchors.XML_ID) or ""
    return extract_root(root, doc_id if anchors._ID.match(doc_id) else Path(path).stem)


def extract_file(path: Path | str) -> Document:
    return extract_bytes(textfile.read_bytes(path), path)
