"""Shared fixtures: the repository's paths, the real corpus, a runner for the CLI, and headless Chromium."""

import io
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from edition.cli import main

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
TEI = ROOT / "tei"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"

# Debian's Chromium in a container: no sandbox, no GPU, nothing fetched behind the tests' back.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

# The five documents: source transcription -> TEI file stem.
DOCUMENTS = {
    "000_1f0d5a27ce904b67.txt": "slavic-review-1967-forum",
    "001_042cdcd5586f0d86.txt": "jansen-petrov-2002-ch2",
    "002_44ee98c8402bf00f.txt": "cia-1957-khrushchev-purge",
    "003_64f66db7b9d3cfaf.txt": "jansen-petrov-2002-ch5",
    "004_9013475c3f50f214.txt": "papadatos-comintern-slides",
}


def require_tool(name: str) -> str:
    """Path of an external program a test drives; skip without it, but fail in CI where it must be."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed: .ci/system-packages should have installed it")
    pytest.skip(f"{name} is not installed (make test installs it when run as root)")


def require_shared(path: Path) -> Path:
    """A file of ../shared (the official TEI files, beside the clone, in no package registry):
    skip without it, even in CI, since a clone must pass on its own (another project's CI
    sets CI=true too and has no ../shared)."""
    if path.exists():
        return path
    pytest.skip(f"{path} is absent (../shared, the official TEI files, is not part of a clone)")


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli():
    """Run `edition ARGS...` in-process and capture its exit code and output."""

    def run(*args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in args])
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture(scope="session")
def browser():
    """The system's Chromium (/usr/bin/chromium) driven by Playwright; never `playwright install`."""
    path = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def tei_files():
    """The five edition files (skipping documents not yet encoded would hide regressions: fail)."""
    paths = [TEI / f"{stem}.xml" for stem in DOCUMENTS.values()]
    missing = [p.name for p in paths if not p.exists()]
    assert not missing, f"edition files missing: {missing}"
    return paths
