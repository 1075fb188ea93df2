"""Every edition file is valid against the official TEI P5 tei_all, so anyone can reuse it.

Reads ../shared/tei-p5/tei_all.rng (the project stays independent of it): skipped, saying why,
where that file is absent. jing validates in about a second per file; lxml would take ~17 s to
compile tei_all.
"""

import subprocess

import pytest

from conftest import DOCUMENTS, SHARED, TEI, require_tool
from edition.tei.registers import FILE_NAMES

TEI_ALL = SHARED / "tei-p5" / "tei_all.rng"
EDITION_FILES = sorted(f"{stem}.xml" for stem in DOCUMENTS.values()) + sorted(FILE_NAMES)


@pytest.fixture(scope="module")
def jing():
    if not TEI_ALL.exists():
        pytest.skip(f"official tei_all not available at {TEI_ALL} (../shared is not part of a clone)")
    return require_tool("jing")


@pytest.mark.parametrize("name", EDITION_FILES)
def test_edition_file_is_valid_against_official_tei_all(jing, name):
    proc = subprocess.run([jing, str(TEI_ALL), str(TEI / name)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[:3000]
