"""`edition entities`: pre-tagging places and organisations (--tag) and the editor's to-do list,
on a small fixture edition and on the real one."""

import json
import shutil
from pathlib import Path

import pytest

from conftest import TEI
from edition.tei.namespaces import T
from edition.xmlsafe import parse_file

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def edition(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "tei")
    return tmp_path / "tei"


def names(path: Path, tag: str) -> list[tuple[str, str]]:
    return [(el.get("ref"), "".join(el.itertext())) for el in parse_file(path).iter(T + tag)]


def report(cli, *args):
    result = cli("entities", "--format", "json", *args)
    return result, json.loads(result.stdout or "[]")


def test_tagging_wraps_each_known_name_and_says_how_many(cli, edition):
    doc = edition / "doc.xml"
    result = cli("entities", "--tag", doc)
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("tagged 2 organisations and 1 place")
    assert ("organisations.xml#nkvd", "NKVD") in names(doc, "orgName")
    assert ("places.xml#kiev", "Kiev") in names(doc, "placeName")


def test_an_organisation_named_after_a_place_is_one_mention_of_the_organisation(cli, edition):
    doc = edition / "doc.xml"
    cli("entities", "--tag", doc)
    assert ("organisations.xml#cpsu", "Communist Party of the Soviet Union") in names(doc, "orgName")
    assert "places.xml#soviet-union" not in {ref for ref, _ in names(doc, "placeName")}


def test_tagging_keeps_every_character_of_the_text(cli, edition):
    doc = edition / "doc.xml"
    before = "".join(parse_file(doc).getroot().itertext())
    cli("entities", "--tag", doc)
    assert "".join(parse_file(doc).getroot().itertext()) == before


def test_a_phrase_of_the_exceptions_list_shields_the_name_inside_it(cli, edition):
    doc = edition / "doc.xml"
    cli("entities", "--tag", doc)
    assert "places.xml#georgia" not in {ref for ref, _ in names(doc, "placeName")}


def test_the_header_is_not_tagged(cli, edition):
    doc = edition / "doc.xml"
    cli("entities", "--tag", doc)
    header = parse_file(doc).find(T + "teiHeader")
    assert header.find(f".//{T}placeName") is None


def test_the_report_lists_untagged_names_unknown_names_and_dangling_refs(cli, edition):
    result, items = report(cli, edition / "doc.xml")
    assert result.exit_code == 1
    found = {(f["kind"], f["message"].split("'")[1]) for f in items if "'" in f["message"]}
    assert {("untagged", "NKVD"), ("untagged", "Kiev"), ("unknown-name", "Vilnius")} <= found
    assert ("unresolved-ref", "places.xml#nowhere") in found
    assert ("unresolved-ref", "orgName without @ref") in {(f["kind"], f["message"]) for f in items}


def test_after_tagging_a_folder_reports_entries_nothing_mentions_but_not_their_parents(cli, edition):
    cli("entities", "--tag", edition / "doc.xml")
    _, items = report(cli, edition)
    unmentioned = {f["message"].split()[0] for f in items if f["kind"] == "unmentioned"}
    assert unmentioned == {"poland", "georgia"}  # soviet-union and ukraine hold Kiev
    assert not [f for f in items if f["kind"] == "untagged"]


def test_a_register_is_not_tagged(cli, edition):
    result = cli("entities", "--tag", edition / "places.xml")
    assert result.exit_code == 2 and "register" in result.stderr


def test_the_real_edition_reports_nothing_outside_the_exception_lists(cli):
    result = cli("entities", TEI)
    assert (result.exit_code, result.stdout) == (0, "")
