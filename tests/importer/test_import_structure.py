"""Headings, paragraphs, quotations, verse, lists, figures and emphasis from the markdown-ish text."""

from import_fixture import import_fixtures, imported  # noqa: F401  (fixtures)
from edition.xmlsafe import NS


def x(root, path):
    return root.xpath(path, namespaces=NS)


def test_chapter_number_and_title_head_one_chapter(imported):
    root, _ = imported("chapter-heading")
    div = x(root, "//tei:body/tei:div")
    assert [d.get("type") for d in div] == ["chapter"]
    # one head: the printed number its label, and the div's @n (docs/encoding.md)
    assert [x(h, "string(.)") for h in x(div[0], "tei:head")] == ["3 A Chapter Title"]
    assert x(div[0], "tei:head/tei:label/text()") == ["3"] and div[0].get("n") == "3"


def test_capitalised_heading_after_a_title_is_a_byline(imported):
    root, _ = imported("bylines")
    article = x(root, "//tei:div[@type='article'][1]")[0]
    assert x(article, "string(tei:head)") == "An Article Title"
    assert x(article, "string(tei:byline/tei:docAuthor)") == "JOHN Q. WRITER"


def test_title_with_merged_byline_is_split(imported):
    root, _ = imported("bylines")
    letter = x(root, "//tei:div[@type='article'][2]")[0]
    assert x(letter, "string(tei:head)") == "A Letter to the Editors"
    assert x(letter, "string(tei:byline/tei:docAuthor)") == "JANE ROE"


def test_articles_with_bylines_nest_in_one_forum(imported):
    root, _ = imported("bylines")
    assert x(root, "count(//tei:body/tei:div[@type='forum']/tei:div[@type='article'])") == 2


def test_paragraph_after_a_colon_is_a_block_quotation(imported):
    root, _ = imported("block-quote")
    assert x(root, "string(//tei:quote/tei:p)").startswith("The quoted passage")
    assert x(root, "string((//tei:body//tei:p)[last()])") == "The text resumes."


def test_hard_broken_lines_after_a_colon_are_verse(imported):
    root, _ = imported("verse")
    lines = x(root, "//tei:quote/tei:lg/tei:l")
    assert [l.text for l in lines][0] == "The first line of the verse,"
    assert len(lines) == 3


def test_lettered_items_keep_their_letter_and_one_list(imported):
    root, _ = imported("lettered-list")
    items = x(root, "//tei:list/tei:item")
    assert [i.get("n") for i in items] == ["a", "b", "c"]
    assert x(root, "count(//tei:list)") == 1
    assert items[0].text.startswith("a. ")   # the printed letter stays text


def test_markdown_emphasis_becomes_hi_with_rend(imported):
    root, _ = imported("emphasis")
    rends = {h.get("rend"): h.text for h in x(root, "//tei:p/tei:hi")}
    assert rends == {"italic": "italic", "bold": "bold", "strikethrough": "struck", "superscript": "th"}


def test_caption_after_an_image_gap_is_a_figure_outside_the_sentence(imported):
    root, _ = imported("figure")
    assert x(root, "string(//tei:figure/tei:head)").startswith("A photograph")
    paragraph = x(root, "//tei:body//tei:p")
    assert len(paragraph) == 1                           # the sentence stays one paragraph
    assert x(paragraph[0], "count(tei:pb)") == 1         # broken by the page the plate stood on
    assert not x(paragraph[0], ".//tei:figure")


def test_cyrillic_runs_are_foreign_russian(imported):
    root, _ = imported("cyrillic")
    assert [f.text for f in x(root, "//tei:foreign[@xml:lang='ru']")] == ["Ежовщина", "Генрих Ягода"]
    assert x(root, "count(//tei:langUsage/tei:language[@ident='ru'])") == 1
