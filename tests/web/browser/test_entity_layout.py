"""The indexes of places and organisations and their entry pages in Chromium at a phone's 390 px
and a desktop's 1280 px: nothing scrolls sideways, and a keyboard goes from the index to an
entry and from an occurrence to its highlighted place in the reading text."""

import pytest

from .conftest import assert_fits

PAGES = {"places-index": "/places/", "place-page": "/places/moscow/",
         "organisations-index": "/organisations/", "organisation-page": "/organisations/nkvd/"}


@pytest.mark.parametrize("width", [390, 1280])
def test_entity_pages_never_scroll_sideways(tab, real_site, width):
    assert_fits(tab, real_site, PAGES, width)


def test_the_keyboard_reaches_an_entry_and_its_place_in_the_text(tab, real_site):
    tab.goto(real_site + "/organisations/")
    for _ in range(80):  # header, letters, then the entries
        tab.keyboard.press("Tab")
        if tab.evaluate("() => document.activeElement.closest('li.entity-entry') !== null"):
            break
    name = tab.evaluate("() => document.activeElement.textContent")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/organisations/*/")
    assert tab.locator("h1").inner_text().startswith(name)
    tab.goto(real_site + "/organisations/nkvd/")
    tab.locator("a.kwic-line").first.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/doc/*/#*-org*")
    assert tab.evaluate("() => document.querySelector(':target').dataset.org") == "nkvd"
