"""The viewer's one door to the XSLT (edition.render): fragments and texts, cached per file.

Document bodies are never built here: this only calls the render package and remembers its
output until the TEI file (or a register, which supplies names) changes.
"""

from .. import reads
from ..tei.registers import FILE_NAMES
from .state import edition


def _deps(doc):
    reads.note("text", doc.id)  # what the build's page is made from: the file itself
    # the registers give the names in the links' titles
    return (doc.path, *(edition().folder / name for name in sorted(FILE_NAMES)))


def article_html(doc, view: str, top: str) -> str:
    """The XSLT's <article> (ids on paragraphs, notes, mentions and interventions: see edition/anchors.py);
    `top` is the site's root relative to the page ("../../"), where the indexes are."""
    from .. import render

    def index(register: str) -> str:  # no register, no index to link to
        return top + f"{register}/" if (edition().folder / f"{register}.xml").is_file() else ""

    def build():
        return render.to_html(doc.path, view=view, persons_base=top + "persons/", places_base=index("places"),
                              organisations_base=index("organisations"),
                              persons_path=edition().persons_path() if edition().persons_path().is_file() else None)

    return edition().cache.get(("html", doc.id, view, top), build, deps=_deps(doc))


def plain_text(doc, view: str) -> str:
    from .. import render

    ed = edition()
    return ed.cache.get(("text", doc.id, view), lambda: render.to_text(doc.path, diplomatic=view == "diplomatic"),
                        deps=_deps(doc))
