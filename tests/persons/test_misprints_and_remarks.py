"""Misprints and the compilers' remarks in tei/persons.xml (docs/encoding.md, "The personography")."""

import re

import pytest

from conftest import TEI
from edition.persons import exceptions, personography
from edition.persons.matcher import NameMatcher
from edition.xmlsafe import NS, parse_file

PERSONS = TEI / "persons.xml"
MISPRINTS = [("Yezov", "ezhov"), ("Nikolai Yezov", "ezhov"), ("Nikolay Yezov", "ezhov"),
             ("Krushchev", "khrushchev"), ("Timothy Sander", "snyder"), ("Sander", "snyder")]
# what the Schematron rule occupation-remark refuses (schema/edition.sch)
REMARK = re.compile(r"identified|identification|attribution|uncertain|misprint|\?", re.I)


@pytest.fixture(scope="module")
def root():
    return parse_file(PERSONS).getroot()


def names(root, pid):
    return root.xpath("//tei:person[@xml:id = $pid]/tei:persName", namespaces=NS, pid=pid)


@pytest.mark.parametrize("form,pid", MISPRINTS)
def test_a_misprint_is_typed_as_one_and_not_offered_as_a_variant(root, form, pid):
    typed = {"".join(n.itertext()): n.get("type") for n in names(root, pid)}
    assert typed[form] == "misprint"


@pytest.mark.parametrize("form,pid", MISPRINTS)
def test_the_tagger_still_resolves_a_misprint_to_its_person(form, pid):
    people = personography.load(PERSONS)
    matcher = NameMatcher(people, exceptions.load(TEI / "exceptions" / "persons.txt"))
    assert [(m.text, set(m.ids)) for m in matcher.find(f"as printed: {form}.")] == [(form, {pid})]


def test_no_occupation_holds_an_editorial_remark(root):
    for occ in root.iterfind(".//tei:person/tei:occupation", NS):
        assert not REMARK.search("".join(occ.itertext())), occ.sourceline


@pytest.mark.parametrize("pid,says", [("karpov", "Not further identified"), ("vashnevskii", "Not identified"),
                                      ("semushkin", "identification is uncertain"),
                                      ("kuromiya", "without attribution")])
def test_the_compilers_remark_is_a_note_in_the_person(root, pid, says):
    notes = root.xpath("//tei:person[@xml:id = $pid]/tei:note", namespaces=NS, pid=pid)
    assert any(says in "".join(n.itertext()) for n in notes)
