"""What each page shows, read from its parsed HTML (landmarks, links, apparatus, index, KWIC)."""

import re

from edition import __version__

from .conftest import ids_in, page, resolve

PAGES = ["/", "/doc/fixture-alpha/", "/doc/fixture-alpha/diplomatic/", "/persons/", "/persons/ezhov/", "/about/",
         "/about/schema/"]


def test_every_page_has_landmarks_one_h1_a_skip_link_and_the_version_and_build_date(client):
    for url in PAGES:
        doc = page(client.get(url))
        assert doc.get("lang") == "en"
        assert len(doc.xpath("//header[@class='site-header']")) == 1, url
        assert len(doc.xpath("//main[@id='main']")) == 1, url
        assert doc.xpath("//nav[@aria-label]"), url
        assert len(doc.xpath("//h1")) == 1, url
        assert doc.xpath("//a[@class='skip-link']/@href") == ["#main"]
        footer = doc.xpath("string(//footer)")
        assert __version__ in footer, url
        assert re.search(r"built \d{4}-\d{2}-\d{2}", footer), url


def test_ids_are_unique_on_every_page(client):
    for url in PAGES:
        doc = page(client.get(url))
        ids = [el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")]
        assert len(ids) == len(set(ids)), (url, [i for i in ids if ids.count(i) > 1])


def test_front_page_lists_each_document_with_its_source_citation(client):
    doc = page(client.get("/"))
    items = doc.xpath("//ol[@class='document-list']/li")
    assert [li.xpath("string(.//h3)").strip() for li in items] == ["Alpha: A Test Article on the Plenum", "Beta: Briefs & <Memos>"]
    assert "Slavic Review" in items[0].xpath("string(.//cite)")
    assert items[0].xpath(".//h3/a/@href") == ["doc/fixture-alpha/"]


def test_document_page_embeds_the_xslt_article_and_links_downloads(client):
    doc = page(client.get("/doc/fixture-alpha/"))
    article = doc.xpath("//main//article[contains(@class,'tei-document')]")
    assert len(article) == 1 and article[0].get("data-view") == "reading"
    hrefs = doc.xpath("//aside//a/@href")
    for target in ("/doc/fixture-alpha.xml", "/doc/fixture-alpha.txt", "/doc/fixture-alpha.diplomatic.txt", "/download/edition.zip"):
        assert target in [resolve("/doc/fixture-alpha/", h) for h in hrefs]


def test_apparatus_lists_each_intervention_and_links_to_its_place(client):
    doc = page(client.get("/doc/fixture-alpha/"))
    entries = doc.xpath("//section[@class='apparatus']//li")
    kinds = [li.get("class") for li in entries]
    assert kinds == ["app-correction", "app-marker-supplied", "app-marker-correction", "app-redaction"]
    assert entries[0].xpath("string(.//*[@class='app-printed'])") == "Kameney"
    assert entries[0].xpath("string(.//*[@class='app-reading'])") == "Kamenev"
    ids = ids_in(doc)
    for li in entries:
        href = li.xpath(".//a[@class='app-place']/@href")[0]
        assert href.startswith("#") and href[1:] in ids, href


def test_diplomatic_page_shows_the_printed_reading(client):
    doc = page(client.get("/doc/fixture-alpha/diplomatic/"))
    sic = doc.xpath("//article//span[@class='sic']")[0]
    corr = doc.xpath("//article//span[starts-with(@class,'corr')]")[0]
    assert sic.get("hidden") is None and corr.get("hidden") is not None
    assert doc.xpath("//nav[@class='view-switch']//a[@aria-current='page']/@data-view") == ["diplomatic"]


def test_persons_index_is_by_surname_with_dates_variants_and_counts(client):
    doc = page(client.get("/persons/"))
    names = [a.text for a in doc.xpath("//li[@class='person-entry']/a[@class='person-name']")]
    assert names == sorted(names, key=str.casefold) and names[0] == "Avtorkhanov, Abdurakhman"
    ezhov = doc.xpath("//li[@class='person-entry'][a='Ezhov, Nikolai Ivanovich']")[0]
    assert ezhov.xpath("string(.//*[@class='life'])") == "(1 May 1895 – 4 Feb 1940)"
    assert "Yezov" in ezhov.xpath("string(.//*[@class='variants'])")
    assert ezhov.xpath("string(.//*[@class='count-total'])") == "2 references in 1 document"
    stalin = doc.xpath("//li[@class='person-entry'][a='Stalin, Iosif Vissarionovich']")[0]
    assert " ".join(stalin.xpath("string(.//*[@class='counts'])").split()) == (
        "3 references in 2 documents: Alpha: A Test Article on the Plenum (2); Beta: Briefs & <Memos> (1)")
    # the filter box is there for scripts, hidden without them
    assert doc.xpath("//div[@class='filter']/@hidden") is not None
    assert doc.xpath("//div[@class='filter']//input[@id='person-filter']")
    assert doc.xpath("//label[@for='person-filter']")


def test_person_page_kwic_lines_link_to_the_exact_mention(client):
    doc = page(client.get("/persons/ezhov/"))
    lines = doc.xpath("//ol[contains(@class,'kwic')]/li/a")
    assert [a.xpath("string(.//mark)") for a in lines] == ["Ezhov", "Ezhov"]
    assert lines[1].xpath("string(.//*[@class='kwic-before'])") == "See "
    for a in lines:
        target = resolve("/persons/ezhov/", a.get("href"))
        path, _, fragment = target.partition("#")
        doc_page = page(client.get(path))
        mention = doc_page.get_element_by_id(fragment)
        assert mention.get("data-person") == "ezhov", fragment


def test_person_page_shows_names_dates_and_authority_links(client):
    doc = page(client.get("/persons/stalin/"))
    facts = doc.xpath("string(//dl[@class='person-facts'])")
    assert "Joseph Stalin" in facts and "18 Dec 1878" in facts
    assert doc.xpath("//dl//time/@datetime") == ["1878-12-18", "1953-03-05"]
    assert doc.xpath("//dd[@lang='ru']/text()") == ["Иосиф Виссарионович Сталин"]
    assert doc.xpath("//dl//a/@href") == ["https://www.wikidata.org/wiki/Q855"]


def test_person_never_named_says_so(client):
    doc = page(client.get("/persons/kamenev/"))
    assert not doc.xpath("//ol[contains(@class,'kwic')]")
    assert "Not named" in doc.xpath("string(//main)")


def test_about_page_carries_the_encoding_documentation(client):
    doc = page(client.get("/about/"))
    headings = [h.text_content() for h in doc.xpath("//section[@class='encoding-doc']//h2 | //section[@class='encoding-doc']//h3")]
    assert "Encoding decisions" in headings and "Notes" in headings
    assert doc.xpath("//a[@rel='license']/@href")[0].startswith("https://creativecommons.org/licenses/by/4.0/")


def test_every_link_on_every_fixture_page_resolves(client):
    for url in PAGES:
        doc = page(client.get(url))
        for href in doc.xpath("//a/@href | //link/@href | //script/@src"):
            if href.startswith(("http://", "https://")):
                continue
            target = resolve(url, href)
            path, _, fragment = target.partition("#")
            response = client.get(path)
            assert response.status_code == 200, (url, href)
            if fragment and response.mimetype == "text/html":
                assert fragment in ids_in(page(response)), (url, href)
