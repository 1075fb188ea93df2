"""An installed wheel, away from the checkout, still finds its stylesheets and schemas."""

import shutil
import subprocess
import sys
import venv

import lxml.html
import pytest

from conftest import ROOT, TEI


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_runs_from_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("edition-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    edition = env_dir / "bin" / "edition"
    help_run = subprocess.run([str(edition), "--help"], cwd=outside, capture_output=True, text=True)
    assert help_run.returncode == 0, help_run.stderr
    run = subprocess.run([str(edition), "version"], cwd=outside, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    found = dict(line.split(": ", 1) for line in run.stdout.splitlines()[1:])
    for name in ("xslt", "schema"):
        assert "site-packages/edition/_data/" + name in found[name]
        assert not found[name].startswith(str(ROOT) + "/" + name)
    # The packaged schema validates, and the packaged docs reach the viewer's About page.
    shutil.copytree(TEI, outside / "tei")
    check = subprocess.run([str(edition), "validate", "tei"], cwd=outside, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    built = subprocess.run([str(edition), "build", "tei", "--static", "site"], cwd=outside,
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    about = lxml.html.parse(str(outside / "site" / "about" / "index.html")).getroot()
    assert about.get_element_by_id("enc-encoding-decisions").text_content() == "Encoding decisions"
