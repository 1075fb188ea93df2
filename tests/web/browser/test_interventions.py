"""Every editorial intervention opens its explanation by click, tap and keyboard, in real Chromium;
without scripts the explanation is text on the page."""

import pytest

from .conftest import shot

pytestmark = pytest.mark.slow  # real Chromium

DOC = "/doc/fixture-alpha/"
BUTTONS = "article .app-button"


def _ids(page) -> list[str]:
    """The intervention each "ed." button belongs to (the .app just before it, or inside the link before it)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('article .app[id]')).map(a => a.id)""")


def _button(page, app_id):
    return page.locator(f"#{app_id} ~ .app-button, a:has(#{app_id}) + .app-button").first


def test_every_intervention_has_one_button(tab, fixture_site):
    tab.goto(fixture_site + DOC)
    ids = _ids(tab)
    assert len(ids) == 4 and tab.locator(BUTTONS).count() == len(ids)  # correction, two markers, redaction
    assert not tab.locator("article .app-note").first.is_visible()  # the inline text gave way to the buttons


def test_each_intervention_opens_by_click_and_says_what_was_printed(tab, fixture_site):
    tab.goto(fixture_site + DOC)
    for app_id in _ids(tab):
        _button(tab, app_id).click()
        text = tab.locator(".note-popover").inner_text()
        assert "by the editors" in text or "redacted in the source" in text, (app_id, text)
        tab.keyboard.press("Escape")
        assert tab.locator(".note-popover").count() == 0
    _button(tab, "fixture-alpha-app1").click()
    assert "printed: “Kameney” → “Kamenev”, by the editors" in tab.locator(".note-popover").inner_text()
    shot(tab, "intervention-popover")


def test_each_intervention_opens_by_keyboard_and_gives_focus_back(tab, fixture_site):
    tab.goto(fixture_site + DOC)
    for app_id in _ids(tab):
        button = _button(tab, app_id)
        button.focus()
        tab.keyboard.press("Enter")
        assert tab.evaluate("document.activeElement.classList.contains('note-popover')"), app_id
        assert button.get_attribute("aria-expanded") == "true"
        tab.keyboard.press("Escape")
        assert tab.evaluate("document.activeElement.classList.contains('app-button')"), app_id


def test_each_intervention_opens_on_tap(browser, fixture_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(fixture_site + DOC)
    for app_id in _ids(page):
        _button(page, app_id).tap()
        assert page.locator(".note-popover").inner_text().strip(), app_id
        page.tap("h1")
        assert page.locator(".note-popover").count() == 0
    shot(page, "intervention-mobile")
    context.close()


def test_the_popover_shows_the_printed_form_in_place_and_back(tab, fixture_site):
    tab.goto(fixture_site + DOC)
    corr, sic = tab.locator("#fixture-alpha-app1 > .corr"), tab.locator("#fixture-alpha-app1 > .sic")
    tab.click("#fixture-alpha-app1")  # the marked words themselves open it too
    tab.click(".note-popover .popover-toggle")
    assert sic.is_visible() and not corr.is_visible()
    tab.click(".note-popover .popover-toggle")
    assert corr.is_visible() and not sic.is_visible()


def test_without_javascript_each_explanation_is_visible_text(browser, fixture_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(fixture_site + DOC)
    notes = page.locator("article .app-note")
    assert notes.count() == 4 and all(notes.nth(i).is_visible() for i in range(4))
    assert page.locator(BUTTONS).count() == 0
    context.close()
