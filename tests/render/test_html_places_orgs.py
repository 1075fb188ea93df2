"""Places and organisations (mode html, xslt/html/places-orgs.xsl): links into their indexes,
ids numbered in the text, never a link inside a link."""


def test_a_place_links_to_its_index_entry(html):
    link = html('<p>In <placeName ref="places.xml#moscow">Moscow</placeName></p>').find(".//a")
    assert (link.get("href"), link.get("class"), link.get("data-place"), link.text) == (
        "../../places/moscow/", "place", "moscow", "Moscow")


def test_an_organisation_links_to_its_index_entry(html):
    link = html('<p>The <orgName ref="organisations.xml#nkvd">NKVD</orgName></p>').find(".//a")
    assert (link.get("href"), link.get("class"), link.get("data-org")) == ("../../organisations/nkvd/", "org", "nkvd")


PLACES = ('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="places"><teiHeader/><text><body><listPlace>'
          '<place xml:id="moscow"><placeName type="variant" xml:lang="ru">Moskva</placeName>'
          '<placeName type="preferred">Moscow</placeName></place></listPlace></body></text></TEI>')


def test_a_link_is_titled_with_its_entrys_preferred_name_as_a_persons_is(snippet):
    import lxml.html

    from edition.render import api

    path = snippet('<p><placeName ref="places.xml#moscow">Moskva</placeName> and <placeName cert="low" '
                   'ref="places.xml#moscow">M.</placeName> <orgName ref="organisations.xml#nkvd">the  NKVD</orgName></p>')
    (path.parent / "places.xml").write_text(PLACES, encoding="utf-8")
    links = lxml.html.fragment_fromstring(api.to_html(path)).iter("a")
    # no organisations.xml beside the document: the mention's own words
    assert [a.get("title") for a in links] == ["Moscow", "Moscow (identification uncertain)", "the NKVD"]


def test_mentions_of_each_kind_are_numbered_in_the_text(html):
    article = html('<p><placeName ref="places.xml#kiev">Kiev</placeName>, <orgName ref="organisations.xml#nkvd">NKVD'
                   '</orgName>, <placeName ref="places.xml#moscow">Moscow</placeName></p>')
    assert [(el.get("class"), el.get("id")) for el in article.iter("a")] == [
        ("place", "snip-pl1"), ("org", "snip-org1"), ("place", "snip-pl2")]


def test_a_place_inside_an_organisations_name_is_marked_not_linked(html):
    link = html('<p>the <orgName ref="organisations.xml#mk"><placeName ref="places.xml#moscow">Moscow</placeName>'
                ' Party Committee</orgName></p>').find(".//a")
    inner = link.find("span")
    assert (link.get("class"), inner.get("class"), inner.get("data-place"), inner.get("id")) == (
        "org", "place", "moscow", "snip-pl1")


def test_a_person_inside_a_places_name_is_not_a_second_link(html):
    p = html('<p><placeName ref="places.xml#kirov-factory"><persName ref="persons.xml#ezhov">Ezhov</persName>'
             ' works</placeName></p>').get_element_by_id("p1")
    assert [a.get("class") for a in p.iter("a")] == ["place"]


def test_a_person_inside_a_places_name_keeps_the_id_the_index_of_persons_links_to(html):
    p = html('<p><placeName ref="places.xml#kirov-factory"><persName ref="persons.xml#ezhov">Ezhov</persName>'
             ' works</placeName></p>').get_element_by_id("p1")
    person = p.find(".//a/span")
    assert (person.get("class"), person.get("id"), person.get("data-person")) == ("person", "snip-pn1", "ezhov")


def test_a_place_its_register_does_not_hold_is_marked_not_linked(snippet):
    import lxml.html

    from edition.render import api

    path = snippet('<p><placeName ref="places.xml#moscow">Moscow</placeName> <placeName ref="places.xml#atlantis">'
                   'Atlantis</placeName></p>')
    (path.parent / "places.xml").write_text(PLACES, encoding="utf-8")
    p = lxml.html.fragment_fromstring(api.to_html(path)).get_element_by_id("p1")
    assert [(el.tag, el.get("class"), el.get("data-place")) for el in p if el.get("data-place")] == [
        ("a", "place", "moscow"), ("span", "place unresolved", "atlantis")]


def test_a_ref_is_read_by_the_rule_the_indexes_count_with(html):
    # tei/refs.py reads " places.xml#moscow " as Moscow for the index of places; the page links it too
    link = html('<p><placeName ref=" places.xml#moscow ">Moscow</placeName></p>').find(".//a")
    assert link.get("data-place") == "moscow"


def test_a_ref_into_another_register_or_malformed_is_not_linked(html):
    p = html('<p><placeName ref="persons.xml#ezhov">E</placeName> <orgName ref="organisations.xml#no good">X</orgName>'
             '</p>').get_element_by_id("p1")
    assert p.find(".//a") is None
    assert [s.get("class") for s in p.iter("span")] == ["place unresolved", "org unresolved"]


def test_without_an_index_to_link_to_names_are_marked_only(snippet):
    import lxml.html

    from edition.render import api

    out = api.to_html(snippet('<p><placeName ref="places.xml#moscow">Moscow</placeName></p>'), places_base="")
    span = lxml.html.fragment_fromstring(out).get_element_by_id("snip-pl1")
    assert (span.tag, span.get("data-place")) == ("span", "moscow")


def test_the_plain_text_keeps_the_names_as_words(snippet):
    from edition.render import api

    text = api.to_text(snippet('<p>In <placeName ref="places.xml#moscow">Moscow</placeName> the '
                               '<orgName ref="organisations.xml#nkvd">NKVD</orgName> met.</p>'))
    assert "In Moscow the NKVD met." in text
