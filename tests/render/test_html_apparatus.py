"""Corrections, supplements, gaps and furniture (mode html): both readings present, one shown."""

CHOICE = '<p><choice><sic>Kameney</sic><corr resp="#snip-ed">Kamenev</corr></choice></p>'


def shown(element):
    return "".join(t for el in element.iter() if el.get("hidden") is None for t in [el.text or ""])


def test_reading_view_shows_the_correction_and_hides_the_source_reading(html):
    choice = html(CHOICE).find(".//span[@class='choice']")
    assert choice.find("span[@class='sic']").get("hidden") is not None and choice.find("span[@class='corr']").get("hidden") is None


def test_diplomatic_view_shows_the_source_reading_and_hides_the_correction(html):
    choice = html(CHOICE, view="diplomatic").find(".//span[@class='choice']")
    assert choice.find("span[@class='corr']").get("hidden") is not None and choice.find("span[@class='sic']").get("hidden") is None


def test_correction_keeps_the_printed_form_in_its_title(html):
    assert html(CHOICE).find(".//span[@class='choice']").get("title") == "as printed: Kameney"


def test_gap_shows_the_editors_description(html):
    gap = html('<p><gap reason="missing"><desc>body not printed</desc></gap></p>').find(".//span")
    assert gap.text == "[body not printed]" and "gap-missing" in gap.classes


def test_redaction_is_marked_as_redaction(html):
    assert html('<p><gap reason="redacted"><desc>REDACTED</desc></gap></p>').find(".//span[@class='redaction']").text == "REDACTED"


def test_release_code_is_marked(html):
    assert html('<p><seg type="release-code">25X1A2d2</seg></p>').find(".//span[@class='release-code']").text == "25X1A2d2"


def test_classification_mark_keeps_its_strikethrough(html):
    fw = html('<p><fw type="classification" place="top"><del rend="strikethrough">SECRET</del></fw></p>').find(".//span")
    assert "fw-classification" in fw.classes and fw.find("del").text == "SECRET"


def test_running_head_is_marked_as_furniture(html):
    fw = html('<pb n="667"/><fw type="header" place="top">FORUM 667</fw><p>x</p>').find(".//span")
    assert fw.classes == {"fw", "fw-header"} and fw.get("data-place") == "top"


def test_numbered_page_break_is_a_linkable_marker(html):
    pb = html('<p>a<pb n="667"/>b</p>').get_element_by_id("page667")
    assert (pb.tag, pb.get("href"), pb.text) == ("a", "#page667", "p. 667")


def test_unnumbered_page_breaks_get_ids_by_count(html):
    article = html("<p>a<pb/>b<pb/>c</p>")
    assert [a.get("id") for a in article.find_class("pb")] == ["page-u1", "page-u2"]


def test_page_number_printed_twice_still_gets_unique_ids(html):
    article = html('<p>a<pb n="5"/>b<pb n="5"/>c</p>')
    assert [a.get("id") for a in article.find_class("pb")] == ["page5", "page5-2"]


def test_page_break_inside_a_word_is_marked_as_such(html):
    assert "pb-in-word" in html('<p>commu<pb n="3" break="no"/>nists</p>').get_element_by_id("page3").classes


def test_page_break_inside_a_linked_name_is_not_a_nested_link(html):
    link = html('<p><persName ref="persons.xml#ezhov">Ezh<pb n="9" break="no"/>ov</persName></p>').find(".//a[@class='person']")
    assert link.find(".//a") is None and link.find("span[@id='page9']") is not None
