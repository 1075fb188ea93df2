"""The Nu Html Checker (vnu-jar, from package.json) finds no errors in any built page.

Needs Java and `npm ci` (or `npm install`) at the repository top; skipped, saying so, without them.
"""

import subprocess

import pytest

from conftest import ROOT, TEI, require_tool

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.slow
def test_nu_checker_finds_no_errors_in_any_built_page(cli, tmp_path):
    java = require_tool("java")
    if not VNU.exists():
        pytest.skip("node_modules/vnu-jar missing: run `npm ci` at the repository top")
    assert cli("build", "--out", tmp_path, TEI).exit_code == 0
    pages = sorted(str(p) for p in tmp_path.glob("*.html"))
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", *pages], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
