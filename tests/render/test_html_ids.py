"""Every citable block and every mention and intervention has a stable id from the XSLT itself:
list items, verse lines, headings, image text, quotations without paragraphs, bylines (counted
in document order, like paragraphs), person mentions ({doc}-pnN) and corrections, supplied text
and gaps ({doc}-appN), numbered as src/edition/anchors.py numbers them from the TEI."""


import lxml.etree
import lxml.html

from edition.render import api
from edition import anchors


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


def test_mention_and_intervention_ids_agree_with_the_viewers_numbering(tei_files):
    for path in tei_files:
        root = lxml.etree.parse(str(path)).getroot()
        doc = path.stem
        expected = (set(anchors.mention_ids(root, doc).values()) | set(anchors.intervention_ids(root, doc).values())
                    | set(anchors.date_ids(root, doc).values()) | set(anchors.mention_ids(root, doc, "placeName").values())
                    | set(anchors.mention_ids(root, doc, "orgName").values()))
        article = lxml.html.fragment_fromstring(api.to_html(path))
        found = {i for i in ids(article, "//@id/..") if i.startswith((f"{doc}-pn", f"{doc}-app", f"{doc}-dt", f"{doc}-pl", f"{doc}-org"))}
        assert found == expected - {None}, doc
