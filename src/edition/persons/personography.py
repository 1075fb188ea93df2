"""The personography (`tei/persons.xml`) as a model: one `Person` per `person`, in the shape
docs/encoding.md fixes (names, life dates, occupation, authority ids), with every surface form
to look for. The tagger, the reporter, search and the viewer all read persons through it.

The forms a tagger or reporter searches for are derived here, in one place, so both agree:
each `persName` as written, the preferred surname alone, first forename + surname, the Cyrillic
surname alone, and each form with the other apostrophe (the sources print both ' and ’).
A form written out in a `persName` outranks a derived one: relatives share a surname (Nikolai
and Ivan Ezhov), and listing "Ezhov" as a variant of Nikolai says that the bare surname is his.
"""

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..dates.human import life
from ..errors import InputError
from ..search.fold import tokens
from ..search.translit import romanisations
from ..tei.registers import ENTRY_TAGS
from ..xmlsafe import NS, XML_NS, parse_file

APOSTROPHES = ("'", "\u2019")
AUTHORITIES = {  # idno/@type -> URL prefix of the authority's record
    "wikidata": "https://www.wikidata.org/wiki/",
    "viaf": "https://viaf.org/viaf/",
    "gnd": "https://d-nb.info/gnd/",
    "loc": "https://id.loc.gov/authorities/names/",
}
VARIANT_LABELS = {"english": "English form", "variant": "variant", "pseudonym": "pseudonym"}


@dataclass(frozen=True)
class Person:
    id: str
    name: str  # preferred name, forename first
    surname: str
    forename: str
    forms: frozenset[str] = frozenset()  # every surface form a tagger looks for
    explicit: frozenset[str] = frozenset()  # of those, the ones written out as a whole persName
    line: int = 1
    birth: str = ""
    death: str = ""
    birth_cert: str = ""
    death_cert: str = ""
    occupation: str = ""
    variants: tuple = ()  # ((label, text, lang), ...)
    authorities: tuple = ()  # ((idno/@type, value, URL of the record or ""), ...): wikidata, viaf, gnd
    sort_key: tuple = field(default=(), compare=False)  # the index's order: surname, forename

    @cached_property  # index lines show these three: made once per person, not once per line
    def life(self) -> str:
        """'1 May 1895 – 4 Feb 1940', 'born 1908', '' (dates.human.life)."""
        return life(self.birth, self.death, self.birth_cert == "low", self.death_cert == "low")

    @cached_property
    def other_names(self) -> tuple:
        """The variants a reader has not already read in the preferred form: "Ezhov" (its
        surname) or "Anna Antonovna" (its forenames) are the preferred form in part, not
        another name; spellings, pseudonyms and other scripts are."""
        pref = tokens(self.name)
        return tuple(v for v in self.variants if not _within(tokens(v[1]), pref))

    @property
    def inverted(self) -> str:
        """'Ezhov, Nikolai Ivanovich' for the index by surname."""
        return f"{self.surname}, {self.forename}" if self.surname and self.forename else self.name

    @cached_property
    def filter_names(self) -> tuple:
        """Every name the index's "Filter by name" box finds the person by: the written ones and
        their Cyrillic forms in the five romanisations search folds (Jeschow, Iejov, Jagoda)."""
        written = (self.name, self.inverted, *(v[1] for v in self.variants))
        return tuple(dict.fromkeys([*written, *sorted({r for w in written for r in romanisations(w)})]))

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "surname": self.surname, "forename": self.forename,
                "birth": self.birth or None, "death": self.death or None, "life": self.life or None,
                "occupation": self.occupation or None,
                "variants": [{"type": t, "name": n, "lang": lang} for t, n, lang in self.variants],
                "authorities": [{"type": t, "id": v, "url": u or None} for t, v, u in self.authorities]}


@dataclass
class Personography:
    path: Path
    persons: dict[str, Person] = field(default_factory=dict)

    def forms(self) -> dict[str, frozenset[str]]:
        """Surface form -> ids of the persons it may name (more than one id: ambiguous)."""
        index: dict[str, set[str]] = {}
        written: dict[str, set[str]] = {}
        for person in self.persons.values():
            for form in person.forms:
                index.setdefault(form, set()).add(person.id)
            for form in person.explicit:
                written.setdefault(form, set()).add(person.id)
        return {form: frozenset(written.get(form) or ids) for form, ids in index.items()}


