"""Transliteration folding through the personography: every written form of a person -> their id.

"Yezhov", "Ezhov", "Ежов" and "Nikolai Yezhov" all name `ezhov`, because persons.xml lists them
(pref, english, variant, pseudonym and Cyrillic forms). The forms come from
`edition.persons.personography` (the tagger's own list, so search and tagging agree), plus each
Cyrillic form romanised in the five systems of translit.py ("Jeschow", "Iejov", "Jeżow",
"Jagoda"), plus the last word of every multi-word form ("Yezhov" from "Nikolai Yezhov") unless
that word is already a form of its own. A form is kept as its folded words; forms that fold to
one word of fewer than three letters ("A.") are dropped: they would turn ordinary words into names.

Derived words: a word that is a one-word form of a person plus a suffix of DERIVED
("Yezhovshchina", "Jeschowschtschina", "Stalinism", "Trotskyite") names that person too, and
stands for the same derivation from each of the person's one-word forms ("ezhovshchina",
"iejovchtchina", …), so it finds the person's passages and the derived word in any spelling.
"""

from pathlib import Path

from ..persons import personography
from .fold import tokens
from .translit import romanisations


def forms_from_personography(book) -> dict[tuple[str, ...], frozenset[str]]:
    """Folded form (tuple of words) -> ids of the persons it may name."""
    written = book.forms()
    result: dict[tuple[str, ...], set[str]] = {}
    for form, ids in written.items():
        for spelling in {form} | romanisations(form):
            key = tuple(tokens(spelling))
            if key:
                result.setdefault(key, set()).update(ids)
    derived: dict[tuple[str, ...], set[str]] = {}
    for person in book.persons.values():
        for form in {f for written_form in person.forms for f in {written_form} | romanisations(written_form)}:
            words = tuple(tokens(form))
            if len(words) > 1 and (words[-1],) not in result:
                derived.setdefault((words[-1],), set()).add(person.id)
    for key, ids in derived.items():
        result.setdefault(key, set()).update(ids)
    return {k: frozenset(v) for k, v in result.items() if len(k) > 1 or len(k[0]) >= 3}


# Families of suffixes that make a word from a name: each family in the romanisations of
# translit.py (щина: shchina LC and BGN, schtschina German, chtchina French, szczyzna Polish).
DERIVED = (("shchina", "schtschina", "chtchina", "szczyzna"), ("ism", "isms"), ("ist", "ists"),
           ("ite", "ites"), ("ian", "ians"))
MIN_STEM = 4  # letters: a shorter stem would read "Lenin" into "lenient"… through any name


def derived(word: str, forms) -> tuple[frozenset[str], tuple[str, ...]]:
    """(person ids, every spelling of the derived word) when `word` is a one-word form + a
    suffix of DERIVED; else (frozenset(), ()). Spellings are sorted (static/client/names.js agrees)."""
    for family in DERIVED:
        for suffix in family:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= MIN_STEM and (stem,) in forms:
                ids = forms[(stem,)]
                stems = {key[0] for key, owners in forms.items() if len(key) == 1 and owners & ids}
                return ids, tuple(sorted(s + ending for s in stems for ending in family))
    return frozenset(), ()


def load_forms(persons_path: Path | str | None) -> dict[tuple[str, ...], frozenset[str]]:
    if persons_path is None or not Path(persons_path).is_file():
        return {}
    return forms_from_personography(personography.load(persons_path))


def person_names(persons_path: Path | str | None) -> dict[str, str]:
    """Person id -> preferred name (for result labels)."""
    if persons_path is None or not Path(persons_path).is_file():
        return {}
    return {p.id: p.name for p in personography.load(persons_path).persons.values()}
