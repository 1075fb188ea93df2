"""What a RELAX NG grammar allows each named element, whatever the grammar's own layout: the
attributes it may carry (with their closed values) and the elements it may directly contain.

edition.rng inlines everything per element; the TEI Stylesheets' odd2relax keeps TEI's defines
(att.global.attributes, macro.paraContent, model.*). Following references to defines that are
not elements makes the two comparable.
"""

from dataclasses import dataclass, field

from lxml import etree

from edition.xmlsafe import parse_file

RNG = "http://relaxng.org/ns/structure/1.0"


@dataclass
class Allowed:
    attributes: dict[str, list[str]] = field(default_factory=dict)  # name -> sorted closed values ([] if none)
    children: set[str] = field(default_factory=set)  # element names, and "#text"


def outline(path) -> dict[str, Allowed]:
    root = parse_file(path).getroot()
    defines: dict[str, list] = {}
    for define in root.iter(f"{{{RNG}}}define"):
        defines.setdefault(define.get("name"), []).append(define)

    def element_named(name):
        return next((e.get("name") for d in defines.get(name, []) for e in d.iterfind(f"{{{RNG}}}element")), None)

    def walk(node, allowed: Allowed, seen: frozenset):
        for child in node:
            if not isinstance(child.tag, str) or etree.QName(child).namespace != RNG:
                continue
            tag = etree.QName(child).localname
            if tag == "element":
                allowed.children.add(child.get("name"))
            elif tag == "attribute":
                allowed.attributes[child.get("name")] = sorted(v.text or "" for v in child.iter(f"{{{RNG}}}value"))
            elif tag == "text":
                allowed.children.add("#text")
            elif tag == "ref":
                name = child.get("name")
                if element_named(name):
                    allowed.children.add(element_named(name))
                elif name not in seen:
                    for define in defines.get(name, []):
                        walk(define, allowed, seen | {name})
            else:
                walk(child, allowed, seen)

    found = {}
    for element in root.iter(f"{{{RNG}}}element"):
        if element.get("name"):
            walk(element, found.setdefault(element.get("name"), Allowed()), frozenset())
    return found
