"""axe-core (WCAG 2.1 A/AA rules) finds no violation on any page type, in real Chromium.

axe-core comes from npm (package.json devDependencies; `npm ci` installs it into
node_modules/). It is injected through the DevTools protocol, which the page's CSP does not
govern, so the pages keep their real policy while being checked.
"""

import json

import pytest

from ..conftest import ROOT
from .conftest import shot

pytestmark = pytest.mark.slow  # real Chromium

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = {
    "home": "/",
    "document": "/doc/fixture-alpha/",
    "document-diplomatic": "/doc/fixture-alpha/diplomatic/",
    "persons": "/persons/",
    "person": "/persons/stalin/",
    "places": "/places/",
    "place": "/places/moscow/",
    "organisation": "/organisations/nkvd/",
    "chronology": "/chronology/",
    "chronology-person": "/chronology/persons/stalin/",
    "about": "/about/",
    "schema": "/about/schema/",
    "search": "/search/",
    "search-results": "/search/?q=Stalin&person=stalin",
    "not-found": "/doc/no-such-document/",
}


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run `npm ci` in the repository (package.json)")
    return AXE.read_text(encoding="utf-8")


def violations(page, axe_source) -> list:
    page.evaluate(axe_source)
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                          nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    return result


@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations_on_each_page_type(tab, fixture_site, axe_source, name):
    response = tab.goto(fixture_site + PAGES[name])
    if name == "not-found":
        assert response.status == 404
        tab.errors.clear()  # the browser logs the 404 status itself
    found = violations(tab, axe_source)
    shot(tab, f"axe-{name}")
    assert not found, json.dumps(found, indent=1)


def test_no_axe_violations_with_a_note_popover_open(tab, fixture_site, axe_source):
    tab.goto(fixture_site + "/doc/fixture-alpha/")
    tab.focus("a.note-ref[data-note='fixture-alpha-n1']")
    tab.keyboard.press("Enter")
    tab.locator(".note-popover").wait_for()
    assert not violations(tab, axe_source)


@pytest.mark.parametrize("kind", ["document", "person"])
def test_no_axe_violations_on_the_real_edition(tab, real_site, axe_source, kind):
    from edition.web.corpus import load

    from ..conftest import REAL_TEI

    corpus = load(REAL_TEI)
    ids = list(corpus.documents) if kind == "document" else list(corpus.persons)[:3]
    for item in ids:
        tab.goto(f"{real_site}/doc/{item}/" if kind == "document" else f"{real_site}/persons/{item}/")
        found = violations(tab, axe_source)
        assert not found, (item, json.dumps(found, indent=1))
    tab.goto(f"{real_site}/persons/")
    assert not violations(tab, axe_source)


def test_the_axe_check_does_report_a_violation_when_there_is_one(tab, fixture_site, axe_source):
    tab.goto(fixture_site + "/")
    tab.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<a href=\"#x\"></a><input type=\"text\">')")
    ids = {v["id"] for v in violations(tab, axe_source)}
    assert {"link-name", "label"} <= ids
