"""In Chromium, "Cite this" gives the base URL the edition was built with (plus a targeted
paragraph), wherever the copy is read from; without one, the relative address and its note."""

import shutil

from edition.web.static_export import export_static

from ..conftest import FIXTURE_TEI
from ..servers import static_server
from .conftest import shot

BASE = "https://example.org/purges/"


def test_the_static_site_cites_its_base_url_not_the_address_it_is_read_at(tab, tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(FIXTURE_TEI, tei)
    export_static(tei, tmp_path / "site", base_url=BASE)
    with static_server(tmp_path / "site") as local:
        tab.goto(f"{local}/doc/fixture-alpha/#p2")
        assert tab.inner_text(".cite .cite-url") == BASE + "doc/fixture-alpha/#p2"
        assert tab.locator(".cite-note").count() == 0
        assert tab.locator("link[rel=canonical]").get_attribute("href") == BASE + "doc/fixture-alpha/"
        tab.goto(f"{local}/about/")
        assert tab.inner_text(".cite-url") == BASE


def test_the_served_edition_without_a_base_url_shows_the_relative_address_and_the_note(tab, fixture_site):
    tab.goto(f"{fixture_site}/doc/fixture-alpha/#p1")
    assert tab.inner_text(".cite .cite-url") == "doc/fixture-alpha/#p1"
    note = tab.locator(".cite .cite-note")
    assert note.is_visible() and "--base-url" in note.inner_text()
    tab.locator(".cite").scroll_into_view_if_needed()
    shot(tab, "cite-without-base-url")
