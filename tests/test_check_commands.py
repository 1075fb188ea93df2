"""The editor's three checks share one rule: `--tag FILE` rewrites that one file and takes no PATH."""

import shutil

import pytest

from conftest import TEI

DOCUMENT = "papadatos-comintern-slides.xml"


@pytest.fixture
def folder(tmp_path):
    for name in (DOCUMENT, "persons.xml", "places.xml", "organisations.xml"):
        shutil.copy(TEI / name, tmp_path / name)
    shutil.copytree(TEI / "exceptions", tmp_path / "exceptions")
    return tmp_path


@pytest.mark.parametrize("command", ["persons", "dates", "entities"])
def test_tag_with_another_path_is_a_usage_error_and_rewrites_nothing(cli, folder, command):
    target = folder / DOCUMENT
    before = target.read_bytes()
    result = cli(command, "--tag", target, folder)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"edition {command}: error: --tag takes one FILE and no other PATH" + (
        " or --authority" if command == "persons" else "")
    assert target.read_bytes() == before


def test_persons_tag_with_authority_is_a_usage_error(cli, folder):
    result = cli("persons", "--tag", folder / DOCUMENT, "--authority")
    assert result.exit_code == 2
    assert "--tag takes one FILE and no other PATH or --authority" in result.stderr


@pytest.mark.parametrize("command", ["persons", "dates", "entities"])
def test_tag_alone_tags_the_one_file(cli, folder, command):
    result = cli(command, "--tag", folder / DOCUMENT)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{folder / DOCUMENT}: tagged ")
