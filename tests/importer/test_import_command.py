"""`edition import` as a command: refusals leave nothing behind, the file follows the contract."""

import re

from import_fixture import import_fixtures, imported  # noqa: F401  (fixtures)
from edition.xmlsafe import NS, XML_NS, parse_file


def x(root, path):
    return root.xpath(path, namespaces=NS)


def test_missing_source_is_refused_and_nothing_written(cli, tmp_path):
    out = tmp_path / "doc.xml"
    result = cli("import", tmp_path / "absent.txt", "-o", out)
    assert result.exit_code == 1
    assert re.match(r".*absent\.txt: error: no such file", result.stderr)
    assert not out.exists()


def test_non_utf8_source_is_refused_with_its_position(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    result = cli("import", import_fixtures / "latin1.txt", "-o", out)
    assert result.exit_code == 1
    assert "latin1.txt:3:6: error: not valid UTF-8" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_existing_output_is_refused_without_force_and_left_untouched(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    out.write_text("keep me")
    result = cli("import", import_fixtures / "notes.txt", "-o", out)
    assert result.exit_code == 1 and "use --force" in result.stderr
    assert out.read_text() == "keep me"


def test_force_overwrites_the_existing_output(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    out.write_text("old")
    assert cli("import", import_fixtures / "notes.txt", "-o", out, "--force").exit_code == 0
    assert parse_file(out).getroot().get(f"{{{XML_NS}}}id") == "doc"


def test_successful_import_leaves_only_the_output_file(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    cli("import", import_fixtures / "notes.txt", "-o", out)
    assert [p.name for p in tmp_path.iterdir()] == ["doc.xml"]   # the temporary file was renamed


def test_root_id_is_the_output_stem_and_every_id_is_prefixed(cli, tmp_path, import_fixtures):
    out = tmp_path / "my-doc.xml"
    cli("import", import_fixtures / "notes.txt", "-o", out)
    root = parse_file(out).getroot()
    assert root.get(f"{{{XML_NS}}}id") == "my-doc" and root.get(f"{{{XML_NS}}}lang") == "en"
    ids = root.xpath("//@xml:id")
    assert len(ids) > 2 and all(i == "my-doc" or i.startswith("my-doc-") for i in ids)


def test_file_starts_with_the_two_xml_model_instructions(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    cli("import", import_fixtures / "notes.txt", "-o", out)
    text = out.read_text(encoding="utf-8")
    assert re.search(r'<\?xml-model href="\.\./schema/edition\.rng"[^>]*relaxng[^>]*\?>\s*'
                     r'<\?xml-model href="\.\./schema/edition\.sch"[^>]*schematron[^>]*\?>\s*<TEI', text)


def test_header_skeleton_has_the_contract_parts(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    cli("import", import_fixtures / "chapter-heading.txt", "-o", out)
    h = parse_file(out).getroot()
    assert x(h, "string(//tei:titleStmt/tei:title)") == "A Chapter Title"
    assert x(h, "//tei:titleStmt/tei:respStmt/@xml:id") == ["doc-ed"]
    assert x(h, "//tei:licence/@target") == ["https://creativecommons.org/licenses/by/4.0/"]
    assert x(h, "string(//tei:sourceDesc/tei:bibl[@type='transcription']/tei:idno[@type='source-file'])") \
        == "chapter-heading.txt"
    assert x(h, "count(//tei:sourceDesc/tei:biblStruct/tei:monogr/tei:imprint)") == 1
    policies = [e.tag.split("}")[1] for e in x(h, "//tei:editorialDecl/*")]
    assert policies == ["correction", "normalization", "hyphenation", "quotation", "segmentation", "interpretation"]
    assert x(h, "//tei:langUsage/tei:language/@ident") == ["en"]
    assert x(h, "//tei:revisionDesc/tei:change/@who") == ["#doc-ed"]


def test_unreadable_markup_is_kept_and_reported_with_its_source_line(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    result = cli("import", import_fixtures / "unclassified.txt", "-o", out)
    assert result.exit_code == 0
    assert re.search(r"unclassified\.txt:5: warning: markup the importer could not read", result.stderr)
    assert "unclosed * asterisk that stays" in "".join(parse_file(out).getroot().itertext())


def test_output_must_be_an_xml_file(cli, tmp_path, import_fixtures):
    result = cli("import", import_fixtures / "notes.txt", "-o", tmp_path / "doc.txt")
    assert result.exit_code == 2 and not (tmp_path / "doc.txt").exists()


def test_control_character_is_refused_with_its_position(cli, tmp_path):
    source = tmp_path / "ctl.txt"
    source.write_text("# Title\n\nA form\x0cfeed.\n", encoding="utf-8")
    result = cli("import", source, "-o", tmp_path / "doc.xml")
    assert result.exit_code == 1 and "ctl.txt:3:7: error: control character U+000C" in result.stderr
    assert not (tmp_path / "doc.xml").exists()


def test_empty_transcription_is_refused(cli, tmp_path):
    source = tmp_path / "empty.txt"
    source.write_text("\n  \n", encoding="utf-8")
    result = cli("import", source, "-o", tmp_path / "doc.xml")
    assert result.exit_code == 1 and "empty.txt:1:1: error: the transcription is empty" in result.stderr
    assert not (tmp_path / "doc.xml").exists()


def test_indentation_adds_no_whitespace_inside_text_elements(cli, tmp_path, import_fixtures):
    out = tmp_path / "doc.xml"
    cli("import", import_fixtures / "classification.txt", "-o", out)
    root = parse_file(out).getroot()
    mixed = x(root, "//tei:p | //tei:fw | //tei:item | //tei:head | //tei:text//tei:note | //tei:ab")
    assert mixed and not [el for el in mixed if el.text is not None and "\n" in el.text]
    assert x(root, "//tei:ab[tei:stamp]")[0].text is None   # '<ab type="release-code"><stamp>25X1A2d2</stamp></ab>', no padding
