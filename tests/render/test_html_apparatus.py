"""Corrections, supplements, gaps and furniture (mode html): both readings present, one shown."""

CHOICE = '<p><choice><sic>Kameney</sic><corr resp="#snip-ed">Kamenev</corr></choice></p>'


def shown(element):
    return "".join(t for el in element.iter() if el.get("hidden") is None for t in [el.text or ""])


def choice_of(article):
    return article.find(".//span[@id='snip-app1']")


def test_reading_view_shows_the_correction_and_hides_the_source_reading(html):
    choice = choice_of(html(CHOICE))
    assert choice.find("span[@class='sic']").get("hidden") is not None and choice.find("span[@class='corr']").get("hidden") is None


def test_diplomatic_view_shows_the_source_reading_and_hides_the_correction(html):
    choice = choice_of(html(CHOICE, view="diplomatic"))
    assert choice.find("span[@class='corr']").get("hidden") is not None and choice.find("span[@class='sic']").get("hidden") is None


def test_correction_explains_itself_in_visible_text_not_a_tooltip(html):
    choice = choice_of(html(CHOICE))
    assert {"app", "app-correction"} <= choice.classes and choice.get("title") is None
    assert choice.find("span[@class='app-note']").text == " [printed: “Kameney” → “Kamenev”, by the editors]"


def test_correction_to_nothing_says_so(html):
    note = choice_of(html('<p>a<choice><sic>,</sic><corr resp="#snip-ed"/></choice></p>')).find("span[@class='app-note']")
    assert note.text == " [printed: “,” → (nothing), by the editors]"


def test_correction_inside_a_footnote_quotes_both_readings(html):
    body = ('<p>x<note place="foot" n="1">pp. <choice><sic>4<hi rend="superscript">1</hi>4</sic>'
            '<corr resp="#snip-ed">414</corr></choice>.</note></p>')
    note = html(body).find(".//span[@class='choice app app-correction']/span[@class='app-note']")
    assert note.text == " [printed: “4¹4” → “414”, by the editors]"


def test_the_apparatus_list_and_the_explanation_quote_a_reading_in_the_same_words(snippet):
    # one rule (tei/wording.py): digits raised, a note inside the reading left out, spaces collapsed
    import lxml.html

    from edition.render import api
    from edition.web.apparatus import interventions_in
    from edition.xmlsafe import parse_file

    path = snippet('<p>pp. <choice><sic>4<hi rend="superscript">1</hi>4 <note n="2">a note</note>\n -'
                   '<hi rend="superscript">1</hi>5</sic><corr resp="#snip-ed">414-15</corr></choice></p>')
    [entry] = interventions_in(parse_file(path), "snip")
    note = lxml.html.fragment_fromstring(api.to_html(path)).find(".//span[@id='snip-app1']/span[@class='app-note']")
    assert (entry.printed, entry.reading) == ("4¹4 -¹5", "414-15")
    assert note.text == " [printed: “4¹4 -¹5” → “414-15”, by the editors]"


def test_uncertain_correction_gives_its_certainty(html):
    body = '<p><choice><sic>18</sic><corr resp="#snip-ed" cert="low">13</corr></choice></p>'
    assert choice_of(html(body)).find("span[@class='app-note']").text.endswith("by the editors; certainty: low]")


def test_supplied_text_is_bracketed_and_explained(html):
    supplied = html('<p>x<supplied reason="omitted" cert="medium">1</supplied></p>').get_element_by_id("snip-app1")
    assert supplied.find("span[@class='supplied-text']").text == "1"
    assert supplied.find("span[@class='app-note']").text == " [not printed: “1” supplied by the editors (omitted); certainty: medium]"


def test_gap_shows_the_editors_description(html):
    gap = html('<p><gap reason="missing"><desc>body not printed</desc></gap></p>').get_element_by_id("snip-app1")
    assert gap.find("span[@class='gap-text']").text == "[body not printed]" and {"gap-missing", "app-gap"} <= gap.classes
    assert gap.find("span[@class='app-note']").text == " [gap in the source (missing), described by the editors]"


def test_redaction_is_marked_as_redaction(html):
    redaction = html('<p><gap reason="redacted"><desc>REDACTED</desc></gap></p>').get_element_by_id("snip-app1")
    assert {"redaction", "app-redaction"} <= redaction.classes and redaction.find("span[@class='redaction-text']").text == "REDACTED"


def test_release_code_is_marked(html):
    code = html('<ab type="release-code"><stamp>25X1A2d2</stamp></ab>').find(".//div[@class='ab ab-release-code']/span[@class='release-code']")
    assert code.text == "25X1A2d2"


def test_classification_mark_keeps_its_strikethrough(html):
    fw = html('<p><fw type="classification" place="top"><del rend="strikethrough">SECRET</del></fw></p>').find(".//span")
    assert "fw-classification" in fw.classes and fw.find("del").text == "SECRET"


def test_running_head_is_marked_as_furniture(html):
    fw = html('<pb n="667"/><fw type="header" place="top">FORUM 667</fw><p>x</p>').find(".//span")
    assert fw.classes == {"fw", "fw-header"} and fw.get("data-place") == "top"


def test_numbered_page_break_is_a_linkable_marker(html):
    pb = html('<p>a<pb n="667"/>b</p>').get_element_by_id("page667")
    assert (pb.tag, pb.get("href"), pb.text) == ("a", "#page667", "p. 667")


def test_inferred_page_break_says_so_and_invents_no_number(html):
    pb = html("<p>a<pb/>b</p>").get_element_by_id("page-u1")
    assert "pb-inferred" in pb.classes and pb.text == "new page (inferred)"


def test_page_number_inferred_by_the_editors_stands_in_brackets(html):
    assert html('<p>a<pb n="668" cert="medium"/>b</p>').get_element_by_id("page668").text == "p. [668]"


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


def test_a_slip_kept_as_printed_is_shown_and_marked_in_both_views(html):
    for view in ("reading", "diplomatic"):
        kept = html('<p>Nikolai <sic>Yezov</sic></p>', view=view).find(".//span[@class='sic-kept']")
        assert kept.text == "Yezov" and kept.get("hidden") is None and kept.get("title") == "so printed"
