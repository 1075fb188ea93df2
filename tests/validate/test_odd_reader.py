"""The ODD reader refuses what the edition's generator does not implement, rather than ignore it
(ignoring it would make edition.rng differ silently from the TEI Stylesheets' compilation)."""

import pytest
from lxml import etree

from conftest import ROOT
from edition.schema_build.odd import OddError, read_odd
from edition.xmlsafe import parse_file


def schema_spec(inner: str) -> etree._Element:
    return etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><schemaSpec ident="t" start="TEI">'
                            f'<moduleRef key="tei"/>{inner}</schemaSpec></body></text></TEI>')


P = '<moduleRef key="core" include="p"/>'


@pytest.mark.parametrize("inner,complaint", [
    ('<moduleRef key="core" except="p"/>', "moduleRef/@except is not supported"),
    (P + '<elementSpec ident="p" mode="replace"><desc>A p.</desc></elementSpec>', 'must be mode="change"'),
    (P + '<elementSpec ident="lb" mode="change"><desc>A line.</desc></elementSpec>', "of an included element"),
    (P, "included elements without an elementSpec: p"),
    (P + '<elementSpec ident="p" mode="change"/>', "elementSpec p has no desc"),
    (P + '<elementSpec ident="p" mode="change"><desc>A <emph>p</emph>.</desc></elementSpec>', "<emph> in a desc"),
    (P + '<elementSpec ident="p" mode="change"><desc>A p.</desc><content><empty/></content></elementSpec>',
     "elementSpec p: content not supported"),
    (P + '<elementSpec ident="p" mode="change"><desc>A p.</desc><attList><attDef ident="n" mode="change">'
         '<valList type="open"><valItem ident="1"/></valList></attDef></attList></elementSpec>', "only closed value lists"),
    (P + '<elementSpec ident="p" mode="change"><desc>A p.</desc><attList><attDef ident="n" mode="replace"/>'
         '</attList></elementSpec>', "attDef mode 'replace'"),
    (P + '<elementSpec ident="p" mode="change"><desc>A p.</desc></elementSpec>'
         '<classSpec ident="att.global" type="atts" mode="delete"/>', 'only classSpec type="atts" mode="change"'),
    (P + '<elementSpec ident="p" mode="change"><desc>A p.</desc></elementSpec><macroSpec ident="m"/>',
     "schemaSpec children not supported: macroSpec"),
])
def test_the_reader_refuses_an_odd_construct_it_does_not_implement(inner, complaint):
    with pytest.raises(OddError, match=complaint):
        read_odd(schema_spec(inner))


def test_a_desc_becomes_markdown_with_elements_and_attributes_as_code():
    custom = read_odd(schema_spec(P + '<elementSpec ident="p" mode="change"><desc>Holds <gi>hi</gi> and\n'
                                      '  <att>n</att>, <code>type="x"</code>.</desc></elementSpec>'))
    assert custom.elements["p"].doc == 'Holds `hi` and `@n`, `type="x"`.'


def test_remarks_become_paragraphs_after_the_description():
    custom = read_odd(schema_spec(P + '<elementSpec ident="p" mode="change"><desc>A p.</desc><remarks>'
                                      '<p>First, with <att>n</att>.</p><p>Second.</p></remarks></elementSpec>'))
    assert custom.elements["p"].remarks == ["First, with `@n`.", "Second."]


def test_the_edition_odd_keeps_xml_id_lang_resp_and_cert_as_the_only_global_attributes():
    custom = read_odd(parse_file(ROOT / "schema" / "edition.odd").getroot())
    assert "n" in custom.class_deleted["att.global"] and "rend" in custom.class_deleted["att.global.rendition"]
    assert custom.class_values[("att.global.responsibility", "cert")] == ["high", "medium", "low"]
    assert not {"xml:id", "xml:lang"} & custom.class_deleted["att.global"]
