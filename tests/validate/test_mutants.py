"""Each mutant of a valid edition is reported with the right rule id, file and line."""

import json

import pytest
from validate_mutants import FIXTURE_MUTANTS, REAL_MUTATIONS, apply_real, copy_fixture

from conftest import DOCUMENTS, TEI


def findings(cli, *paths):
    result = cli("validate", *paths, "--format", "json")
    assert result.stderr == ""
    return result.exit_code, json.loads(result.stdout)["findings"]


def test_the_unmutated_fixture_edition_is_valid(cli, tmp_path):
    code, found = findings(cli, copy_fixture(tmp_path / "edition"))
    assert (code, found) == (0, [])


def test_there_are_at_least_forty_mutants():
    assert len(FIXTURE_MUTANTS) >= 40
    assert len({m.name for m in FIXTURE_MUTANTS}) == len(FIXTURE_MUTANTS)


@pytest.mark.parametrize("mutant", FIXTURE_MUTANTS, ids=lambda m: m.name)
def test_mutant_is_reported_with_its_rule_and_line(cli, tmp_path, mutant):
    folder = copy_fixture(tmp_path / "edition")
    line = mutant.apply(folder)
    code, found = findings(cli, folder)
    where = str(folder / (mutant.report_in or mutant.file))
    hits = [f for f in found if f["rule"] == mutant.rule and f["path"] == where]
    assert hits, f"no [{mutant.rule}] in {where}; got {[(f['rule'], f['line']) for f in found]}"
    assert line in [f["line"] for f in hits]
    assert all(f["severity"] == mutant.severity for f in hits)
    assert code == (1 if mutant.severity == "error" else 0)


REAL = [TEI / f"{stem}.xml" for stem in DOCUMENTS.values()]


@pytest.mark.parametrize("name,pattern,replacement,rule", REAL_MUTATIONS, ids=[m[0] for m in REAL_MUTATIONS])
@pytest.mark.parametrize("document", REAL, ids=[p.stem for p in REAL])
def test_mutant_of_a_real_edition_file_is_reported(cli, tmp_path, document, name, pattern, replacement, rule):
    if not (document.exists() and (TEI / "persons.xml").exists()):
        pytest.skip("the edition files are not there yet")
    mutated = apply_real(document.read_text(encoding="utf-8"), pattern, replacement)
    if mutated is None:
        pytest.skip(f"{document.name} has nothing this mutation applies to")
    text, line = mutated
    folder = tmp_path / "tei"
    folder.mkdir()
    for source in TEI.glob("*.xml"):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / document.name).write_text(text, encoding="utf-8")
    _, found = findings(cli, folder)
    assert any(f["rule"] == rule and f["line"] == line and f["path"].endswith(document.name) for f in found), \
        f"no [{rule}] at line {line}: {[(f['rule'], f['line']) for f in found if f['path'].endswith(document.name)][:20]}"
