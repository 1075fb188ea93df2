"""The viewer renders from several request threads: one shared Saxon processor and compiled
stylesheets must give each call the output of its own parameters."""

from concurrent.futures import ThreadPoolExecutor

from edition.render import api

from .conftest import FIXTURES

SAMPLE = FIXTURES / "sample.xml"


def test_renders_from_many_threads_match_single_threaded_renders():
    calls = [("reading", False), ("diplomatic", True)] * 8
    expected = {view: (api.to_html(SAMPLE, view=view), api.to_text(SAMPLE, diplomatic=d)) for view, d in calls[:2]}
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda c: (c[0], api.to_html(SAMPLE, view=c[0]), api.to_text(SAMPLE, diplomatic=c[1])), calls))
    assert all((html, text) == expected[view] for view, html, text in results)
