"""The TEI is data: nothing in it becomes script, a javascript: link or unexpected markup."""

import pytest

from edition.errors import InputError
from edition.render import api


def test_markup_in_the_text_is_escaped(html):
    p = html("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").get_element_by_id("p1")
    assert p.find(".//script") is None and p.text == "<script>alert(1)</script>"


def test_person_ref_with_a_scheme_never_becomes_a_link(html):
    p = html('<p><persName ref="javascript:alert(1)">X</persName></p>').get_element_by_id("p1")
    assert p.find("a") is None


def test_ids_and_entries_a_document_writes_itself_are_not_read(html):
    # the stylesheets read ids:id and ids:entry as computed by render/ids.py; a file's own are dropped
    article = html('<p xmlns:ids="urn:edition:ids" ids:id="x&quot;y"><persName ref="javascript:alert(1)" '
                   'ids:entry="javascript:alert(1)">X</persName> <placeName ids:entry="//evil.example">Y</placeName></p>')
    assert (article.xpath("//p[not(@class)]/@id"), article.xpath("//p//a")) == (["p1"], [])


def test_note_target_with_a_scheme_never_becomes_a_link(html):
    p = html('<p><ref type="noteAnchor" n="1" target="javascript:alert(1)">1</ref></p>').get_element_by_id("p1")
    assert not any((a.get("href") or "").startswith("javascript") for a in p.iter("a"))


def test_rend_values_outside_the_table_add_no_markup(html):
    span = html('<p><hi rend="x&quot; onclick=&quot;alert(1)">t</hi></p>').get_element_by_id("p1")[0]
    assert dict(span.attrib) == {"class": "hi"}


def test_invalid_lang_is_dropped(html):
    assert html('<p><foreign xml:lang="ru&quot;x">y</foreign></p>').find(".//span").get("lang") is None


def test_type_values_cannot_break_out_of_the_class_attribute(html):
    assert html('<div type="a b&quot;c"><head>h</head><p>x</p></div>').find(".//section").get("class") == "div div-abc"


def test_view_must_be_reading_or_diplomatic(snippet):
    with pytest.raises(ValueError):
        api.to_html(snippet("<p>x</p>"), view="raw")


def test_persons_base_with_a_javascript_scheme_is_refused(snippet):
    with pytest.raises(ValueError):
        api.to_html(snippet("<p>x</p>"), persons_base="javascript:alert(1)//")


def test_document_with_a_doctype_is_refused(tmp_path):
    path = tmp_path / "evil.xml"
    path.write_text('<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>')
    with pytest.raises(InputError):
        api.to_html(path)
