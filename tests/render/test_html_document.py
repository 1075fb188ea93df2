"""The document as a whole (modes html-document and html-header)."""

SOURCE = """<biblStruct><analytic><author>A. Avtorkhanov</author><title level="a">A Few Questions</title></analytic>
<monogr><title level="j">Slavic Review</title><imprint><biblScope unit="volume">26</biblScope>
<date when="1967">1967</date></imprint></monogr></biblStruct>
<bibl type="transcription"><idno type="source-file">000_x.txt</idno></bibl>"""


def test_article_carries_the_document_id_and_language(html):
    article = html("<p>x</p>")
    assert (article.tag, article.get("id"), article.get("lang")) == ("article", "snip", "en")


def test_article_says_which_view_it_shows(html):
    assert html("<p>x</p>", view="diplomatic").get("data-view") == "diplomatic"


def test_header_shows_the_title_as_the_only_h1(html):
    article = html("<div><head>Part</head><p>x</p></div>")
    assert [h.text_content() for h in article.iter("h1")] == ["Snippet"]


def test_header_cites_the_printed_source(html):
    cite = html("<p>x</p>", source=SOURCE).find(".//p[@class='source-citation']/cite")
    assert "Slavic Review" in cite.text_content() and "“A Few Questions”" in cite.text_content()


def test_page_count_in_the_citation_is_not_prefixed_pp_unless_it_gives_page_numbers(html):
    source = ("<biblStruct><monogr><title>Brief</title><imprint><biblScope unit='page'>14 unnumbered pages"
              "</biblScope></imprint></monogr></biblStruct>")
    assert html("<p>x</p>", source=source).find(".//p[@class='source-citation']/cite").text == "Brief, 14 unnumbered pages."


def test_header_names_the_transcription_file(html):
    assert html("<p>x</p>", source=SOURCE).find(".//code[@class='source-file']").text == "000_x.txt"


def test_header_links_the_author_to_the_index(html):
    article = html("<p>x</p>", authors='<author><persName ref="persons.xml#avtorkhanov">A. A.</persName></author>')
    assert article.find(".//p[@class='authors']/a").get("href") == "../persons/avtorkhanov/"
