"""The personography (`tei/persons.xml`) as a model: ids, names, and every surface form to look for.

The forms a tagger or reporter searches for are derived here, in one place, so both agree:
each `persName` as written, the preferred surname alone, first forename + surname, the Cyrillic
surname alone, and each form with the other apostrophe (the sources print both ' and ’).
A form written out in a `persName` outranks a derived one: relatives share a surname (Nikolai
and Ivan Ezhov), and listing "Ezhov" as a variant of Nikolai says that the bare surname is his.
"""

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..xmlsafe import NS, XML_NS, parse_file

APOSTROPHES = ("'", "\u2019")


@dataclass(frozen=True)
class Person:
    id: str
    pref: str
    forms: frozenset[str]
    explicit: frozenset[str]
    line: int
    birth: str | None = None
    death: str | None = None
    occupation: str = ""
    authorities: tuple[tuple[str, str], ...] = ()  # (idno/@type, value): wikidata, viaf, gnd


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


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


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


def _date(person_el, tag: str) -> str | None:
    date = person_el.find(f"tei:{tag}/tei:date", NS)
    return date.get("when") if date is not None else None


def from_tree(tree, path: Path) -> Personography:
    result = Personography(Path(path))
    for el in tree.getroot().iter(f"{{{NS['tei']}}}person"):
        pid = el.get(f"{{{XML_NS}}}id")
        if not pid:
            raise InputError(f"{path}:{el.sourceline}:1: error: person without xml:id")
        pref = el.find("tei:persName[@type='pref']", NS)
        occupation = el.find("tei:occupation", NS)
        result.persons[pid] = Person(
            id=pid,
            pref=_text(pref) if pref is not None else pid,
            forms=frozenset(_forms_of(el)),
            explicit=frozenset(_written_forms(el)),
            line=el.sourceline or 1,
            birth=_date(el, "birth"),
            death=_date(el, "death"),
            occupation=_text(occupation) if occupation is not None else "",
            authorities=tuple((i.get("type", ""), _text(i)) for i in el.findall("tei:idno", NS)),
        )
    return result


def load(path: Path | str) -> Personography:
    return from_tree(parse_file(path), Path(path))
