"""The index of persons and a person page in Chromium at a phone's 390 px and a desktop's
1280 px: nothing scrolls sideways, and the order and document links lead where they say."""

import pytest

from ..conftest import REAL_TEI
from .conftest import assert_fits

DOC = "slavic-review-1967-forum"
PAGES = {"persons-index": "/persons/", "persons-by-frequency": "/persons/by-frequency/",
         "persons-in-document": f"/persons/in/{DOC}/by-frequency/", "person-page": "/persons/stalin/"}


@pytest.mark.parametrize("width", [390, 1280])
def test_person_pages_never_scroll_sideways(tab, real_site, width):
    assert_fits(tab, real_site, PAGES, width)


def test_sorting_and_filtering_by_clicking(tab, real_site):
    tab.goto(real_site + "/persons/")
    tab.get_by_role("link", name="by frequency").click()
    tab.wait_for_url("**/persons/by-frequency/")
    first = tab.locator("li.person-entry a.person-name").first.inner_text()
    assert first.startswith("Ezhov") or first.startswith("Stalin")
    title = tab.locator("nav.index-views .index-documents a").nth(1).inner_text()
    tab.locator("nav.index-views .index-documents a").nth(1).click()
    tab.wait_for_url("**/persons/in/*/by-frequency/")
    assert title in tab.locator("h1").inner_text()
    assert (REAL_TEI / "persons.xml").is_file()


def test_the_name_filter_finds_a_person_in_another_romanisation(tab, real_site):
    tab.goto(real_site + "/persons/")
    tab.fill("#person-filter", "Jeschow")
    shown = tab.locator("li.person-entry:not([hidden]) a.person-name").all_inner_texts()
    assert shown == ["Ezhov, Nikolai Ivanovich"]
    tab.fill("#person-filter", "Jagoda")
    assert tab.locator("li.person-entry:not([hidden]) a.person-name").all_inner_texts() == ["Iagoda, Genrikh Grigor'evich"]
