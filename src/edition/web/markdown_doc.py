"""A Markdown file of docs/ as an HTML fragment, cached until the file changes.

The About page shows docs/encoding.md and /about/schema/ docs/schema.md: rendered from the very
files the project documents itself with, so page and documentation never disagree. Markdown
escapes nothing on its own, but these are the project's files, never the edition's data.
SmartyPants typesets their quotes and dashes as the rest of the interface is typeset.
"""

from pathlib import Path

from .state import edition


def markdown_html(path: Path, id_prefix: str, *, baselevel: int = 1, drop_title: bool = False) -> str:
    """`path` rendered (tables, fenced code, heading ids `{id_prefix}slug`); with `drop_title`
    without its first line, the `# Title` the page's own h1 replaces."""

    def build():
        import markdown
        from markdown.extensions.toc import slugify

        text = path.read_text(encoding="utf-8")
        if drop_title:
            text = text.split("\n", 1)[1] if text.startswith("# ") else text
        return markdown.markdown(text, extensions=["tables", "fenced_code", "toc", "smarty"], extension_configs={
            "toc": {"baselevel": baselevel, "slugify": lambda value, sep: id_prefix + slugify(value, sep)}})

    return edition().cache.get(("markdown", str(path), id_prefix), build, deps=[path])
