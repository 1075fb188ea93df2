"""Safe parsing refuses hostile or broken XML with a message naming file, line and column."""

import pytest

from edition.errors import InputError
from edition.xmlsafe import parse_bytes, parse_file, read_head

GOOD = b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>'


def message(data: bytes) -> str:
    with pytest.raises(InputError) as info:
        parse_bytes(data, "doc.xml")
    return str(info.value)


def test_well_formed_tei_parses():
    assert parse_bytes(GOOD).getroot().tag.endswith("TEI")


def test_external_entity_is_refused_before_parsing():
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;</t>'
    assert message(xxe).startswith("doc.xml:2:1: error: DOCTYPE")


def test_entity_expansion_bomb_is_refused():
    bomb = b'<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>'
    assert "DOCTYPE" in message(bomb)


def test_not_well_formed_reports_line_and_column():
    assert message(b"<a>\n  <b></a>").startswith("doc.xml:2:")


def test_latin1_bytes_are_reported_as_not_utf8_with_position():
    assert message("<a>\ncaf\u00e9</a>".encode("latin-1")).startswith("doc.xml:2:4: error: not valid UTF-8")


def test_utf16_is_named():
    assert "UTF-16" in message("<a/>".encode("utf-16"))


def test_empty_file_is_named():
    assert "empty" in message(b"")


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse_file(tmp_path / "absent.xml")


HEADED = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
          '</fileDesc></teiHeader>\n<text><body>{body}</body></text></TEI>')
HEADER = "{http://www.tei-c.org/ns/1.0}teiHeader"


def head_message(tmp_path, text: str) -> str:
    path = tmp_path / "doc.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_head(path, HEADER)
    return str(info.value).removeprefix(f"{tmp_path}/")


def test_reading_the_head_parses_the_header_and_stops_before_a_broken_text_far_below(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text(HEADED.format(body="<p>words</p>\n" * 5000 + "<p>unclosed</body>"), encoding="utf-8")
    head = read_head(path, HEADER).getroot()
    assert head.findtext(".//{http://www.tei-c.org/ns/1.0}title") == "T"
    with pytest.raises(InputError, match=r"doc.xml:5002:\d+: error: not well-formed"):
        parse_file(path)


def test_reading_the_head_refuses_a_doctype_anywhere_in_the_file(tmp_path):
    late = HEADED.format(body="<p>words</p>\n" * 5000) + '\n<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    assert head_message(tmp_path, late).startswith("doc.xml:5003:1: error: DOCTYPE")


def test_reading_the_head_keeps_the_shape_limits_and_the_position_of_a_syntax_error(tmp_path):
    deep = HEADED.replace("<title>T</title>", "<title>" + "<hi>" * 120 + "T" + "</hi>" * 120 + "</title>")
    assert "nested deeper than 100 levels" in head_message(tmp_path, deep.format(body=""))
    broken = HEADED.replace("<title>T</title>", "<title>T</titel>")
    assert head_message(tmp_path, broken.format(body="")).startswith("doc.xml:1:")
