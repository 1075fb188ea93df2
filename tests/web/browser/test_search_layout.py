"""The search page in Chromium at 390 px and 1280 px: no sideways scrolling, results by
relevance with only the hit marked and each passage's place."""

import pytest

from .conftest import shot, sideways


@pytest.mark.parametrize("width", [390, 1280])
def test_search_results_never_scroll_sideways(tab, real_site, width):
    tab.set_viewport_size({"width": width, "height": 900})
    for name, query in (("search-yezhovshchina", "Yezhovshchina"), ("search-jagoda", "Jagoda")):
        tab.goto(f"{real_site}/search/?q={query}")
        assert sideways(tab) <= 0, (query, width, sideways(tab))
        first = tab.locator("li.search-result").first
        assert first.locator("mark").count() >= 1
        assert first.locator(".search-page").inner_text().startswith("(")
        shot(tab, f"{name}-{width}")


def test_a_marked_hit_is_the_only_emphasised_text_of_a_snippet(tab, real_site):
    tab.goto(f"{real_site}/search/?q=Jagoda")
    snippet = tab.locator("li.search-result .search-snippet").first
    decorated = snippet.evaluate(
        "el => [...el.childNodes].filter(n => n.nodeType === 1 && n.tagName !== 'MARK').length")
    assert decorated == 0
    assert snippet.evaluate("el => getComputedStyle(el).textDecorationLine") == "none"
