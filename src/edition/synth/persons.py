"""Generated persons: plausible names from the real personography's forenames and surnames.

A generated person's id is `syn-pNNNNN` (never a real id); its name pairs the forename of one
real person with the surname of another, so the index of persons sorts and renders as usual.
"""

from copy import deepcopy

from lxml import etree

from ..tei.namespaces import NS, T, XML_NS


def person_id(number: int) -> str:
    return f"syn-p{number:05d}"


def name_parts(persons_tree) -> tuple[list[str], list[str]]:
    """Distinct forenames and surnames of the real persons, in document order."""
    pref = persons_tree.xpath("//tei:person/tei:persName[@type='pref']", namespaces=NS)
    forenames = [" ".join(f.xpath("string(tei:forename)", namespaces=NS).split()) for f in pref]
    surnames = [" ".join(f.xpath("string(tei:surname)", namespaces=NS).split()) for f in pref]
    return list(dict.fromkeys(f for f in forenames if f)), list(dict.fromkeys(s for s in surnames if s))


def generated_name(number: int, forenames: list[str], surnames: list[str]) -> tuple[str, str]:
    # Co-prime strides so consecutive persons do not share forename and surname.
    return forenames[(number * 7) % len(forenames)], surnames[(number * 13 + number // len(surnames)) % len(surnames)]


def with_generated(persons_tree, count: int, forenames: list[str], surnames: list[str]):
    """A copy of the personography with `count` generated persons appended to its listPerson."""
    tree = deepcopy(persons_tree)
    lists = tree.xpath("//tei:listPerson", namespaces=NS)
    target = lists[-1]
    for number in range(count):
        forename, surname = generated_name(number, forenames, surnames)
        person = etree.SubElement(target, f"{T}person", {f"{{{XML_NS}}}id": person_id(number)})
        person.text, person.tail = "\n  ", "\n"
        pref = etree.SubElement(person, f"{T}persName", type="pref")
        first = etree.SubElement(pref, f"{T}forename")
        first.text, first.tail = forename, " "
        etree.SubElement(pref, f"{T}surname").text = surname
        etree.SubElement(person, f"{T}occupation").text = "generated for a benchmark"
    return tree
