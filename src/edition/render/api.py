"""Render TEI documents: HTML fragments and plain text.

These functions are the edition's one rendering path (viewer, static export, `edition build`,
tests). Input is read and checked by `edition.xmlsafe` (no DTDs, no entities, UTF-8) before
Saxon sees it; the personography is passed to the stylesheet as a parameter, so the XSLT never
opens files itself.
"""

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from .. import xmlsafe
from . import compiler
from ..tei.registers import REGISTERS
from .ids import annotated_text

VIEWS = ("reading", "diplomatic")
# A link prefix may be relative or http(s); anything with another scheme (javascript:, data:) is refused.
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")


def _checked(path: Path) -> xmlsafe.Checked:
    # the gate refuses DTDs, entities, bad UTF-8, malformed XML, shapes Saxon could not read,
    # and a well-formed file that is not TEI; the HTML ids are then written in (render/ids.py)
    checked = xmlsafe.read_checked(path)
    xmlsafe.require_tei(checked.tree, checked.name)
    return replace(checked, text=annotated_text(checked.text, checked.tree))


def _source(path: Path | str):
    """(path, the document parsed by Saxon): checked and parsed once per version of the file, so
    the page and the two texts of one document (and every page naming a person) share one parse."""
    path = Path(path)
    return path, compiler.parse_cached(path, lambda: _checked(path))


def _register(path: Path | str | None):
    """A parsed register (the personography, places, organisations), read and checked again only when
    the file changes."""
    if path is None:
        return None
    return _source(path)[1]


def _check_link_prefix(value: str, name: str) -> str:
    match = _SCHEME.match(value)
    if match and match.group(1).lower() not in ("http", "https"):
        raise ValueError(f"{name} must be a relative or http(s) URL, not {value!r}")
    return value


def to_html(
    tei_path: Path | str,
    *,
    view: str = "reading",
    persons_base: str = "../../persons/",
    persons_suffix: str = "/",
    places_base: str = "../../places/",
    organisations_base: str = "../../organisations/",
    persons_path: Path | str | None = None,
) -> str:
    """One document as an HTML <article> fragment.

    Person links are persons_base + id + persons_suffix; place and organisation links likewise
    from places_base and organisations_base ("": names marked, not linked). The personography defaults to
    persons.xml next to the document, and the registers of places and organisations are the ones
    next to it (used for names in link titles; absent: not looked up).
    """
    if view not in VIEWS:
        raise ValueError(f"view must be one of {VIEWS}, not {view!r}")
    path, node = _source(tei_path)
    if persons_path is None and (path.parent / "persons.xml").is_file():
        persons_path = path.parent / "persons.xml"
    params = {
        "view": view,
        "persons-base": _check_link_prefix(persons_base, "persons_base"),
        "persons-suffix": _check_link_prefix(persons_suffix, "persons_suffix"),
        "places-base": _check_link_prefix(places_base, "places_base"),
        "organisations-base": _check_link_prefix(organisations_base, "organisations_base"),
        "personography": _register(persons_path),
        **{register: _register(path.parent / name) for register, name in REGISTERS.items()
           if register != "persons" and (path.parent / name).is_file()},
    }
    return compiler.run("html.xsl", node, params, str(path))


def to_text(tei_path: Path | str, *, diplomatic: bool = False) -> str:
    """One document as plain text (UTF-8, NFC, wrapped at 78 columns).

    The reading text has corrected readings and no page furniture; the diplomatic text keeps
    the source's readings, running heads and classification lines (every word of the source).
    """
    path, node = _source(tei_path)
    out = compiler.run("text.xsl", node, {"diplomatic": diplomatic}, str(path))
    return unicodedata.normalize("NFC", out.rstrip("\n") + "\n")
