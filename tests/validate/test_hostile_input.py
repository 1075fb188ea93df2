"""Hostile or broken input gets one clear finding naming the file: never a hang, crash or traceback."""

import json

import pytest

TEI_OPEN = '<TEI xmlns="http://www.tei-c.org/ns/1.0">'

HOSTILE = {
    "external entity": b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI>&x;</TEI>',
    "entity expansion bomb": b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                             b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>',
    "parameter entity from the network": b'<!DOCTYPE t [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]><t/>',
    "latin-1 bytes": "<TEI>\ncaf\u00e9</TEI>".encode("latin-1"),
    "utf-16": f"{TEI_OPEN}</TEI>".encode("utf-16"),
    "binary garbage": bytes(range(256)),
    "empty file": b"",
    "ten thousand nested elements": (TEI_OPEN + "<div>" * 10_000 + "</div>" * 10_000 + "</TEI>").encode(),
    "fifty megabytes": (TEI_OPEN + "<text><body><p>" + "x" * (50 * 1024 * 1024) + "</p></body></text></TEI>").encode(),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_file_is_refused_with_a_message_naming_it(cli, tmp_path, name):
    path = tmp_path / "hostile.xml"
    path.write_bytes(HOSTILE[name])
    result = cli("validate", path, "--format", "json")
    (finding,) = json.loads(result.stdout)["findings"]
    assert result.exit_code == 1 and result.stderr == ""
    assert finding["path"] == str(path) and finding["rule"] == "well-formed"
    assert "Traceback" not in finding["message"]


def test_a_hostile_file_does_not_stop_the_others_being_validated(cli, tmp_path):
    (tmp_path / "a-bad.xml").write_bytes(HOSTILE["external entity"])
    (tmp_path / "b-empty-tei.xml").write_text(TEI_OPEN + "</TEI>", encoding="utf-8")
    found = json.loads(cli("validate", tmp_path, "--format", "json").stdout)["findings"]
    assert {f["path"].rsplit("/", 1)[1] for f in found} == {"a-bad.xml", "b-empty-tei.xml"}


@pytest.mark.parametrize("declared", ["ISO-8859-1", "UTF-16"])
def test_a_file_declaring_another_encoding_is_refused(cli, tmp_path, declared):
    path = tmp_path / "declared.xml"
    path.write_text(f'<?xml version="1.0" encoding="{declared}"?>\n{TEI_OPEN}</TEI>', encoding="utf-8")
    (finding,) = json.loads(cli("validate", path, "--format", "json").stdout)["findings"]
    assert (finding["rule"], finding["line"]) == ("well-formed", 1) and declared in finding["message"]


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted(cli, tmp_path):
    from validate_mutants import DOC, copy_fixture

    folder = copy_fixture(tmp_path / "edition")
    doc = folder / DOC
    doc.write_bytes(b"\xef\xbb\xbf" + doc.read_bytes().replace(b"\n", b"\r\n"))
    result = cli("validate", folder)
    assert (result.exit_code, result.stderr) == (0, "")
