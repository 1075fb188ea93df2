"""The editor's to-do list: what in the documents still needs a person decision.

Pure: raw TEI text and the personography in, findings out. Five kinds:
- `untagged`: a known form of one person in the text but not inside `persName`;
- `ambiguous`: a form shared by two persons (Efimov), to be tagged by hand;
- `unknown-name`: a capitalised word that is neither a known form, nor a known non-name
  (exceptions file), nor a common word capitalised at a sentence start (the same word occurs in
  lower case somewhere in the documents checked);
- `unresolved-ref`: a `persName` without `@ref`, or whose `@ref` names no person in persons.xml;
- `unmentioned`: a person no document mentions (reported at the `person` in persons.xml).
In the teiHeader only `author` and `editor` are checked for mentions (as the tagger tags only
those); every `persName/@ref` in the header is checked. edition.entities reports on places and
organisations with the same class, given their element, register and header parts.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from .matcher import NameMatcher
from .tagger import HEADER_NAMES
from .tagger import SKIP as QUIET  # where a mention is neither expected nor tagged
from .personography import Personography
from ..sourcetext import StartTag, Text, events
from ..tei import refs
from ..tei.positions import Positions
from ..tei.registers import NAME_TAGS, NOUNS

WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    col: int
    kind: str
    message: str

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "col": self.col, "kind": self.kind, "message": self.message}


def lowercase_words(raws: list[str]) -> set[str]:
    """Words printed in lower case anywhere: their capitalised form is a sentence start, not a name."""
    words = set()
    for raw in raws:
        for event in events(raw):
            if isinstance(event, Text):
                words.update(w for w in WORD.findall(event.text) if w[0].islower())
    return words


def _bare(word: str) -> str:
    word = re.sub(r"['’]s$", "", word)
    return word.rstrip("'’-")


def _resolve(ref: str, document: Path, register: Path, ids, noun: str) -> list[str]:
    """The problems with one @ref value (empty when every pointer names an entry of `register`).
    A pointer is read by the schema's rule (tei/refs.py), and its file must be `register`, which
    --personography may give another name."""
    problems = []
    for pointer in ref.split():
        match = refs.entry_pattern().fullmatch(pointer)
        if not match or (document.parent / f"{match.group(1)}.xml").resolve() != register.resolve():
            problems.append(f"@ref {pointer!r} does not point into {register.name}")
        elif match.group(2) not in ids:
            problems.append(f"@ref {pointer!r}: no {noun} with xml:id {match.group(2)!r} in {register.name}")
    return problems


class Reporter:
    element, noun, header = NAME_TAGS["persons"], NOUNS["persons"], HEADER_NAMES

    def __init__(self, personography: Personography, matcher: NameMatcher, common: set[str],
                 known: NameMatcher | None = None):
        """`known`: the names other registers and exception lists know, which are therefore not
        unknown names (edition.entities passes the persons', the places' and the organisations')."""
        self.personography = personography
        self.matcher = matcher
        self.common = common
        self.known = known
        self.mentioned: set[str] = set()

    def ids(self):
        return self.personography.persons

    def check(self, raw: str, path: Path) -> list[Finding]:
        where = Positions(raw)
        findings = []

        def add(offset: int, kind: str, message: str):
            line, col = where.line_col(offset)
            findings.append(Finding(str(path), line, col, kind, message))

        for event in events(raw):
            if isinstance(event, StartTag):
                if event.element.name == self.element:
                    self._check_ref(event, path, add)
                continue
            names = {a.name for a in event.ancestors}
            if "teiHeader" in names and not names & set(self.header):
                continue
            if names & QUIET - {"teiHeader"}:
                continue
            self._check_text(event, add)
        return sorted(findings, key=lambda f: (f.line, f.col))

    def _check_ref(self, event: StartTag, path: Path, add) -> None:
        ref = event.element.attrs.get("ref")
        if not ref:
            add(event.offset, "unresolved-ref", f"{self.element} without @ref")
            return
        problems = _resolve(ref, path, self.personography.path, self.ids(), self.noun)
        for problem in problems:
            add(event.offset, "unresolved-ref", problem)
        for pointer in ref.split():
            self.mentioned.add(pointer.partition("#")[2])

    def _check_text(self, event: Text, add) -> None:
        text = event.text
        covered = []
        for m in self.matcher.find(text):
            covered.append((m.start, m.end))
            register = self.personography.path.name
            if m.ambiguous:
                ids = ", ".join(f"{register}#{i}" for i in sorted(m.ids))
                add(event.offsets[m.start], "ambiguous", f"{m.text!r} may name {ids}: tag it by hand")
            else:
                add(event.offsets[m.start], "untagged",
                    f"{m.text!r} ({register}#{next(iter(m.ids))}) is not inside {self.element}")
        covered += self.matcher.exceptions.spans(text)
        if self.known is not None:
            covered += [(m.start, m.end) for m in self.known.find(text)] + self.known.exceptions.spans(text)
        for w in WORD.finditer(text):
            word = _bare(w.group())
            if len(word) < 2 or not word[0].isupper() or word.isupper():
                continue  # not capitalised, an initial, or an acronym (NKVD)
            if word.lower() in self.common or word in self.matcher.exceptions or (
                    self.known is not None and word in self.known.exceptions):
                continue  # a common word at a sentence start, or a known non-name
            if any(s <= w.start() < e for s, e in covered):
                continue
            add(event.offsets[w.start()], "unknown-name",
                self.unknown_message(word))

    def unknown_message(self, word: str) -> str:
        return f"{word!r} looks like a name but is neither in persons.xml nor in the exceptions file"

    def unmentioned(self) -> list[Finding]:
        return person_findings(self.personography, lambda p: p.id not in self.mentioned, "unmentioned",
                               "is mentioned in no document checked")


def person_findings(personography: Personography, which, kind: str, says: str) -> list[Finding]:
    """One finding per person `which` selects, at the person's start tag, in file order."""
    path = personography.path
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Finding(str(path), p.line, lines[p.line - 1].find("<") + 1, kind, f"{p.id} ({p.name}) {says}")
            for p in sorted(personography.persons.values(), key=lambda p: p.line) if which(p)]
