"""What edition.rng allows, read back from the grammar: elements, their attributes and value lists.

Used to turn libxml2's terse RELAX NG errors into precise ones ("not one of: …") and to
write docs/schema.md, so both always say what the grammar itself says.
"""

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..xmlsafe import parse_file

RNG = "http://relaxng.org/ns/structure/1.0"
ANN = "http://relaxng.org/ns/compatibility/annotations/1.0"
R = {"r": RNG, "a": ANN}


@dataclass
class Attribute:
    name: str
    required: bool
    values: list[str] | None  # a closed list, or None for a datatype
    datatype: str


@dataclass
class Element:
    name: str
    doc: str
    attributes: dict[str, Attribute] = field(default_factory=dict)
    children: list[str] = field(default_factory=list)
    text: bool = False


def _datatype(attr) -> str:
    types = [d.get("type") for d in attr.iter(f"{{{RNG}}}data")]
    lists = attr.find(f".//{{{RNG}}}list") is not None
    names = sorted(set(types)) or ["text"]
    return ("list of " if lists else "") + " | ".join(names)


def _reachable(node, defines, memo) -> tuple[frozenset, bool]:
    """Element names a content pattern may contain directly, and whether it allows text.
    `memo` caches each non-element define (they never refer to themselves except through elements)."""
    names, text = set(), False
    for child in node.iter(f"{{{RNG}}}ref", f"{{{RNG}}}text"):
        if child.tag == f"{{{RNG}}}text":
            text = True
            continue
        name = child.get("name")
        element = defines[name].find(f"{{{RNG}}}element")
        if element is not None:
            names.add(element.get("name"))
            continue
        if name not in memo:
            memo[name] = (frozenset(), False)  # cut any cycle
            memo[name] = _reachable(defines[name], defines, memo)
        names |= memo[name][0]
        text = text or memo[name][1]
    return frozenset(names), text


def read_vocabulary(rng_path: Path) -> dict[str, Element]:
    root = parse_file(rng_path).getroot()
    defines = {d.get("name"): d for d in root.iterfind(f"{{{RNG}}}define")}
    elements, memo = {}, {}
    for define in defines.values():
        el = define.find(f"{{{RNG}}}element")
        if el is None:
            continue
        info = Element(el.get("name"), " ".join((el.findtext(f"{{{ANN}}}documentation") or "").split()))
        content = [c for c in el if c.tag != f"{{{ANN}}}documentation"
                   and c.tag not in (f"{{{RNG}}}attribute", f"{{{RNG}}}optional")
                   or (c.tag == f"{{{RNG}}}optional" and c.find(f"{{{RNG}}}attribute") is None)]
        wrapper = etree.Element(f"{{{RNG}}}group")
        for c in content:
            wrapper.append(etree.fromstring(etree.tostring(c)))
        names, info.text = _reachable(wrapper, defines, memo)
        info.children = sorted(names)
        for attr in el.xpath("r:attribute | r:optional/r:attribute", namespaces=R):
            values = attr.xpath("r:choice/r:value/text()", namespaces=R) or None
            info.attributes[attr.get("name")] = Attribute(
                attr.get("name"), attr.getparent() is el, values, "closed list" if values else _datatype(attr))
        elements[info.name] = info
    return dict(sorted(elements.items()))


@lru_cache(maxsize=4)
def vocabulary(rng_path: Path) -> dict[str, Element]:
    return read_vocabulary(rng_path)
