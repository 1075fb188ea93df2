"""DIR/index.html: a plain list of the built documents."""

from html import escape


def index_page(entries: list[tuple[str, str]]) -> str:
    """The page for (id, title) entries, every value escaped."""
    items = "".join(
        f'<li><a href="{escape(i)}.html">{escape(t)}</a> (<a href="{escape(i)}.txt">text</a>, '
        f'<a href="{escape(i)}.diplomatic.txt">diplomatic text</a>)</li>' for i, t in entries)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>The edition</title>'
            '<link rel="stylesheet" href="edition.css"></head><body><main><h1>The edition</h1>'
            f'<ul>{items}</ul><p><a href="persons.html">Index of persons</a></p></main></body></html>\n')
