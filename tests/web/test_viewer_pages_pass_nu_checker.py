"""The Nu Html Checker (vnu-jar, from package.json) finds no error in any page of the viewer.

Runs on the static export (the same bytes the app serves) of the fixtures and of tei/;
tests/render/test_nu_checker.py checks the other HTML the edition makes, `edition build`'s pages.
Needs Java and `npm ci` at the repository top; skipped, saying so, without them.
"""

import subprocess

import pytest

from conftest import require_tool
from edition.web.static_export import export_static

from .conftest import REAL_TEI, ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.slow
@pytest.mark.parametrize("which", ["fixtures", "tei"])
def test_nu_checker_finds_no_error_in_any_viewer_page(fixture_tei, tmp_path, which, request):
    java = require_tool("java")
    if not VNU.exists():
        pytest.skip("node_modules/vnu-jar missing: run `npm ci` at the repository top")
    if which == "tei":
        request.getfixturevalue("tei_files")
    files = export_static(fixture_tei if which == "fixtures" else REAL_TEI, tmp_path / "site")
    pages = [str(tmp_path / "site" / f) for f in files if f.endswith(".html")]
    assert len(pages) > 5
    result = subprocess.run([java, "-Xss8m", "-jar", str(VNU), "--errors-only", *pages],
                            capture_output=True, text=True, timeout=500)
    assert result.returncode == 0, result.stderr[:4000]
