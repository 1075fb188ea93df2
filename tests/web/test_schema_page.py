"""/about/schema/ documents the ODD customisation; /api/schema.json gives the same as data."""

import re

from edition.schema_build.docs import schematron_rules
from edition.validate.vocabulary import read_vocabulary

from .conftest import ROOT, page, resolve

SCHEMA = ROOT / "schema"


def test_schema_page_documents_every_element_with_its_attributes_and_examples(client):
    doc = page(client.get("/about/schema/"))
    assert doc.xpath("string(//h1)") == "The edition’s schema"
    documented = {h.text_content() for h in doc.xpath("//section[contains(@class, 'schema-doc')]//h3")}
    assert documented == set(read_vocabulary(SCHEMA / "edition.rng"))
    section = doc.xpath("//h3[. = 'pb']/following-sibling::*[preceding-sibling::h3[1][. = 'pb']][not(self::h3)]")
    assert any("@break" in el.text_content() for el in section)
    assert any(el.tag == "pre" and '<pb n="1"' in el.text_content() for el in section)  # the example, escaped as text


def test_schema_page_lists_every_rule_id_edition_validate_reports(client):
    doc = page(client.get("/about/schema/"))
    cells = {td.text_content() for td in doc.xpath("//table//tr/td[1]")}
    assert {r["id"] for r in schematron_rules(SCHEMA / "edition.sch")} | {"rng-element", "well-formed"} <= cells


def test_schema_page_says_where_the_customisation_is_and_links_the_download(client):
    doc = page(client.get("/about/schema/"))
    intro = doc.xpath("//main/p[1]")[0]
    assert "schema/edition.odd" in intro.text_content()
    assert [resolve("/about/schema/", h) for h in intro.xpath(".//a/@href")] == ["/download/edition.zip", "/about/"]


def test_about_page_links_to_the_schema_page(client):
    doc = page(client.get("/about/"))
    assert [h for h in doc.xpath("//a/@href") if re.search(r"(^|/)schema/$", h)]


def test_schema_json_has_the_elements_attributes_and_rules_of_the_page(client):
    data = client.get("/api/schema.json").get_json()
    vocab = read_vocabulary(SCHEMA / "edition.rng")
    assert [e["name"] for e in data["elements"]] == list(vocab)
    pb = next(e for e in data["elements"] if e["name"] == "pb")
    assert pb["attributes"]["break"]["values"] == ["no"]
    assert data["customisation"] == "schema/edition.odd"
    ids = [r["id"] for r in data["rules"]]
    assert len(ids) == len(set(ids)) and "date-iso" in ids and "rng-value" in ids
