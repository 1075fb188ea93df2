"""The indexes of places and of organisations, on tei/: every register entry listed, every mention
counted and quoted in context on its entry's page, linked back to the highlighted place; a place
page shows where it lies and its other names, an organisation page its dates and succession."""

import lxml.etree
import pytest

from edition.tei.editors_notes import in_editors_note
from edition.tei.refs import entity_ids

from .conftest import REAL_TEI, page, resolve

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
KINDS = {"places": ("placeName", "place", "place"), "organisations": ("orgName", "org", "organisation")}


def register_ids(register) -> list:
    tag = "place" if register == "places" else "org"
    return [el.get(XML_ID) for el in lxml.etree.parse(str(REAL_TEI / f"{register}.xml")).iter(T + tag)]


def mentions_in_texts(tei_files, register) -> dict:
    """{id: mentions in the documents' texts}, the editors' notes apart, read straight from the TEI."""
    counts: dict = {}
    for path in tei_files:
        text = lxml.etree.parse(str(path)).getroot().find(T + "text")
        for el in text.iter(T + KINDS[register][0]):
            if not in_editors_note(el):
                for i in entity_ids(el.get("ref"), register):
                    counts[i] = counts.get(i, 0) + 1
    return counts


@pytest.mark.parametrize("register", KINDS)
def test_the_index_lists_every_entry_with_its_count_of_mentions(real_client, tei_files, register):
    listed = real_client.get(f"/api/{register}.json").get_json()[register]
    assert sorted(e["id"] for e in listed) == sorted(register_ids(register))
    counts = mentions_in_texts(tei_files, register)
    assert counts, "the documents name no entry of the register"
    assert {e["id"]: e["mentions"] for e in listed if e["mentions"]} == counts
    html = page(real_client.get(f"/{register}/"))
    assert len(html.xpath("//li[contains(@class, 'entity-entry')]")) == len(listed)


@pytest.mark.parametrize("register", KINDS)
def test_an_entry_page_quotes_every_mention_linked_to_its_highlighted_place(real_client, tei_files, register):
    tag, kind, _ = KINDS[register]
    counts = mentions_in_texts(tei_files, register)
    entity_id = max(counts, key=counts.get)
    path = f"/{register}/{entity_id}/"
    html = page(real_client.get(path))
    lines = html.xpath("//ol[contains(@class, 'kwic')]/li")
    assert len(lines) == counts[entity_id]
    data = real_client.get(f"/api/{register}/{entity_id}.json").get_json()["occurrences"]
    assert all(o["place"] for o in data if o["page_n"])  # the printed page named wherever there is one
    readings = {}
    for li in lines:
        target, _, anchor = resolve(path, li.xpath(".//a[@class='kwic-line']/@href")[0]).partition("#")
        readings.setdefault(target, page(real_client.get(target)))
        found = readings[target].get_element_by_id(anchor)
        assert found.get(f"data-{kind}") == entity_id, (anchor, found.attrib)
        assert " ".join(found.text_content().split()) == li.xpath("string(.//mark)")


def test_a_place_page_shows_where_it_lies_and_its_other_names(real_client):
    root = lxml.etree.parse(str(REAL_TEI / "places.xml"))
    place = next(p for p in root.iter(T + "place") if p.getparent().tag == T + "place"
                 and len(p.findall(T + "placeName")) > 1)
    html = page(real_client.get(f"/places/{place.get(XML_ID)}/"))
    facts = html.xpath("//dl[@class='person-facts']")[0]
    lies_in = facts.xpath("dt[.='Lies in']/following-sibling::dd[1]/a/@href")[0]
    assert resolve(f"/places/{place.get(XML_ID)}/", lies_in) == f"/places/{place.getparent().get(XML_ID)}/"
    variants = [" ".join(n.xpath("string()").split()) for n in place.findall(T + "placeName") if n.get("type") != "preferred"]
    assert set(variants) <= {" ".join(dd.text_content().split()) for dd in facts.iter("dd")}
    trail = html.xpath("//nav[@class='breadcrumb']//a/text()")
    assert trail[0] == "Index of places" and len(trail) >= 2


def test_an_organisation_page_shows_its_dates_and_succession(real_client):
    root = lxml.etree.parse(str(REAL_TEI / "organisations.xml"))
    org = next(o for o in root.iter(T + "org") if o.get("from") and o.find(f"{T}ptr[@type='predecessor']") is not None
               and o.find(f"{T}ptr[@type='successor']") is not None)
    path = f"/organisations/{org.get(XML_ID)}/"
    html = page(real_client.get(path))
    assert org.get("from") in html.xpath("//dl[@class='person-facts']//time/@datetime")
    for rel, kind in (("prev", "predecessor"), ("next", "successor")):
        target = org.find(f"{T}ptr[@type='{kind}']").get("target").lstrip("#")
        assert f"/organisations/{target}/" in [resolve(path, h) for h in html.xpath(f"//a[@rel='{rel}']/@href")]
    data = real_client.get(f"/api/organisations/{org.get(XML_ID)}.json").get_json()
    assert (data["from"], data["successors"][0]) == (org.get("from"), org.find(f"{T}ptr[@type='successor']").get("target")[1:])


def test_the_reading_text_links_each_place_and_organisation_to_its_page(real_client, tei_files):
    path = next(p for p in tei_files if mentions_in_texts([p], "places"))
    html = page(real_client.get(f"/doc/{path.stem}/"))
    links = html.xpath("//a[@class='place' or @class='org']")
    assert links
    for a in links:
        register = "places" if a.get("class") == "place" else "organisations"
        ident = a.get("data-place") or a.get("data-org")
        assert resolve(f"/doc/{path.stem}/", a.get("href")) == f"/{register}/{ident}/"


def test_the_indexes_are_linked_from_the_header(real_client):
    hrefs = [resolve("/", h) for h in page(real_client.get("/")).xpath("//header//nav//a/@href")]
    assert {"/places/", "/organisations/"} <= set(hrefs)


def test_an_unknown_place_is_not_found_with_near_ids_offered(real_client):
    response = real_client.get("/places/moscw/")
    assert response.status_code == 404
    assert "/places/moscow/" in response.get_data(as_text=True)
    assert real_client.get("/api/organisations/nobody.json").get_json()["not_found"] == {"kind": "organisation", "id": "nobody"}


@pytest.mark.parametrize("register", ["persons", "places", "organisations"])
def test_every_index_files_a_letter_once_under_the_same_folding_rule(register):
    """Ž and É go under z and e in every register, so one letter is one group, in order."""
    from edition.web.entities import letter_of

    assert (letter_of("Émigré"), letter_of("Žukov"), letter_of("Łódź"), letter_of("1937")) == ("e", "z", "l", "other")
    from edition.web import create_app

    doc = page(create_app({"TEI_DIR": str(REAL_TEI), "TESTING": True}).test_client().get(f"/{register}/"))
    heads = [h.text_content() for h in doc.xpath("//main//h2")]
    assert heads and len(heads) == len(set(heads)) and heads == sorted(heads), heads
