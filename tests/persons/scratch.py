"""A scratch edition folder: the real personography and exceptions file next to chosen fixtures.

`persName/@ref="persons.xml#id"` resolves relative to the document, so a fixture is checked or
tagged from a folder that also holds persons.xml, exactly as in tei/.
"""

import shutil
from pathlib import Path

import pytest

from conftest import TEI

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"


@pytest.fixture
def edition_dir(tmp_path):
    def make(*fixtures: str) -> Path:
        shutil.copy(TEI / "persons.xml", tmp_path / "persons.xml")
        (tmp_path / "exceptions").mkdir(exist_ok=True)
        shutil.copy(TEI / "exceptions" / "persons.txt", tmp_path / "exceptions" / "persons.txt")
        for name in fixtures:
            shutil.copy(FIXTURES / name, tmp_path / name)
        return tmp_path

    return make
