"""Notes (modes html and html-notes): markers, bodies listed after the text, links both ways."""

NOTE = ('<p>Text.<ref type="noteAnchor" n="4" target="#snip-n4">4</ref>'
        '<note xml:id="snip-n4" type="footnote" place="foot" n="4">The note.</note> More.</p>')


def test_marker_links_to_its_note(html):
    article = html(NOTE)
    marker = article.find(".//a[@class='note-ref']")
    assert marker.get("href") == "#snip-n4" and article.get_element_by_id("snip-n4").text_content() == "The note."


def test_note_links_back_to_its_marker(html):
    article = html(NOTE)
    back = article.find(".//a[@class='note-back']")
    assert back.get("href") == "#ref-snip-n4" and article.get_element_by_id("ref-snip-n4").tag == "a"


def test_marker_names_its_note_for_popovers(html):
    marker = html(NOTE).find(".//a[@class='note-ref']")
    assert marker.get("aria-describedby") == marker.get("data-note") == "snip-n4"


def test_note_body_leaves_the_running_text(html):
    assert "The note." not in html(NOTE).get_element_by_id("p1").text_content()


def test_notes_are_listed_after_the_text(html):
    article = html(NOTE)
    assert article[-1].get("class") == "notes" and article[-1].find(".//dd").get("id") == "snip-n4"


def test_printed_label_is_the_notes_number(html):
    article = html('<p>x<ref type="noteAnchor" n="9" target="#snip-n9">9</ref>'
                   '<note xml:id="snip-n9" type="footnote" n="9"><label>9.</label> Body.</note></p>')
    assert article.find(".//a[@class='note-back']").text == "9." and article.get_element_by_id("snip-n9").text_content().strip() == "Body."


def test_supplied_marker_is_marked_as_supplied(html):
    article = html('<p>x<ref type="noteAnchor" n="1" target="#snip-n1"><supplied reason="omitted">1</supplied></ref>'
                   '<note xml:id="snip-n1" type="footnote" n="1">Body.</note></p>')
    assert {"supplied", "app-supplied"} <= article.find(".//a[@class='note-ref']//span").classes


def test_endnote_marker_says_the_note_is_not_transcribed_and_links_to_the_endnotes_division(html):
    article = html('<p>x<ref type="endnote" n="12" target="#snip-endnotes">12</ref></p>'
                   '<div type="endnotes" xml:id="snip-endnotes"><gap reason="not-transcribed"><desc>not here</desc></gap></div>')
    marker = article.find(".//a[@class='note-ref endnote-ref']")
    assert marker.find("sup").text == "12" and "not in the source transcription" in marker.get("title")
    assert marker.get("href") == "#snip-endnotes" and article.get_element_by_id("snip-endnotes") is not None


def test_endnote_marker_whose_target_is_missing_is_not_a_link(html):
    marker = html('<p>x<ref type="endnote" n="12" target="#nowhere">12</ref></p>').find(".//sup")
    assert marker.text == "12" and marker.getparent().tag != "a"


def test_editorial_note_without_marker_gets_one_where_it_stands(html):
    article = html('<p>x<note type="editorial">The year is wrong.</note></p>')
    marker = article.get_element_by_id("p1").find("a")
    body = article.get_element_by_id(marker.get("data-note"))
    assert marker.text_content() == "e1" and body.text_content() == "Editors’ note: The year is wrong."
    assert body.find("span[@class='note-kind']") is not None  # the editors' voice, said once, in list and popover


def test_marker_whose_note_is_missing_is_not_a_link(html):
    p = html('<p>x<ref type="noteAnchor" n="3" target="#snip-n3">3</ref></p>').get_element_by_id("p1")
    assert p.find("a") is None and "unresolved" in p.find("sup").classes
