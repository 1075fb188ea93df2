"""A scratch edition folder: the real registers and exceptions lists next to chosen fixtures.

`persName/@ref="persons.xml#id"` resolves relative to the document, so a fixture is checked or
tagged from a folder that also holds persons.xml, exactly as in tei/.
"""

import shutil
from pathlib import Path

import pytest

from conftest import TEI
from edition.tei.registers import FILE_NAMES

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"


@pytest.fixture
def edition_dir(tmp_path):
    def make(*fixtures: str) -> Path:
        for register in FILE_NAMES:  # places and organisations tell the persons tools what is no person
            shutil.copy(TEI / register, tmp_path / register)
        shutil.copytree(TEI / "exceptions", tmp_path / "exceptions", dirs_exist_ok=True)
        for name in fixtures:
            shutil.copy(FIXTURES / name, tmp_path / name)
        return tmp_path

    return make
