"""The chronology: every dated passage of the five documents, earliest first, each quoting its
passage and linking to the date in the reading text; filters by document and person; spans,
approximate and conjectural dates marked in the list and in the SVG axes; every list paged, the
whole chronology also by year."""

import lxml.etree
import pytest

from edition.tei.editors_notes import in_editors_note
from edition.web import create_app
from edition.web.datings import dated_in
from edition.xmlsafe import parse_bytes

from .conftest import REAL_TEI, page, resolve

T = "{http://www.tei-c.org/ns/1.0}"


def text_dates(path) -> list:
    """The outermost dates of a document's text outside the editors' notes, read straight from the TEI."""
    text = lxml.etree.parse(str(path)).getroot().find(T + "text")
    return [d for d in text.iter(T + "date") if next(d.iterancestors(T + "date"), None) is None and not in_editors_note(d)]


def pages_of(client, url: str) -> list:
    """Every page of a list, following its pager's rel=next links: [(URL, parsed page)]."""
    out = []
    while url:
        doc = page(client.get(url))
        out.append((url, doc))
        following = doc.xpath("(//nav[@class='pager'])[1]//a[@rel='next']/@href")
        url = resolve(url, following[0]) if following else None
    return out


def dates_of(client, url: str) -> list:
    """Every date of a JSON twin, following its `next` links."""
    out = []
    while url:
        data = client.get(url).get_json()
        out += data["dates"]
        url = resolve(url, data["next"]) if data["next"] else None
    return out


@pytest.fixture(scope="module")
def chronology(real_app):
    """The first page of the chronology; `chronology_pages` has all of them."""
    return page(real_app.test_client().get("/chronology/"))


@pytest.fixture(scope="module")
def chronology_pages(real_app):
    return pages_of(real_app.test_client(), "/chronology/")


def entries(doc):
    return doc.xpath("//li[contains(@class, 'dated ')]")


def all_entries(pages) -> list:
    return [li for _, doc in pages for li in entries(doc)]


def test_the_pages_of_the_chronology_list_every_dated_passage_of_the_five_documents(chronology_pages, tei_files):
    expected = sum(len(text_dates(p)) for p in tei_files)
    assert expected > 500
    assert len(chronology_pages) == 3  # 200 passages a page
    assert len(all_entries(chronology_pages)) == expected
    assert len({li.get("id") for li in all_entries(chronology_pages)}) == expected  # each once


def test_every_entry_links_to_its_date_in_the_reading_text(real_client, chronology_pages):
    pages = {}
    for url, li in ((url, li) for url, doc in chronology_pages for li in entries(doc)):
        href = li.xpath(".//a[@class='kwic-line']/@href")[0]
        path, _, anchor = resolve(url, href).partition("#")
        if path not in pages:
            pages[path] = page(real_client.get(path))
        target = pages[path].get_element_by_id(anchor)
        assert target.tag == "time", (href, target.tag)
        assert target.text_content().split()[:1] == li.xpath(".//mark[@class='kwic-key']")[0].text_content().split()[:1]


def test_entries_run_by_year_the_year_as_a_whole_first_then_earliest_first(real_client, chronology_pages):
    dates = dates_of(real_client, "/api/chronology.json")
    keys = [(d["first_day"][:4], d["first_day"][5:7] if "-" in d["start"] else "00", d["first_day"], d["last_day"])
            for d in dates]
    assert keys == sorted(keys)
    assert [d["anchor"] for d in dates] == [li.get("id").removeprefix("entry-") for li in all_entries(chronology_pages)]
    assert all(d["text"] and (d["place"] or not d["page_n"]) for d in dates)
    for d in (d for d in dates if not (d["before"] or d["after"])):  # a date that is its whole block
        block = page(real_client.get(f"/doc/{d['document']}/")).get_element_by_id(d["block"])
        assert " ".join(block.text_content().split()).strip(". ") == d["text"], d


def test_a_range_is_a_span_from_its_first_to_its_last_day(real_client):
    dates = dates_of(real_client, "/api/chronology.json")
    decade = next(d for d in dates if d["start"] == "1930" and d["end"] == "1939")
    assert (decade["form"], decade["first_day"], decade["last_day"]) == ("span", "1930-01-01", "1939-12-31")


def test_approximate_and_conjectural_dates_are_marked_in_the_list_and_on_the_axis(chronology_pages, tei_files):
    fuzzy = [li for li in all_entries(chronology_pages) if "dated-form-fuzzy" in li.get("class")]
    conjectural = [li for li in all_entries(chronology_pages) if li.xpath(".//span[contains(@class, 'dated-conjecture')]")]
    dates = [d for p in tei_files for d in text_dates(p)]
    assert len(fuzzy) == sum(1 for d in dates if d.get("notBefore"))
    assert len(conjectural) == sum(1 for d in dates if d.get("evidence") == "conjecture" or d.get("cert") in ("low", "medium"))
    assert all("approximate" in li.text_content() for li in fuzzy)
    assert any(doc.xpath("//svg//rect[contains(@class, 'tl-fuzzy')]") for _, doc in chronology_pages)
    assert any(doc.xpath("//svg//rect[contains(@class, 'tl-conjecture')]") for _, doc in chronology_pages)


