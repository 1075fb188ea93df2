"""Golden outputs: the whole HTML fragment, reading text and diplomatic text of each document,
compared byte for byte with files reviewed by eye, so any change in rendering shows up as a
diff to review. After reviewing an intended change, regenerate with

    EDITION_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden
"""

import os
from pathlib import Path

import pytest

from conftest import TEI
from edition.render import api

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parent / "render" / "fixtures" / "sample.xml"

# (golden name, TEI file). The fixture uses the whole encoding vocabulary; the edition's own
# documents are added once their text is final.
DOCUMENTS = [("sample-doc", FIXTURE)]

RENDERINGS = {
    "html": lambda path: api.to_html(path),
    "txt": lambda path: api.to_text(path),
    "diplomatic.txt": lambda path: api.to_text(path, diplomatic=True),
}


@pytest.mark.parametrize("kind", sorted(RENDERINGS))
@pytest.mark.parametrize("name,path", DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_rendering_matches_the_reviewed_golden_file(name, path, kind):
    golden = HERE / f"{name}.{kind}"
    out = RENDERINGS[kind](path)
    if os.environ.get("EDITION_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: generate it (see this module's docstring) and review it"
    assert out == golden.read_text(encoding="utf-8"), f"{golden.name} differs: review the change, then regenerate"
