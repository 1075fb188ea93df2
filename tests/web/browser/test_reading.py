"""A reader's path in real Chromium: note popover by keyboard, diplomatic toggle, person and back."""

import pytest

from .conftest import shot

pytestmark = pytest.mark.slow  # real Chromium


def _focus(page, selector):
    """Tab until the element matching `selector` has focus (keyboard reach, no mouse)."""
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("(sel) => document.activeElement && document.activeElement.matches(sel)", selector):
            return
    raise AssertionError(f"{selector} not reachable with Tab")


def test_note_popover_opens_with_enter_and_closes_with_escape(tab, fixture_site):
    tab.goto(f"{fixture_site}/doc/fixture-alpha/")
    _focus(tab, "a.note-ref[data-note='fixture-alpha-n1']")
    tab.keyboard.press("Enter")
    popover = tab.locator(".note-popover")
    popover.wait_for(state="visible")
    assert "See Ezhov's report." in popover.inner_text()
    assert tab.evaluate("document.activeElement.classList.contains('note-popover')")
    assert tab.get_attribute("a.note-ref[data-note='fixture-alpha-n1']", "aria-expanded") == "true"
    shot(tab, "document-note-popover")
    tab.keyboard.press("Escape")
    assert popover.count() == 0
    assert tab.evaluate("document.activeElement.getAttribute('data-note')") == "fixture-alpha-n1"
    assert tab.url.endswith("/doc/fixture-alpha/")  # the popover replaced the jump to the notes list


def test_note_popover_opens_on_tap(browser, fixture_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{fixture_site}/doc/fixture-alpha/")
    page.tap("a.note-ref[data-note='fixture-alpha-n2']")
    assert "garbled" in page.locator(".note-popover").inner_text()
    shot(page, "document-mobile-popover")
    page.tap("h1")
    assert page.locator(".note-popover").count() == 0
    context.close()


def test_diplomatic_toggle_shows_the_printed_reading_in_place(tab, fixture_site):
    tab.goto(f"{fixture_site}/doc/fixture-alpha/")
    corr, sic = tab.locator("#p1 .choice .corr"), tab.locator("#p1 .choice .sic")
    assert corr.is_visible() and not sic.is_visible()
    _focus(tab, ".view-switch a[data-view='diplomatic']")
    tab.keyboard.press("Enter")
    assert sic.is_visible() and not corr.is_visible()
    assert tab.url.endswith("/doc/fixture-alpha/")  # switched in place, relative links still resolve
    assert tab.get_attribute(".view-switch a[data-view='diplomatic']", "aria-current") == "page"
    assert tab.locator(".fw").first.is_visible()  # running heads belong to the diplomatic view
    shot(tab, "document-diplomatic")
    tab.click(".view-switch a[data-view='reading']")
    assert corr.is_visible() and not sic.is_visible()


def test_person_link_leads_to_the_person_and_back_to_the_highlighted_mention(tab, fixture_site):
    tab.goto(f"{fixture_site}/doc/fixture-alpha/")
    tab.click("#p1 a.person[data-person='ezhov']")
    tab.wait_for_url("**/persons/ezhov/")
    assert tab.inner_text("h1").startswith("Nikolai Ivanovich Ezhov")
    shot(tab, "person-page")
    tab.locator("ol.kwic a").nth(1).click()  # the mention in note 1
    tab.wait_for_url("**/doc/fixture-alpha/#fixture-alpha-pn3")
    target = tab.locator("#fixture-alpha-pn3")
    assert target.evaluate("el => el.matches(':target') && el.classList.contains('arrived')")
    assert target.is_visible() and target.evaluate(
        "el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(tab, "document-arrival-highlight")


def test_persons_filter_narrows_the_list_as_you_type(tab, fixture_site):
    tab.goto(f"{fixture_site}/persons/")
    assert tab.locator("#person-filter").is_visible()
    tab.fill("#person-filter", "yezh")  # an English form, not the preferred one
    visible = tab.locator(".person-entry:visible .person-name").all_inner_texts()
    assert visible == ["Ezhov, Nikolai Ivanovich"]
    assert tab.inner_text("#filter-status") == "1 of 5 persons shown"
    shot(tab, "persons-filtered")


def test_without_javascript_the_index_is_the_plain_list_and_notes_are_links(browser, fixture_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{fixture_site}/persons/")
    assert not page.locator("#person-filter").is_visible()
    assert page.locator(".person-entry").count() == 5
    page.goto(f"{fixture_site}/doc/fixture-alpha/")
    page.click("a.note-ref[data-note='fixture-alpha-n1']")
    assert page.url.endswith("#fixture-alpha-n1")
    shot(page, "document-no-js")
    context.close()


def test_print_shows_the_text_without_navigation_or_controls(tab, fixture_site):
    tab.goto(f"{fixture_site}/doc/fixture-alpha/")
    tab.emulate_media(media="print")
    assert not tab.locator("nav[aria-label='Site']").is_visible()
    assert not tab.locator(".view-switch").is_visible()
    assert tab.locator("article.tei-document").is_visible() and tab.locator(".notes").is_visible()
    shot(tab, "document-print")


SHOWN = """() => Array.from(document.querySelectorAll('article .sic, article .corr, article .supplied, article .fw'))
                    .map(e => [e.className, e.getClientRects().length > 0])"""


def test_the_toggle_shows_exactly_what_the_server_renders_for_the_other_view(tab, fixture_site):
    for start, other in (("/doc/fixture-alpha/", "diplomatic"), ("/doc/fixture-alpha/diplomatic/", "reading")):
        tab.goto(fixture_site + start)
        tab.click(f".view-switch a[data-view='{other}']")
        toggled = tab.evaluate(SHOWN)
        tab.goto(fixture_site + ("/doc/fixture-alpha/diplomatic/" if other == "diplomatic" else "/doc/fixture-alpha/"))
        served = tab.evaluate(SHOWN)
        assert toggled == served, other


def test_the_reader_path_on_the_real_edition(tab, real_site):
    """A note by keyboard, then a person named in the text, and back to that very mention."""
    from edition.web.corpus import load

    from ..conftest import REAL_TEI

    corpus = load(REAL_TEI)
    doc_id = next((d for d in corpus.documents if corpus.by_document[d]), None)
    assert doc_id, "no document of tei/ names a person yet"
    tab.goto(f"{real_site}/doc/{doc_id}/")
    if tab.locator("a.note-ref[data-note]").count():
        tab.focus("a.note-ref[data-note]")
        tab.keyboard.press("Enter")
        assert tab.locator(".note-popover").inner_text().strip()
        tab.keyboard.press("Escape")
    link = tab.locator(".text a.person[id]").first
    anchor, person = link.get_attribute("id"), link.get_attribute("data-person")
    link.click()
    tab.wait_for_url(f"**/persons/{person}/")
    tab.locator(f"ol.kwic a[href$='#{anchor}']").click()
    tab.wait_for_url(f"**/doc/{doc_id}/#{anchor}")
    assert tab.locator(f"#{anchor}").evaluate("el => el.matches(':target') && el.classList.contains('arrived')")
    shot(tab, "real-arrival")


def test_cite_this_gives_the_paragraph_address_when_a_paragraph_is_targeted(tab, fixture_site):
    tab.goto(f"{fixture_site}/doc/fixture-alpha/#p2")  # no base URL: relative to the edition's home
    assert tab.inner_text(".cite .cite-url") == "doc/fixture-alpha/#p2"
    tab.goto(f"{fixture_site}/doc/fixture-alpha/#fixture-alpha-pn1")
    assert tab.inner_text(".cite .cite-url") == "doc/fixture-alpha/"
