"""docs/schema.md is generated from the schema files and documents every rule id."""

import re

from lxml import etree

from conftest import ROOT
from edition.schema_build.docs import ENGINE_RULES, render_docs
from edition.validate.vocabulary import read_vocabulary

SCHEMA = ROOT / "schema"
DOCS = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
SCH = "http://purl.oclc.org/dsdl/schematron"


def test_docs_schema_md_is_up_to_date():
    assert render_docs(SCHEMA / "edition.odd", SCHEMA / "edition.rng", SCHEMA / "edition.sch") == DOCS, "run: python -m edition.schema_build"


def test_every_schematron_rule_id_is_documented():
    tree = etree.parse(str(SCHEMA / "edition.sch"))
    ids = tree.xpath("//sch:assert/@id | //sch:report/@id", namespaces={"sch": SCH})
    documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", DOCS, re.M))
    assert ids and set(ids) <= documented


def test_every_schematron_rule_id_is_unique():
    tree = etree.parse(str(SCHEMA / "edition.sch"))
    ids = tree.xpath("//sch:assert/@id | //sch:report/@id", namespaces={"sch": SCH})
    assert len(ids) == len(set(ids))


def test_every_validator_rule_id_is_documented():
    documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", DOCS, re.M))
    assert {rule for rule, _, _ in ENGINE_RULES} <= documented


def test_every_allowed_element_has_a_sentence_on_its_use():
    vocab = read_vocabulary(SCHEMA / "edition.rng")
    assert [name for name, el in vocab.items() if len(el.doc.split()) < 3] == []
    assert all(f"### `{name}`" in DOCS for name in vocab)
