"""The index of persons on the real edition: by name or by frequency, for all documents or one,
each a URL of its own with a JSON twin; names in titles of works apart; every occurrence with
its page and paragraph and a clean context. Counts are checked against the TEI itself."""

import re
from collections import Counter

import pytest

from edition.tei.registers import documents
from edition.xmlsafe import NS, parse_file

from .conftest import REAL_TEI, page, resolve

DOCS = sorted(documents(REAL_TEI.glob("*.xml")))


def _refs(path):
    """(person id, inside a title?, printed page or '') of every persName in a document's text,
    outside the editors' own notes (theirs, not the document's references)."""
    out = []
    for el in parse_file(path).getroot().xpath(
            ".//tei:text//tei:persName[@ref][not(ancestor::tei:note[@type = 'editorial'])]", namespaces=NS):
        pb = el.xpath("preceding::tei:pb[1]/@n", namespaces=NS)
        for ref in el.get("ref").split():
            out.append((ref.split("#", 1)[1], bool(el.xpath("ancestor::tei:title", namespaces=NS)), pb[0] if pb else ""))
    return out


@pytest.fixture(scope="module")
def tei_counts(tei_files):
    """{doc id: Counter(person -> references not inside titles)}, {doc id: Counter(person -> inside titles)}."""
    refs, titles = {}, {}
    for path in DOCS:
        found = _refs(path)
        refs[path.stem] = Counter(p for p, t, _ in found if not t)
        titles[path.stem] = Counter(p for p, t, _ in found if t)
    return refs, titles


def entries(doc):
    return [(li.xpath("string(a[@class='person-name'])"), li) for li in doc.xpath("//li[@class='person-entry']")]


def total(li) -> int:
    return int(li.xpath("string(.//*[@class='count-total'])").split()[0])


def test_by_frequency_orders_persons_by_their_references_in_the_whole_edition(real_client, tei_counts):
    refs, _ = tei_counts
    overall = sum(refs.values(), Counter())
    doc = page(real_client.get("/persons/by-frequency/"))
    found = [(li.xpath("string(a/@href)"), total(li)) for _, li in entries(doc)]
    counts = [n for _, n in found]
    assert counts == sorted(counts, reverse=True) and len(found) == len(page(real_client.get("/persons/")).xpath("//li[@class='person-entry']"))
    top = overall.most_common(1)[0]
    assert found[0][1] == top[1] and found[0][0].endswith(f"/{top[0]}/")
    for href, n in found[:30]:
        assert n == overall[href.rstrip("/").rsplit("/", 1)[1]]


@pytest.mark.parametrize("doc_id", [p.stem for p in DOCS])
def test_filtering_by_document_lists_exactly_the_persons_it_names_with_their_counts_there(real_client, tei_counts, doc_id):
    refs, titles = tei_counts
    for url in (f"/persons/in/{doc_id}/", f"/persons/in/{doc_id}/by-frequency/"):
        doc = page(real_client.get(url))
        hrefs = {li.xpath("string(a/@href)").rstrip("/").rsplit("/", 1)[1]: li for _, li in entries(doc)}
        assert set(hrefs) == set(refs[doc_id]) | set(titles[doc_id]), url
        assert all(total(li) == refs[doc_id][pid] for pid, li in hrefs.items())
        twin = real_client.get(resolve(url, doc.xpath("//link[@rel='alternate']/@href")[0])).get_json()
        assert [(p["id"], p["mentions"], p["in_titles"]) for p in twin["persons"]] == [
            (pid, refs[doc_id][pid], titles[doc_id][pid]) for pid in hrefs]
        assert twin["document"] == doc_id


def test_the_order_and_document_links_work_from_every_view(real_client):
    doc_id = DOCS[0].stem
    for url in ("/persons/", "/persons/by-frequency/", f"/persons/in/{doc_id}/", f"/persons/in/{doc_id}/by-frequency/"):
        doc = page(real_client.get(url))
        links = doc.xpath("//nav[@class='index-views']//a")
        assert [a.text for a in links][:3] == ["by name", "by frequency", "all"]
        assert len(links) == 3 + len(DOCS)
        current = [resolve(url, a.get("href")) for a in links if a.get("aria-current") == "page"]
        assert url in current and len(current) == 2
        for a in links:
            assert real_client.get(resolve(url, a.get("href"))).status_code == 200


def test_a_name_inside_the_title_of_a_work_is_not_counted_as_a_reference(real_client, tei_counts):
    refs, titles = tei_counts
    forum = "slavic-review-1967-forum"
    assert titles[forum]["stalin"] >= 3  # Staline au Pouvoir, The Reign of Stalin (cited again and again)
    doc = page(real_client.get("/persons/stalin/"))
    section = doc.get_element_by_id(f"in-{forum}")
    in_titles = section.xpath(".//ol[contains(@class,'kwic-titles')]/li")
    references = section.xpath(".//ol[contains(@class,'kwic-references')]/li")
    assert len(in_titles) == titles[forum]["stalin"] and len(references) == refs[forum]["stalin"]
    assert any("au Pouvoir" in li.text_content() for li in in_titles)
    assert not any(re.search(r"Staline\s+au Pouvoir", li.text_content()) for li in references)
    index = page(real_client.get(f"/persons/in/{forum}/"))
    stalin = next(li for name, li in entries(index) if name.startswith("Stalin,"))
    assert stalin.xpath("string(.//*[@class='count-titles'])") == f"(and {titles[forum]['stalin']} in titles of works)"


def test_variants_do_not_repeat_the_preferred_form(real_client):
    doc = page(real_client.get("/persons/ezhov/"))
    shown = doc.xpath("//dl[@class='person-facts']/dd/text()")
    assert "Ezhov" not in shown[1:] and "Yezhov" in shown  # its surname alone is the preferred form
    index = page(real_client.get("/persons/"))
    ezhov = next(li for name, li in entries(index) if name == "Ezhov, Nikolai Ivanovich")
    variants = [s.text for s in ezhov.xpath(".//*[@class='variants']/span")]
    assert "Ezhov" not in variants and "Yezhov" in variants


def test_every_occurrence_gives_its_printed_page_and_a_context_without_note_numbers(real_client):
    forum = REAL_TEI / "slavic-review-1967-forum.xml"
    expected = Counter(pb for pid, t, pb in _refs(forum) if pid == "stalin")
    doc = page(real_client.get("/persons/stalin/"))
    lines = doc.get_element_by_id("in-slavic-review-1967-forum").xpath(".//ol[contains(@class,'kwic')]/li")
    places = [li.xpath("string(span[@class='kwic-place'])") for li in lines]
    assert Counter(re.match(r"p\. (\d+)", p).group(1) for p in places) == expected
    assert all(re.fullmatch(r"p\. \d+, (¶ \d+|note \d+|heading \d+)", p) for p in places), places
    for li in doc.xpath("//ol[contains(@class,'kwic')]/li/a"):
        assert not re.match(r"^\d+[A-Z]", li.text_content()), li.text_content()  # "9The Reign of Stalin"
