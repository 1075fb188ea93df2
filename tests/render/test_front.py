"""Title pages (front/titlePage): rendered as the printed title page, each part a citable block.

The snippets put the titlePage in <body> (the helper wraps body content); the templates match it
wherever it stands, as they do in front.
"""

from .conftest import body_text

TITLE_PAGE = ('<titlePage><docTitle><titlePart type="series">BRIEFS</titlePart>'
              '<titlePart type="main">THE PURGE</titlePart></docTitle>'
              '<docDate><date when="1957-07-23">23 July 1957</date></docDate></titlePage>')


def test_the_title_page_is_a_block_of_its_parts_each_with_its_own_id(html):
    page = html(TITLE_PAGE).find(".//div[@class='title-page']")
    parts = page.findall("div[@class='doc-title']/p")
    assert [(p.get("id"), p.get("class"), p.text_content()) for p in parts] == [
        ("titlePart1", "titlePart titlePart-series", "BRIEFS"), ("titlePart2", "titlePart titlePart-main", "THE PURGE")]
    date = page.find("p[@class='docDate']")
    assert date.get("id") == "docDate1" and date.find("time").get("datetime") == "1957-07-23"


def test_each_title_part_is_a_line_of_its_own_in_the_plain_text(text):
    assert body_text(text(TITLE_PAGE)).strip().split("\n\n") == ["BRIEFS", "THE PURGE", "23 July 1957"]


def test_a_chapter_number_label_stays_in_its_heading(html):
    head = html('<div type="chapter" n="2"><head><label>2</label> Directing</head><p>x</p></div>').find(".//h2")
    assert head.find("span[@class='label']").text == "2" and head.text_content() == "2 Directing"
