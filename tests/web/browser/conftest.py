"""Real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the viewer
served by waitress on 127.0.0.1. Never `playwright install`: the browser is the system's."""

import os
import shutil

import pytest

from edition.web import create_app

from ..conftest import ARTIFACTS, FIXTURE_TEI, REAL_TEI
from ..servers import app_server

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]


def require_tool(name: str) -> str:
    """As tests/conftest.py's: skip without the program, but fail in CI, where it must be there."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed: .ci/system-packages should have installed it")
    pytest.skip(f"{name} is not installed (make test installs it when run as root)")


@pytest.fixture(scope="session")
def browser():
    path = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def fixture_site():
    with app_server(create_app({"TEI_DIR": str(FIXTURE_TEI)})) as base:
        yield base


@pytest.fixture(scope="session")
def real_site(tei_files):
    with app_server(create_app({"TEI_DIR": str(REAL_TEI)})) as base:
        yield base


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.errors = errors  # a test expecting an error (the 404 page) clears it
    yield page
    context.close()
    assert not errors, f"errors in the page: {errors}"  # includes CSP violations


def shot(page, name: str):
    """Keep a screenshot as a test artefact (tests/artifacts/, gitignored) to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
