"""Every citable block and every mention and intervention has a stable id in the HTML: list items,
verse lines, headings, image text, quotations without paragraphs, bylines (counted in document
order, like paragraphs), person, place and organisation mentions ({doc}-pnN, -plN, -orgN) and
corrections, supplied text and gaps ({doc}-appN). src/edition/anchors.py computes them, once; the XSLT writes what it is given."""


import lxml.html

from edition.render import api


def ids(article, xpath):
    return [el.get("id") for el in article.xpath(xpath)]


def test_list_items_get_ids_by_document_order(html):
    article = html("<list><item>a</item><item>b</item></list><p>x<list><item>c</item></list></p>")
    assert ids(article, "//li") == ["item1", "item2", "item3"]


def test_verse_lines_get_ids_by_document_order(html):
    article = html("<quote><lg><l>one</l><l>two</l></lg><lg><l>three</l></lg></quote>")
    assert ids(article, "//div[@class = 'l']") == ["l1", "l2", "l3"]


def test_every_heading_in_the_text_gets_an_id(html):
    article = html("<div><head>One</head><list><head>Items</head><item>a</item></list>"
                   "<lg><head>Song</head><l>x</l></lg><figure><head>Caption</head></figure></div>")
    assert ids(article, "//h2 | //*[@class = 'list-head' or @class = 'lg-head' or @class = 'figure-head']") == [
        "head1", "head2", "head3", "head4"]


def test_image_text_byline_and_a_quotation_without_paragraphs_get_ids(html):
    article = html('<ab type="image-text">WORKERS</ab><byline>BY X</byline><div><quote>Said.</quote></div>')
    assert (ids(article, "//div[contains(@class, 'ab')]"), ids(article, "//p[@class = 'byline']"),
            ids(article, "//blockquote/p")) == (["ab1"], ["byline1"], ["quote1"])


def test_person_mention_gets_an_id_numbered_in_the_text(html):
    article = html('<p><persName ref="persons.xml#ezhov">Ezhov</persName> and <persName ref="#nobody">N</persName>'
                   '<note xml:id="snip-n1" n="1"><persName ref="persons.xml#ezhov">E</persName></note></p>',
                   authors='<author><persName ref="persons.xml#ezhov">Author</persName></author>')
    assert ids(article, "//*[contains(@class, 'person')]") == [None, "snip-pn1", "snip-pn2", "snip-pn3"]


def test_place_and_organisation_mentions_get_ids_each_kind_counted_by_itself(html):
    article = html('<p><orgName ref="organisations.xml#nkvd">NKVD of <placeName ref="places.xml#ukraine">Ukraine'
                   '</placeName></orgName> in <placeName ref="places.xml#moscow">Moscow <placeName ref="places.xml#russia">'
                   'RSFSR</placeName></placeName></p>')
    assert (ids(article, "//*[contains(@class, 'place')]"), ids(article, "//*[contains(@class, 'org')]")) == (
        ["snip-pl1", "snip-pl2", None], ["snip-org1"])


def test_corrections_supplied_text_and_gaps_get_ids_in_document_order(html):
    article = html('<p><choice><sic>Kameney</sic><corr>Kamenev</corr></choice> <supplied>1</supplied> '
                   '<gap reason="redacted"><desc>REDACTED</desc></gap> <choice><orig>x</orig><reg>y</reg></choice></p>')
    assert ids(article, "//*[contains(@class, 'choice') or contains(@class, 'supplied ') or contains(@class, 'redaction ')]") == [
        "snip-app1", "snip-app2", "snip-app3", None]


def test_an_outermost_date_gets_an_id_numbered_in_the_text(html):
    article = html('<p><date when="1937">1937</date> and <date from="1937" to="1938">1937-<date when="1938">38</date></date>'
                   ' <date>undated</date></p>')
    assert ids(article, "//*[contains(@class, 'date')]") == ["snip-dt1", "snip-dt2", None, "snip-dt3"]


def test_ids_are_unique_in_every_document_page(tei_files):
    for path in tei_files:
        found = ids(lxml.html.fragment_fromstring(api.to_html(path)), "//@id/..")
        assert len(found) == len(set(found)), path.name


def test_every_id_anchors_gives_the_text_is_in_its_page(tei_files):
    # the stylesheets only copy ids: a template that forgot to would leave the index's link dangling
    from lxml import etree

    from edition import anchors
    from edition.tei.namespaces import IDS, T

    for path in tei_files:
        text = etree.parse(str(path)).getroot()
        anchors.annotate(text)
        given = {el.get(IDS + "id") for el in text.find(T + "text").iter() if el.get(IDS + "id")}
        assert given - set(ids(lxml.html.fragment_fromstring(api.to_html(path)), "//@id/..")) == set(), path.name


def test_the_stylesheet_writes_the_id_it_is_given_and_counts_nothing():
    from edition.render import compiler

    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:ids="urn:edition:ids" xml:id="snip"><teiHeader/>'
           '<text><body><div><p ids:id="p42">x</p><p>y</p></div></body></text></TEI>')
    article = lxml.html.fragment_fromstring(compiler.run("html.xsl", tei, {}, "snip.xml"))
    assert ids(article, "//p[not(@class)]") == ["p42", None]


def test_writing_the_ids_in_keeps_every_line_number_of_the_file():
    from lxml import etree

    from edition.render.ids import annotated_text

    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n<?xml-model href="x.rng"?>\n'
            '<TEI xmlns="http://www.tei-c.org/ns/1.0"\n     xml:id="snip">\n<teiHeader/>\n'
            '<text><body>\n<div>\n<p>x</p>\n</div></body></text></TEI>\n')
    tree = etree.ElementTree(etree.fromstring(text.encode()))
    out = annotated_text(text, tree)
    lines = {el.get("{urn:edition:ids}id"): el.sourceline for el in etree.fromstring(out.encode()).iter()}
    assert lines["p1"] == 9 == text.splitlines().index("<p>x</p>") + 1
