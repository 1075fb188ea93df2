"""The chronology in Chromium at a phone's 390 px and a desktop's 1280 px: the axes scale to the
column (nothing scrolls sideways), a keyboard reaches the list of filters, a filter and the
passages, and axe-core finds nothing on the real chronology, its filters and indexes."""

import pytest

from .conftest import assert_fits, shot
from .test_accessibility import axe_source, violations  # noqa: F401 (a fixture)

PAGES = {"chronology": "/chronology/", "chronology-document": "/chronology/in/cia-1957-khrushchev-purge/",
         "chronology-person": "/chronology/persons/ezhov/", "chronology-year": "/chronology/year/1937/",
         "chronology-filters": "/chronology/filters/", "chronology-page": "/chronology/page/2/"}


@pytest.mark.parametrize("width", [390, 1280])
def test_chronology_pages_never_scroll_sideways(tab, real_site, width):
    assert_fits(tab, real_site, PAGES, width)
    svg = tab.locator("figure.timeline-overview svg").bounding_box()  # the axis scales to the column
    assert svg["x"] >= 0 and svg["x"] + svg["width"] <= width
    tab.goto(real_site + "/chronology/year/1937/")
    shot(tab, f"chronology-1937-{width}")


def focus_link(tab, part: str) -> str:
    """Tab until a link whose address holds `part` has the focus; its address."""
    for _ in range(60):
        tab.keyboard.press("Tab")
        href = tab.evaluate("() => document.activeElement.href || ''")
        if part in href:
            return href
    raise AssertionError(f"no link to {part} reached by the keyboard")


def test_the_keyboard_reaches_a_person_filter_and_a_passage(tab, real_site):
    tab.goto(real_site + "/chronology/")
    focus_link(tab, "/chronology/filters/")  # past the header and the documents, to the list of filters
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/chronology/filters/")
    shot(tab, "chronology-filters")
    focus_link(tab, "/chronology/persons/")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/chronology/persons/*/")
    tab.locator("li.dated a.kwic-line").first.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/doc/*/#*-dt*")
    target = tab.evaluate("() => document.querySelector(':target').tagName")
    assert target == "TIME"


@pytest.mark.parametrize("path", ["/chronology/", "/chronology/places/moscow/", "/chronology/year/1937/",
                                  "/chronology/filters/",
                                  "/places/", "/organisations/nkvd/"])
def test_the_real_chronology_and_indexes_are_axe_clean(tab, real_site, axe_source, path):
    tab.goto(real_site + path)
    assert not violations(tab, axe_source), path
