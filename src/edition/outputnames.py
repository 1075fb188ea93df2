"""The files a document's id becomes, and the ids that would make two outputs one file.

`edition build` writes a document's pages and texts under doc/ (`doc/<id>/index.html`,
`doc/<id>.txt`, `doc/<id>.diplomatic.txt`, as the viewer serves them), beside the site's own
pages (index.html, persons/). So "a.diplomatic" (its text is a.diplomatic.txt) would overwrite
the diplomatic text of "a", and "index" and "persons" are kept for the site's own pages: given
that each id is its file's name (rule tei-id-file), `validate` reports such an id (rule
`id-clash`) and `build` refuses the document, naming it, rather than overwrite anything.
"""

from pathlib import Path

from lxml import etree

BUILD_PAGES = ("index", "persons")  # the site's own pages
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def clash(doc_id: str) -> str | None:
    """Why this document id would make one of its files another output's, or None."""
    if doc_id in BUILD_PAGES:
        return f'xml:id "{doc_id}" would write {doc_id}.html, a page the build writes itself; choose another id'
    if doc_id.endswith(".diplomatic"):
        base = doc_id.removesuffix(".diplomatic")
        return (f'xml:id "{doc_id}" would write {doc_id}.txt, the diplomatic text of a document "{base}"; '
                "choose another id")
    return None


def clash_at(tree: etree._ElementTree, name: str) -> tuple[int, str] | None:
    """(line, why) for a TEI document whose root id clashes, or None (a register, such as the
    personography whose id is "persons", is not a document: no page is built under its id)."""
    from .tei.registers import is_register

    if is_register(name):
        return None
    root = tree.getroot()
    why = clash(root.get(_XML_ID) or "")
    return (root.sourceline or 1, why) if why else None


def refuse_clash(doc_id: str, path) -> None:
    """For the build: refuse a document whose outputs would be another file's (an InputError
    naming it), before anything is written."""
    from .errors import InputError

    stem = Path(path).stem
    if doc_id != stem:  # ids are file names (tei-id-file); two files could otherwise write one page
        raise InputError(f'{path}:1:1: error: xml:id "{doc_id}" is not the file\'s name ("{stem}"): '
                         f"not built, as it would write {doc_id}.html [tei-id-file]")
    why = clash(doc_id)
    if why:
        raise InputError(f"{path}:1:1: error: {why}: not built [id-clash]")
