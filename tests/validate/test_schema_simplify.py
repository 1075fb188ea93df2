"""The generator's pattern algebra (edition.schema_build.simplify): a repetition inside a
repetition is folded into one, since libxml2 validates nested repetitions in superlinear time."""

import pytest
from lxml import etree

from conftest import ROOT
from edition.schema_build.simplify import RNG, rng, simplify


def _shape(node) -> str:
    """A pattern as a compact string: oneOrMore(ref:person)."""
    name = etree.QName(node).localname
    if name == "ref":
        return f"ref:{node.get('name')}"
    return f"{name}({', '.join(_shape(child) for child in node)})"


@pytest.mark.parametrize("outer, inner, folded", [
    ("oneOrMore", "oneOrMore", "oneOrMore"),
    ("zeroOrMore", "zeroOrMore", "zeroOrMore"),
    ("optional", "optional", "optional"),
    ("oneOrMore", "zeroOrMore", "zeroOrMore"),
    ("zeroOrMore", "oneOrMore", "zeroOrMore"),
    ("optional", "oneOrMore", "zeroOrMore"),
    ("oneOrMore", "optional", "zeroOrMore"),
])
def test_a_repetition_of_a_repetition_becomes_one_repetition(outer, inner, folded):
    nested = rng(inner)
    nested.append(rng("ref", name="person"))
    assert _shape(simplify(outer, [nested])) == f"{folded}(ref:person)"


def test_a_repetition_of_a_group_is_kept():
    group = rng("group")
    group.extend([rng("ref", name="person"), rng("ref", name="note")])
    assert _shape(simplify("oneOrMore", [group])) == "oneOrMore(group(ref:person, ref:note))"


def test_edition_rng_has_no_repetition_directly_inside_a_repetition():
    # listPerson was ((person | listPerson)+)+ after relation was dropped: 5,000 persons took
    # libxml2 nearly two minutes to validate, and 0.01 s once folded
    tree = etree.parse(str(ROOT / "schema" / "edition.rng"))
    repeats = "self::r:oneOrMore or self::r:zeroOrMore or self::r:optional"
    nests = tree.xpath(f"//*[{repeats}][count(*) = 1]/*[{repeats}]", namespaces={"r": RNG})
    assert [tree.getpath(n) for n in nests] == []
