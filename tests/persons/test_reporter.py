"""`edition persons` check mode: the editor's to-do list, its positions, formats and exit codes."""

import json
import sys
from pathlib import Path

from edition.xmlsafe import NS, parse_file

sys.path.insert(0, str(Path(__file__).parent))
from scratch import edition_dir  # noqa: E402,F401


def findings(cli, *args):
    result = cli("persons", "--format", "json", *args)
    return result, json.loads(result.stdout or "[]")


def kinds(items, kind):
    return [f for f in items if f["kind"] == kind]


def test_untagged_known_names_are_listed_at_their_line_and_column(cli, edition_dir):
    folder = edition_dir("mentions.xml")
    result, items = findings(cli, folder / "mentions.xml")
    assert result.exit_code == 1
    lines = (folder / "mentions.xml").read_text(encoding="utf-8").splitlines()
    untagged = kinds(items, "untagged")
    assert untagged
    for f in untagged:
        name = f["message"].split("'")[1]
        assert lines[f["line"] - 1][f["col"] - 1:].startswith(name)


def test_a_tagged_document_leaves_only_what_the_tagger_could_not_decide(cli, edition_dir):
    folder = edition_dir("mentions.xml")
    cli("persons", "--tag", folder / "mentions.xml")
    _, items = findings(cli, folder / "mentions.xml")
    assert kinds(items, "untagged") == []
    assert [f["message"].split("'")[1] for f in kinds(items, "ambiguous")] == ["Efimov"]
    unknown = [f["message"].split("'")[1] for f in kinds(items, "unknown-name")]
    assert "Smirnoff" in unknown and "Zakov" in unknown  # an unknown name; a name split by a page break
    assert "Stalinist" not in unknown and "Moscow" not in unknown


def test_every_bad_ref_is_reported_including_the_header(cli, edition_dir):
    folder = edition_dir("refs.xml")
    result, items = findings(cli, folder / "refs.xml")
    assert result.exit_code == 1
    bad = kinds(items, "unresolved-ref")
    messages = " | ".join(f["message"] for f in bad)
    assert len(bad) == 4
    assert "nobody-in-header" in messages and "nosuchperson" in messages
    assert "without @ref" in messages and "does not point into persons.xml" in messages
    lines = (folder / "refs.xml").read_text(encoding="utf-8").splitlines()
    for f in bad:
        assert lines[f["line"] - 1][f["col"] - 1:].startswith("<persName")


def test_a_clean_document_passes(cli, edition_dir):
    folder = edition_dir("clean.xml")
    result = cli("persons", folder / "clean.xml")
    assert (result.exit_code, result.stdout) == (0, "")


def test_checking_a_folder_lists_persons_no_document_mentions(cli, edition_dir):
    folder = edition_dir("clean.xml")
    result, items = findings(cli, folder)
    unmentioned = {f["message"].split()[0] for f in kinds(items, "unmentioned")}
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")
               for p in parse_file(folder / "persons.xml").iter(f"{{{NS['tei']}}}person")}
    assert result.exit_code == 1
    assert unmentioned == persons - {"ezhov", "stalin"}
    assert all(f["file"] == str(folder / "persons.xml") for f in kinds(items, "unmentioned"))


def test_text_format_is_one_line_per_finding(cli, edition_dir):
    folder = edition_dir("refs.xml")
    text = cli("persons", folder / "refs.xml").stdout.splitlines()
    _, items = findings(cli, folder / "refs.xml")
    assert text == [f"{f['file']}:{f['line']}:{f['col']}: {f['kind']}: {f['message']}" for f in items]


def test_a_missing_path_or_personography_is_a_usage_error(cli, edition_dir, tmp_path):
    folder = edition_dir("clean.xml")
    assert cli("persons", folder / "absent.xml").exit_code == 2
    result = cli("persons", folder / "clean.xml", "--personography", tmp_path / "none.xml")
    assert result.exit_code == 2 and "personography" in result.stderr


def test_hostile_xml_is_refused_with_a_position(cli, edition_dir):
    folder = edition_dir()
    (folder / "evil.xml").write_text('<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>', encoding="utf-8")
    result = cli("persons", folder / "evil.xml")
    assert result.exit_code == 1 and "evil.xml:1:1: error:" in result.stderr


def test_a_ref_the_schema_rejects_is_reported_though_its_path_reaches_the_personography(cli, edition_dir, tmp_path):
    # "./persons.xml#ezhov" names the file by a path, which the schema's @ref rule (tei/refs.py) refuses
    folder = edition_dir("clean.xml")
    doc = folder / "clean.xml"
    doc.write_text(doc.read_text(encoding="utf-8").replace('ref="persons.xml#ezhov"', 'ref="./persons.xml#ezhov"', 1),
                   encoding="utf-8")
    _, items = findings(cli, doc)
    assert [f["message"] for f in kinds(items, "unresolved-ref")] == [
        "@ref './persons.xml#ezhov' does not point into persons.xml"]


def test_a_personography_of_another_name_is_pointed_into_by_its_own_name(cli, edition_dir):
    folder = edition_dir("clean.xml")
    (folder / "persons.xml").rename(folder / "people.xml")
    doc = folder / "clean.xml"
    doc.write_text(doc.read_text(encoding="utf-8").replace('"persons.xml#', '"people.xml#'), encoding="utf-8")
    result = cli("persons", doc, "--personography", folder / "people.xml")
    assert (result.exit_code, result.stdout) == (0, "")
