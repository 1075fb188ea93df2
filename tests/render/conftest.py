"""XSpec-style helpers: a TEI snippet in, the rendered HTML (parsed) or text out.

A snippet is the content of <body> (or, with `header=`, extra titleStmt/sourceDesc content);
it is wrapped in a minimal TEI document written next to a copy of the fixture personography,
and rendered through edition.render, the path every caller uses.
"""

import shutil
from pathlib import Path

import lxml.html
import pytest

from edition.render import api

FIXTURES = Path(__file__).resolve().parent / "fixtures"

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="snip" xml:lang="en">
  <teiHeader><fileDesc>
    <titleStmt><title>Snippet</title>{authors}</titleStmt>
    <publicationStmt><publisher>edition project</publisher></publicationStmt>
    <sourceDesc>{source}</sourceDesc>
  </fileDesc></teiHeader>
  <text><body>{body}</body></text>
</TEI>
"""


@pytest.fixture
def snippet(tmp_path):
    """Write a snippet as a TEI file (persons.xml beside it) and return its path."""
    shutil.copyfile(FIXTURES / "persons.xml", tmp_path / "persons.xml")

    def write(body: str, *, authors: str = "", source: str = "<p>none</p>") -> Path:
        path = tmp_path / "snip.xml"
        path.write_text(TEMPLATE.format(body=body, authors=authors, source=source), encoding="utf-8")
        return path

    return write


@pytest.fixture
def html(snippet):
    """Render a snippet to HTML and return the parsed <article>."""

    def render(body: str, *, view: str = "reading", **header) -> lxml.html.HtmlElement:
        out = api.to_html(snippet(body, **header), view=view, persons_base="../persons/")
        return lxml.html.fragment_fromstring(out)

    return render


@pytest.fixture
def text(snippet):
    """Render a snippet to plain text (reading or diplomatic)."""

    def render(body: str, *, diplomatic: bool = False, **header) -> str:
        return api.to_text(snippet(body, **header), diplomatic=diplomatic)

    return render


def body_text(rendered: str) -> str:
    """The text after the title block (which ends with a line of '=')."""
    return rendered.split("=" * 78 + "\n\n", 1)[1]