def _within(words: list, pref: list) -> bool:
    """Whether `words` occur in `pref` in order (not necessarily adjacent)."""
    rest = iter(pref)
    return bool(words) and all(w in rest for w in words)


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _with_both_apostrophes(forms: set[str]) -> set[str]:
    out = set(forms)
    for form in forms:
        for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
            if a in form:
                out.add(form.replace(a, b))
    return out


def _written_forms(person_el) -> set[str]:
    """The forms written out as a whole `persName` (not the pref name, which is built of parts)."""
    return _with_both_apostrophes(
        {_text(n) for n in person_el.findall("tei:persName", NS) if n.get("type") != "pref" and _text(n)}
    )


def _forms_of(person_el) -> set[str]:
    forms: set[str] = set()
    for name in person_el.findall("tei:persName", NS):
        text = _text(name)
        if not text:
            continue
        forms.add(text)
        if name.get("type") == "pref":
            surname = _text(name.find("tei:surname", NS)) if name.find("tei:surname", NS) is not None else ""
            fore = name.find("tei:forename", NS)
            forename = _text(fore).split() if fore is not None else []
            if surname:
                forms.add(surname)
                if forename and "." not in forename[0]:
                    forms.add(f"{forename[0]} {surname}")
        elif name.get(f"{{{XML_NS}}}lang") == "ru":
            words = text.split()
            forms.add(words[-1])  # a Cyrillic surname alone (004: Дзержинский)
            if len(words) >= 3:
                forms.add(f"{words[0]} {words[-1]}")  # forename + surname (004: Генрих Ягода)
    return _with_both_apostrophes(forms)


def _date(person_el, tag: str) -> tuple[str, str]:
    """(the date as ISO, its @cert) of a birth or death: @when, else the earliest it can be."""
    d = person_el.find(f"tei:{tag}/tei:date", NS)
    if d is None:
        return "", ""
    return d.get("when") or d.get("notBefore") or d.get("from") or _text(d), d.get("cert", "")


def _variants(el, pref) -> tuple:
    found = []
    for pn in el.findall("tei:persName", NS):
        if pn is not pref:
            lang = pn.get(f"{{{XML_NS}}}lang", "")
            label = VARIANT_LABELS.get(pn.get("type", ""), "Russian" if lang == "ru" else pn.get("type") or "name")
            found.append((label, _text(pn), lang))
    return tuple(found)


def _authorities(el) -> tuple:
    return tuple((i.get("type", ""), _text(i), AUTHORITIES[i.get("type")] + _text(i) if i.get("type") in AUTHORITIES
                  else "") for i in el.findall("tei:idno", NS))


def person(el, path) -> Person:
    """The Person of one `person` element of the file `path`."""
    pid = el.get(f"{{{XML_NS}}}id")
    if not pid:
        raise InputError(f"{path}:{el.sourceline}:1: error: person without xml:id")
    pref = el.find("tei:persName[@type='pref']", NS)
    if pref is None:
        pref = el.find("tei:persName", NS)
    name = _text(pref) or pid
    surname, forename = _text(pref.find("tei:surname", NS)) if pref is not None else "", \
        _text(pref.find("tei:forename", NS)) if pref is not None else ""
    (birth, birth_cert), (death, death_cert) = _date(el, "birth"), _date(el, "death")
    return Person(id=pid, name=name, surname=surname or name.split(" ")[-1], forename=forename,
                  forms=frozenset(_forms_of(el)), explicit=frozenset(_written_forms(el)), line=el.sourceline or 1,
                  birth=birth, death=death, birth_cert=birth_cert, death_cert=death_cert,
                  occupation=_text(el.find("tei:occupation", NS)), variants=_variants(el, pref),
                  authorities=_authorities(el), sort_key=((surname or name).casefold(), forename.casefold(), pid))


def from_tree(tree, path: Path) -> Personography:
    result = Personography(Path(path))
    for el in tree.getroot().iter(f"{{{NS['tei']}}}{ENTRY_TAGS['persons']}"):
        found = person(el, path)
        result.persons[found.id] = found
    return result


def by_name(personography: Personography) -> dict[str, Person]:
    """{id: Person} by surname then forename: the index's order."""
    return {p.id: p for p in sorted(personography.persons.values(), key=lambda p: p.sort_key)}


def load(path: Path | str) -> Personography:
    return from_tree(parse_file(path), Path(path))