def test_years_then_months_group_the_entries(real_client, chronology_pages):
    years = [s.xpath("string(h2)") for _, doc in chronology_pages for s in doc.xpath("//section[@class='chronology-year']")]
    assert years == sorted(years)
    y1937 = page(real_client.get("/chronology/year/1937/")).get_element_by_id("year-1937").getparent()
    months = y1937.xpath("h3/text()")
    assert months[0] == "1937 as a whole, or from it on" and "March 1937" in months
    assert y1937.xpath("figure/svg[@role='img']/@aria-label")


def test_the_document_filter_lists_that_document_only(real_client, tei_files):
    path = next(p for p in tei_files if p.stem == "cia-1957-khrushchev-purge")
    pages = pages_of(real_client, f"/chronology/in/{path.stem}/")
    assert len(all_entries(pages)) == len(text_dates(path))
    hrefs = [(url, h) for url, doc in pages for h in doc.xpath("//li[contains(@class, 'dated ')]//a[@class='kwic-line']/@href")]
    assert all(f"/doc/{path.stem}/#" in resolve(url, h) for url, h in hrefs)


def test_the_person_filter_lists_the_dated_passages_that_name_the_person(real_client):
    data = dates_of(real_client, "/api/chronology/persons/ezhov.json")
    assert len(data) > 50
    for d in data[:40]:  # the passage around the date names Ezhov
        reading = page(real_client.get(f"/doc/{d['document']}/"))
        block = reading.get_element_by_id(d["block"])
        assert any(a.get("data-person") == "ezhov" for a in block.iter("a")), d


def test_the_place_filter_lists_the_dated_passages_that_name_the_place(real_client, tei_files):
    dates = dates_of(real_client, "/api/chronology.json")
    place = next(p for d in dates for p in d["places"])
    data = dates_of(real_client, f"/api/chronology/places/{place}.json")
    assert [d["anchor"] for d in data] == [d["anchor"] for d in dates if place in d["places"]] != []
    for d in data:  # the passage around the date names the place
        block = page(real_client.get(f"/doc/{d['document']}/")).get_element_by_id(d["block"])
        assert any(el.get("data-place") == place for el in block.iter()), d


def filter_links(doc, base: str) -> list:
    """The links of a chronology page's filter bar, as absolute paths."""
    return [resolve(base, h) for h in doc.xpath("//nav[@aria-label='Filters']//a/@href")]


def test_every_page_links_to_the_filters_which_reach_every_document_person_and_place(real_client, chronology,
                                                                                     tei_files):
    dates = dates_of(real_client, "/api/chronology.json")
    filters = next(h for h in filter_links(chronology, "/chronology/") if h.endswith("/filters/"))
    listed = [resolve(url, h) for url, doc in pages_of(real_client, filters)
              for h in doc.xpath("//section[@class='chronology-filters']//a/@href")]
    assert len(listed) == len(set(listed))
    assert {h for h in listed if "/in/" in h} == {f"/chronology/in/{p.stem}/" for p in tei_files}
    assert {h for h in listed if "/persons/" in h} == {f"/chronology/persons/{i}/" for d in dates for i in d["persons"]}
    assert {h for h in listed if "/places/" in h} == {f"/chronology/places/{i}/" for d in dates for i in d["places"]}


def test_each_filter_counts_the_dated_passages_its_page_lists(real_client):
    data = real_client.get("/api/chronology/filters.json").get_json()
    ezhov = next(f for f in data["filters"] if f["id"] == "ezhov")
    assert (ezhov["kind"], ezhov["name"]) == ("persons", "Ezhov, Nikolai Ivanovich")
    assert ezhov["passages"] == len(dates_of(real_client, "/api/chronology/persons/ezhov.json")) > 50
    filters = page(real_client.get("/chronology/filters/"))
    target = resolve("/api/chronology/filters.json", ezhov["url"])
    assert target == "/chronology/persons/ezhov/"
    item = next(li for li in filters.xpath("//li[a]") if resolve("/chronology/filters/", li.xpath("a/@href")[0]) == target)
    assert item.xpath("string(span[@class='count-n'])") == f"({ezhov['passages']})"


@pytest.mark.parametrize("url, shown", [("/chronology/persons/ezhov/", "/chronology/persons/ezhov/"),
                                        ("/chronology/places/moscow/", "/chronology/places/moscow/")])
def test_a_filtered_page_shows_its_own_filter_and_no_other_person_or_place(real_client, url, shown):
    links = filter_links(page(real_client.get(url)), url)
    named = [h for h in links if "/persons/" in h or "/places/" in h]
    assert named == [shown]
    assert "/chronology/filters/" in links and "/chronology/" in links


