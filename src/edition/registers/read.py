"""places.xml and organisations.xml -> Register (entries.py), parsed through the safe gate.

places.xml: `listPlace` of `place xml:id type` (nested: a place lies in the place that holds
it), each with one `placeName type="preferred"`, other `placeName`s (`@type`, `@xml:lang`),
`location/geo` ("lat long", with `@source`), `note`; `@source` names the bibls the facts come
from. organisations.xml: `listOrg` of `org xml:id type from to source`, `orgName`s likewise,
`ptr type="predecessor|successor" target="#id"`, nested `org`s for parts (the Politburo of the
Central Committee). The shape is docs/encoding.md's ("Places and organisations").
"""

from pathlib import Path

from ..errors import InputError
from ..tei.namespaces import T, XML_ID
from ..tei.registers import ENTRY_TAGS, NAME_TAGS
from ..xmlsafe import XML_NS, parse_file
from .entries import Name, Organisation, Place, Register, Source

_LANG = f"{{{XML_NS}}}lang"


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _names(el, tag: str, path: Path) -> tuple[str, tuple[Name, ...]]:
    preferred, variants = None, []
    for n in el.findall(T + tag):
        if n.get("type") == "preferred" and preferred is None:
            preferred = _text(n)
        else:
            variants.append(Name(_text(n), n.get("type", "variant"), n.get(_LANG, "")))
    if not preferred:
        raise InputError(f"{path}:{el.sourceline}:1: error: {tag} type=\"preferred\" missing in {el.get(XML_ID)}")
    return preferred, tuple(variants)


def _ids(value: str | None) -> tuple[str, ...]:
    return tuple(p[1:] for p in (value or "").split() if p.startswith("#"))


def _parent_id(el) -> str | None:
    """The id of the entry `el` is nested in (a district in its city), if any."""
    up = el.getparent()
    return up.get(XML_ID) if up is not None and up.tag == el.tag else None


def _sources(root) -> dict[str, Source]:
    out = {}
    for bibl in root.iter(T + "bibl"):
        if bibl.get(XML_ID):
            ptr = bibl.find(T + "ptr")
            out[bibl.get(XML_ID)] = Source(bibl.get(XML_ID), _text(bibl), ptr.get("target", "") if ptr is not None else "")
    return out


def _geo(el) -> tuple[tuple[float, float] | None, str]:
    geo = el.find(f"{T}location/{T}geo")
    if geo is None:
        return None, ""
    lat, lon = (float(x) for x in _text(geo).split())
    return (lat, lon), ",".join(_ids(geo.get("source")))


def _place(el, path: Path) -> Place:
    name, variants = _names(el, NAME_TAGS["places"], path)
    geo, geo_source = _geo(el)
    return Place(el.get(XML_ID), name, el.get("type", ""), variants, _parent_id(el), geo, geo_source,
                 _text(el.find(T + "note")), _ids(el.get("source")), el.sourceline or 1)


def _org(el, path: Path) -> Organisation:
    name, variants = _names(el, NAME_TAGS["organisations"], path)
    ptrs = {kind: tuple(i for p in el.findall(T + "ptr") if p.get("type") == kind for i in _ids(p.get("target")))
            for kind in ("predecessor", "successor")}
    return Organisation(el.get(XML_ID), name, el.get("type", ""), variants, el.get("from", ""), el.get("to", ""),
                        ptrs["predecessor"], ptrs["successor"], _parent_id(el), _text(el.find(T + "note")),
                        _ids(el.get("source")), el.sourceline or 1)


def _load(path, tag: str, make) -> Register:
    path = Path(path)
    root = parse_file(path).getroot()
    register = Register(path, sources=_sources(root))
    for el in root.iter(T + tag):
        if not el.get(XML_ID):
            raise InputError(f"{path}:{el.sourceline}:1: error: {tag} without xml:id")
        register.entries[el.get(XML_ID)] = make(el, path)
    return register


def load_places(path) -> Register:
    return _load(path, ENTRY_TAGS["places"], _place)


def load_organisations(path) -> Register:
    return _load(path, ENTRY_TAGS["organisations"], _org)
