"""tei/persons.xml: its shape (docs/encoding.md "The personography"), its validity, and that its
forms find every person in the five witnesses and resolve the cross-file variants of CATALOGUE §6."""

import re
import subprocess
from datetime import date

import pytest

from conftest import SHARED, SOURCES, TEI, require_tool
from edition.persons import exceptions, personography
from edition.persons.matcher import NameMatcher
from edition.xmlsafe import NS, XML_NS, parse_file

PERSONS = TEI / "persons.xml"
# Named only by the editors, never in the transcribed text: in a TEI header (an author of the
# printed book) or in an editorial note (the uncredited source of 004's slides).
EDITORS_ONLY = {"jansen", "kuromiya", "peplonski"}

# CATALOGUE.md §6 "Cross-file name variants": (form as printed, person it names).
CATALOGUE_VARIANTS = [
    ("Yezhov", "ezhov"), ("Yezov", "ezhov"), ("Yagoda", "iagoda"), ("Генрих Григорьевич Ягода", "iagoda"),
    ("Генрих Ягода", "iagoda"), ("Zinov'ev", "zinovev"), ("Zinov’ev", "zinovev"), ("Zinoviev", "zinovev"),
    ("Trotskii", "trotskii"), ("Trotsky", "trotskii"), ("Tomskii", "tomskii"), ("Tomsky", "tomskii"),
    ("Mikoian", "mikoian"), ("Mikoyan", "mikoian"), ("Kossior", "kosior"), ("Krushchev", "khrushchev"),
    ("Vyshinskii", "vyshinskii"), ("Vyshinsky", "vyshinskii"), ("Dzerzhinskii", "dzerzhinskii"),
    ("Dzerzhinski", "dzerzhinskii"), ("Дзержинский", "dzerzhinskii"), ("Manuil'skii", "manuilskii"),
    ("Manuisky", "manuilskii"), ("Zhadanov", "zhdanov"), ("Dzhambul", "dzhambul"), ("Dzhabul", "dzhambul"),
    ("A. Ouralov", "avtorkhanov"), ("Alexandre Ouralov", "avtorkhanov"), ("Alexander Uralov", "avtorkhanov"),
    ("Pilsudski", "pilsudski"), ("Piłsudski", "pilsudski"), ("Trilisser-Moskvina", "trilisser"),
    ("Sander", "snyder"), ("Snyder", "snyder"), ("Kamenev", "kamenev"), ("Ordzhonikidze", "ordzhonikidze"),
    ("Sergo", "ordzhonikidze"), ("N. Petrov", "petrov"), ("S. Petrov", "petrov-stepan"),
    ("Tat'iana Petrova", "petrova-tatiana"), ("Boris Efimov", "efimov-boris"), ("Vasilii Efimov", "efimov-vasilii"),
]


@pytest.fixture(scope="module")
def people():
    return personography.load(PERSONS)


@pytest.fixture(scope="module")
def matcher(people):
    return NameMatcher(people, exceptions.load(TEI / "exceptions" / "persons.txt"))


@pytest.fixture(scope="module")
def witnesses():
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("0*.txt"))}


def test_persons_xml_is_valid_tei_all():
    rng = SHARED / "tei-p5" / "tei_all.rng"
    if not rng.exists():
        pytest.skip(f"{rng} is absent (../shared is not part of the project); cannot check tei_all validity")
    jing = require_tool("jing")
    run = subprocess.run([jing, str(rng), str(PERSONS)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_person_has_a_unique_id_and_exactly_one_preferred_name():
    root = parse_file(PERSONS).getroot()
    assert root.get(f"{{{XML_NS}}}id") == "persons"
    persons = root.findall(".//tei:listPerson/tei:person", NS)
    ids = [p.get(f"{{{XML_NS}}}id") for p in persons]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z][a-z-]*", i) for i in ids)
    for p in persons:
        prefs = p.findall("tei:persName[@type='pref']", NS)
        assert len(prefs) == 1 and prefs[0].find("tei:surname", NS) is not None, p.get(f"{{{XML_NS}}}id")
        for name in p.findall("tei:persName", NS):
            lang = name.get(f"{{{XML_NS}}}lang")
            assert (name.get("type") in {"pref", "english", "variant", "pseudonym", "misprint"}) != (lang == "ru")


def test_life_dates_are_iso_and_birth_precedes_death(people):
    for p in people.persons.values():
        for when in filter(None, (p.birth, p.death)):
            assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", when), (p.id, when)
            if len(when) == 10:
                date.fromisoformat(when)
        if p.birth and p.death:
            assert p.birth[:4] < p.death[:4], p.id
        assert p.occupation, f"{p.id} has no occupation saying who they were"


@pytest.mark.parametrize("form,pid", CATALOGUE_VARIANTS)
def test_each_catalogued_variant_is_printed_and_names_one_person(form, pid, matcher, witnesses):
    assert any(form in text for text in witnesses.values()), f"{form!r} is not in the sources"
    mentions = matcher.find(form)
    assert [(m.text, set(m.ids)) for m in mentions] == [(form, {pid})]


def test_every_person_is_named_in_the_witnesses(people, matcher, witnesses):
    found = {pid for text in witnesses.values() for m in matcher.find(text) for pid in m.ids}
    assert set(people.persons) - found == EDITORS_ONLY


def test_no_written_form_is_claimed_by_two_persons(people):
    """A shared bare surname (Efimov) is a homonym for the editor; a shared written variant is a slip."""
    claimed = {}
    for p in people.persons.values():
        for form in p.explicit:
            claimed.setdefault(form, []).append(p.id)
    assert {form: ids for form, ids in claimed.items() if len(ids) > 1} == {}
