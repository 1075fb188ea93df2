"""Real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the viewer
served by waitress on 127.0.0.1. Never `playwright install`: the browser is the system's
(the `browser` fixture is tests/conftest.py's, shared with the hostile-content tests)."""

import pytest

from edition.web import create_app

from ..conftest import ARTIFACTS, FIXTURE_TEI, REAL_TEI
from ..servers import app_server


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


def sideways(page) -> int:
    """How far the page scrolls sideways (0: it fits the viewport's width)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def assert_fits(tab, base: str, pages: dict, width: int):
    """Each page at `width` px: nothing scrolls sideways; a screenshot of each, named after it."""
    tab.set_viewport_size({"width": width, "height": 900})
    for name, path in pages.items():
        tab.goto(base + path)
        assert sideways(tab) <= 0, (path, width, sideways(tab))
        shot(tab, f"{name}-{width}")