def test_with_many_documents_only_the_chosen_one_is_inline(tei_files, monkeypatch):
    monkeypatch.setattr("edition.web.chronology.DOCUMENTS_LISTED", 3)
    real_client = create_app({"TEI_DIR": str(REAL_TEI), "TESTING": True}).test_client()  # no page kept yet
    url = "/chronology/in/cia-1957-khrushchev-purge/"
    links = filter_links(page(real_client.get(url)), url)
    assert [h for h in links if "/in/" in h] == [url]
    assert [h for h in filter_links(page(real_client.get("/chronology/")), "/chronology/") if "/in/" in h] == []


def test_the_chronology_is_linked_from_the_header_and_names_its_json_twin(real_client):
    home = page(real_client.get("/"))
    assert "/chronology/" in [resolve("/", h) for h in home.xpath("//header//nav//a/@href")]
    twin = page(real_client.get("/chronology/")).xpath("//link[@rel='alternate']/@href")[0]
    assert resolve("/chronology/", twin) == "/api/chronology.json"


def test_a_date_in_an_editors_note_is_not_listed_but_keeps_its_number():
    tree = parse_bytes(b"""<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="d"><teiHeader><fileDesc><titleStmt>
<title>T</title></titleStmt></fileDesc></teiHeader><text><body><p>In <date when="1937">1937</date>
<persName ref="persons.xml#ezhov">Ezhov</persName> rose.<note type="editorial" resp="#d-ed">Published in
<date when="2009">2009</date>.</note> By <date notBefore="1938-09" notAfter="1938-12" evidence="conjecture">late
that year</date> he fell.</p></body></text></TEI>""", "d.xml")
    found = dated_in(tree, "d")
    assert [(d.n, d.form, d.conjecture, d.quote.anchor) for d in found] == [
        (1, "when", False, "d-dt1"), (3, "fuzzy", True, "d-dt3")]
    assert found[0].persons == ("ezhov",) and found[1].label == "between Sep 1938 and Dec 1938"


def test_an_unknown_document_or_person_filter_is_not_found(real_client):
    assert real_client.get("/chronology/in/no-such-doc/").status_code == 404
    assert real_client.get("/api/chronology/persons/nobody.json").status_code == 404


@pytest.mark.parametrize("path", ["/persons/ezhov/", "/places/moscow/"])
def test_an_entry_page_links_to_its_dated_passages_in_the_chronology(real_client, path):
    link = page(real_client.get(path)).xpath("//p[@class='dated-link']/a")[0]
    target = pages_of(real_client, resolve(path, link.get("href")))
    assert link.text_content().split()[0] == str(len(all_entries(target))) != "0"


def test_each_year_page_lists_the_passages_beginning_in_that_year(real_client, chronology_pages):
    whole = [li.get("id") for li in all_entries(chronology_pages)]
    nav = chronology_pages[0][1].xpath("//nav[@aria-label='Years']//a/@href")
    by_year = []
    for href in nav:
        url = resolve("/chronology/", href)
        year = url.rstrip("/").split("/")[-1]
        listed = all_entries(pages_of(real_client, url))
        assert all(li.xpath("string(.//time/@datetime)")[:4] in (year, "") for li in listed), url
        assert {s.xpath("string(h2)") for _, doc in pages_of(real_client, url)
                for s in doc.xpath("//section[@class='chronology-year']")} == {year}
        by_year += [li.get("id") for li in listed]
    assert by_year == whole  # the years together are the chronology, in its order
    assert real_client.get("/chronology/year/1800/").status_code == 404  # no passage begins then


def test_the_overview_links_each_year_to_where_it_begins_on_a_filtered_list(real_client):
    url = "/chronology/persons/ezhov/"
    pages = pages_of(real_client, url)
    assert len(pages) > 1
    bars = pages[0][1].xpath("//figure[contains(@class, 'timeline-overview')]//*[local-name()='a']/@href")
    assert bars
    for href in bars:
        target, _, anchor = resolve(url, href).partition("#")
        doc = dict(pages)[target]
        year = doc.get_element_by_id(anchor).getparent()
        first = year.xpath(".//li[contains(@class, 'dated ')]")[0].get("id")
        earlier = [li.get("id") for u, d in pages[:[u for u, _ in pages].index(target)] for li in entries(d)
                   if li.xpath("ancestor::section[1]/h2/@id")[0] == anchor]
        assert not earlier and first, href  # the year begins on that page, not on an earlier one


def test_the_json_twin_of_a_page_lists_the_same_passages(real_client):
    doc = page(real_client.get("/chronology/page/2/"))
    twin = resolve("/chronology/page/2/", doc.xpath("//link[@rel='alternate']/@href")[0])
    data = real_client.get(twin).get_json()
    assert (twin, data["page"], data["prev"], data["next"]) == (
        "/api/chronology/page/2.json", 2, "../../chronology.json", "3.json")
    assert ["entry-" + d["anchor"] for d in data["dates"]] == [li.get("id") for li in entries(doc)]
    assert real_client.get("/chronology/page/4/").status_code == 404
