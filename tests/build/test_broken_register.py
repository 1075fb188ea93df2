"""A broken register fails every page: `edition build` refuses it once, naming it, with exit 1,
and leaves the last build's files as they were."""

import shutil

import pytest

from conftest import TEI


@pytest.fixture
def edition(tmp_path):
    folder = tmp_path / "tei"
    shutil.copytree(TEI, folder)
    return folder


def files_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_entry_id_the_urls_reserve_fails_the_build_once_naming_the_register(edition, tmp_path, cli):
    out = tmp_path / "site"
    assert cli("build", edition, "--out", out).exit_code == 0
    before = files_of(out)
    persons = edition / "persons.xml"
    text = persons.read_text(encoding="utf-8")
    persons.write_text(text.replace('xml:id="ezhov"', 'xml:id="page"', 1), encoding="utf-8")
    line = text[:text.index('xml:id="ezhov"')].count("\n") + 1

    result = cli("build", edition, "--out", out)

    assert result.exit_code == 1
    errors = [m for m in result.stderr.splitlines() if ": error: " in m]
    assert errors == [errors[0]] and errors[0].startswith(f"{persons}:{line}:")
    assert errors[0].endswith("[id-reserved]") and "answered" not in result.stderr
    assert files_of(out) == before


def test_a_register_that_is_not_well_formed_fails_the_build_naming_it(edition, tmp_path, cli):
    places = edition / "places.xml"
    places.write_text(places.read_text(encoding="utf-8").replace("</listPlace>", "", 1), encoding="utf-8")

    result = cli("build", edition, "--out", tmp_path / "site")

    assert result.exit_code == 1
    errors = [m for m in result.stderr.splitlines() if ": error: " in m]
    assert len(errors) == 1 and errors[0].startswith(f"{places}:"), result.stderr
