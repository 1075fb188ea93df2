"""Fixtures for the importer tests: import a fixture transcription through the real `edition import`.

A module, not a conftest.py: a second conftest would shadow tests/conftest.py for `from conftest import`.
"""

from pathlib import Path

import pytest

from edition.xmlsafe import parse_file

IMPORT_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def import_fixtures():
    return IMPORT_FIXTURES


@pytest.fixture
def imported(cli, tmp_path):
    """imported("notes", *options) -> (TEI root, stderr) of the fixture imported as tmp/fx.xml."""

    def run(name: str, *options: str):
        out = tmp_path / "fx.xml"
        result = cli("import", IMPORT_FIXTURES / f"{name}.txt", "-o", out, "--force", *options)
        assert result.exit_code == 0, result.stderr
        return parse_file(out).getroot(), result.stderr

    return run
