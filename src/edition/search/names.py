"""Transliteration folding through the personography: every written form of a person -> their id.

"Yezhov", "Ezhov", "Ежов" and "Nikolai Yezhov" all name `ezhov`, because persons.xml lists them
(pref, english, variant, pseudonym and Cyrillic forms). The forms come from
`edition.persons.personography` (the tagger's own list, so search and tagging agree), plus the
last word of every written multi-word form ("Yezhov" from "Nikolai Yezhov") unless that word is
already a form of its own. A form is kept as its folded words; forms that fold to one word of
fewer than three letters ("A.") are dropped: they would turn ordinary words into names.
"""

from pathlib import Path

from ..persons import personography
from .fold import tokens


def forms_from_personography(book) -> dict[tuple[str, ...], frozenset[str]]:
    """Folded form (tuple of words) -> ids of the persons it may name."""
    written = book.forms()
    result: dict[tuple[str, ...], set[str]] = {}
    for form, ids in written.items():
        key = tuple(tokens(form))
        if key:
            result.setdefault(key, set()).update(ids)
    derived: dict[tuple[str, ...], set[str]] = {}
    for person in book.persons.values():
        for form in person.forms:
            words = tuple(tokens(form))
            if len(words) > 1 and (words[-1],) not in result:
                derived.setdefault((words[-1],), set()).add(person.id)
    for key, ids in derived.items():
        result.setdefault(key, set()).update(ids)
    return {k: frozenset(v) for k, v in result.items() if len(k) > 1 or len(k[0]) >= 3}


def load_forms(persons_path: Path | str | None) -> dict[tuple[str, ...], frozenset[str]]:
    if persons_path is None or not Path(persons_path).is_file():
        return {}
    return forms_from_personography(personography.load(persons_path))


def person_names(persons_path: Path | str | None) -> dict[str, str]:
    """Person id -> preferred name (for result labels)."""
    if persons_path is None or not Path(persons_path).is_file():
        return {}
    return {p.id: p.pref for p in personography.load(persons_path).persons.values()}
