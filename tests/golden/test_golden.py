"""Golden outputs: the whole HTML fragment, reading text and diplomatic text of each of the five
documents (tests/golden/documents/<id>.html, .txt, .diplomatic.txt) and of the sample fixture,
compared byte for byte with files reviewed by eye, so any change in rendering shows up as a
unified diff to review. After reviewing an intended change, regenerate with

    EDITION_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden

(the test then rewrites the files and fails, listing them, so a run never passes by rewriting).
"""

import difflib
import os
import re
from pathlib import Path

import pytest

from conftest import DOCUMENTS, TEI
from edition.render import api

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parent / "render" / "fixtures" / "sample.xml"

# (golden file stem, TEI file): the fixture, which uses the whole encoding vocabulary, and the
# edition's five documents.
CASES = [(HERE / "sample-doc", FIXTURE)] + [
    (HERE / "documents" / stem, TEI / f"{stem}.xml") for stem in DOCUMENTS.values()]

RENDERINGS = {
    "html": lambda path: api.to_html(path),
    "txt": lambda path: api.to_text(path),
    "diplomatic.txt": lambda path: api.to_text(path, diplomatic=True),
}


def readable_diff(expected: str, actual: str, name: str) -> str:
    # HTML paragraphs are long lines: a line break before each start tag makes the diff point at
    # the changed name, date or reading.
    if name.endswith(".html"):
        expected, actual = (re.sub(r"<(?!/)", "\n<", s) for s in (expected, actual))
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                 f"golden {name}", "rendered now", n=2, lineterm="")
    return "\n".join(list(lines)[:120])


@pytest.mark.parametrize("kind", sorted(RENDERINGS))
@pytest.mark.parametrize("stem,path", CASES, ids=[stem.name for stem, _ in CASES])
def test_rendering_matches_the_reviewed_golden_file(stem, path, kind):
    golden = stem.with_name(f"{stem.name}.{kind}")
    out = RENDERINGS[kind](path)
    if os.environ.get("EDITION_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        if not golden.exists() or golden.read_text(encoding="utf-8") != out:
            golden.write_text(out, encoding="utf-8")
            pytest.fail(f"rewrote {golden.relative_to(HERE)}: review it (git diff) before committing")
    assert golden.exists(), f"no golden file {golden.name}: generate it (see this module's docstring) and review it"
    expected = golden.read_text(encoding="utf-8")
    if out != expected:
        pytest.fail(f"{golden.name} differs from the rendering: review the change, then regenerate\n"
                    + readable_diff(expected, out, golden.name), pytrace=False)
