"""tei/persons.xml as data: one Person per `person`, in the shape docs/encoding.md fixes."""

from dataclasses import dataclass, field

from ..search.fold import tokens
from ..search.translit import romanisations
from ..tei.namespaces import T
from ..xmlsafe import NS, XML_NS, parse_file
from .humandate import life
from .textflow import squash

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
    birth: str = ""
    death: str = ""
    birth_cert: str = ""
    death_cert: str = ""
    occupation: str = ""
    variants: tuple = ()  # ((label, text, lang), ...)
    authorities: tuple = ()  # ((type, value, url or ""), ...)
    sort_key: tuple = field(default=(), compare=False)

    @property
    def life(self) -> str:
        """'1 May 1895 – 4 Feb 1940', 'born 1908', '' (humandate.life)."""
        return life(self.birth, self.death, self.birth_cert == "low", self.death_cert == "low")

    @property
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

    @property
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


def _within(words: list, pref: list) -> bool:
    """Whether `words` occur in `pref` in order (not necessarily adjacent)."""
    rest = iter(pref)
    return bool(words) and all(w in rest for w in words)


def _text(el) -> str:
    return squash("".join(el.itertext())).strip() if el is not None else ""


def _date(person, what: str) -> tuple[str, str]:
    d = person.find(f"tei:{what}/tei:date", NS)
    if d is None:
        return "", ""
    value = d.get("when") or d.get("notBefore") or d.get("from") or _text(d)
    return value, d.get("cert", "")


def _person(el) -> Person:
    pid = el.get(f"{{{XML_NS}}}id")
    pref = el.find("tei:persName[@type='pref']", NS)
    if pref is None:
        pref = el.find("tei:persName", NS)
    surname, forename = _text(pref.find("tei:surname", NS)), _text(pref.find("tei:forename", NS))
    variants = []
    for pn in el.findall("tei:persName", NS):
        if pn is pref:
            continue
        lang = pn.get(f"{{{XML_NS}}}lang", "")
        label = VARIANT_LABELS.get(pn.get("type", ""), "Russian" if lang == "ru" else pn.get("type") or "name")
        variants.append((label, _text(pn), lang))
    auth = tuple((i.get("type", ""), _text(i), AUTHORITIES.get(i.get("type", ""), "") + _text(i) if i.get("type") in AUTHORITIES else "")
                 for i in el.findall("tei:idno", NS))
    name = _text(pref)
    (birth, bc), (death, dc) = _date(el, "birth"), _date(el, "death")
    return Person(id=pid, name=name, surname=surname or name.split(" ")[-1], forename=forename,
                  birth=birth, death=death, birth_cert=bc, death_cert=dc,
                  occupation=_text(el.find("tei:occupation", NS)), variants=tuple(variants), authorities=auth,
                  sort_key=((surname or name).casefold(), forename.casefold(), pid))


def load_persons(path) -> dict[str, Person]:
    """{id: Person}, sorted by surname then forename (the index's order)."""
    root = parse_file(path).getroot()
    people = [_person(el) for el in root.iter(T + "person") if el.get(f"{{{XML_NS}}}id")]
    return {p.id: p for p in sorted(people, key=lambda p: p.sort_key)}
