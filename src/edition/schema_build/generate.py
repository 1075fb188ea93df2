"""Cut tei_all.rng down to the customisation read from edition.odd (pure: trees in, tree out).

Each kept element keeps tei_all's own content model, with references to elements the
customisation does not keep replaced by notAllowed and the pattern simplified as RELAX NG
itself simplifies (RELAX NG 4.20). Attributes are inlined per element from tei_all's
attribute classes, less those the ODD deletes from a class or from the element; an attribute
the elementSpec adds or changes is kept with tei_all's own datatype (so it must be one tei_all
allows there), or its closed value list. So every document edition.rng accepts is accepted by
tei_all (values must themselves be valid in tei_all: the tests check that with jing).
"""

from lxml import etree

from ..errors import EditionError
from .odd import Customisation
from .simplify import EMPTY, NA, RNG, rng, simplify, strip

ANN = "http://relaxng.org/ns/compatibility/annotations/1.0"
TEI = "http://www.tei-c.org/ns/1.0"
XSD = "http://www.w3.org/2001/XMLSchema-datatypes"
COMPOSITES = {"group", "choice", "oneOrMore", "zeroOrMore", "optional", "list"}


class CustomisationError(EditionError):
    """The customisation asks for something that would not be a subset of tei_all."""


def _local(node) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def _patterns(node):
    """Child patterns, without annotations and embedded Schematron."""
    return [c for c in node if isinstance(c.tag, str) and etree.QName(c).namespace == RNG]


class Builder:
    def __init__(self, tei_all: etree._Element, custom: Customisation):
        self.defines = {d.get("name"): d for d in tei_all.iterfind(f"{{{RNG}}}define")}
        self.element_of = {}  # element name -> define name
        for name, d in self.defines.items():
            kids = _patterns(d)
            if len(kids) == 1 and _local(kids[0]) == "element" and kids[0].get("name"):
                self.element_of.setdefault(kids[0].get("name"), name)
        self.custom = custom
        self.kept = custom.elements
        unknown = sorted(set(self.kept) - set(self.element_of))
        if unknown:
            raise CustomisationError(f"not TEI elements: {', '.join(unknown)}")
        self.kept_defines = {self.element_of[e]: e for e in self.kept}
        self.out: dict[str, etree._Element] = {}
        self.memo: dict[str, object] = {}

    # -- content models ------------------------------------------------------------------
    def pattern(self, node):
        tag = _local(node)
        if tag == "ref":
            return self._ref(node.get("name"))
        if tag in ("text", "empty", "notAllowed"):
            return {"empty": EMPTY, "notAllowed": NA}.get(tag) or rng(tag)
        if tag in ("data", "value"):
            return strip(node)
        if tag in ("attribute", "element"):  # attributes are inlined separately; anonymous elements unused
            return EMPTY if tag == "attribute" else NA
        if tag in COMPOSITES:
            return simplify(tag, [self.pattern(c) for c in _patterns(node)])
        raise CustomisationError(f"unexpected pattern <{tag}> in tei_all")

    def _ref(self, name: str):
        if name in self.kept_defines:
            return rng("ref", name=name)
        if name.startswith("att."):  # attribute classes: inlined per element by _attributes
            return EMPTY
        if name in self.element_of.values():  # an element the customisation drops
            return NA
        if name not in self.memo:
            self.memo[name] = NA  # guards a (never expected) cycle through non-element defines
            body = simplify("group", [self.pattern(c) for c in _patterns(self.defines[name])])
            if isinstance(body, str):
                self.memo[name] = body
            else:
                define = rng("define", name=name)
                define.append(body)
                self.out[name] = define
                self.memo[name] = "ref"
        return rng("ref", name=name) if self.memo[name] == "ref" else self.memo[name]

    # -- attributes ----------------------------------------------------------------------
    def _tei_attributes(self, node, optional=False, cls=None, found=None):
        """name -> (attribute pattern, optional?, attribute class or None) for everything tei_all
        allows on an element; tei_all names a class's attribute `att.CLASS.attribute.NAME`."""
        found = {} if found is None else found
        for child in _patterns(node):
            tag = _local(child)
            name = child.get("name", "")
            if tag == "ref" and name.startswith("att."):
                owner = name.split(".attribute.")[0] if ".attribute." in name else cls
                self._tei_attributes(self.defines[name], optional, owner, found)
            elif tag == "optional":
                self._tei_attributes(child, True, cls, found)
            elif tag == "attribute":
                found[name] = (child, optional, cls)
        return found

    def _attributes(self, element: str, tei_element) -> list:
        spec = self.kept[element]
        tei = self._tei_attributes(tei_element)
        missing = [a for a in spec.kept if a not in tei]
        if missing:
            raise CustomisationError(f"{element}: tei_all has no attribute {', '.join(missing)}")

        def kept(name, cls):
            if name in spec.kept:
                return True
            return name not in spec.deleted and name not in self.custom.class_deleted.get(cls, ())

        wanted = list(spec.kept) + [a for a, (_, _, cls) in tei.items() if a not in spec.kept and kept(a, cls)]
        required = [a for a, (_, opt, _) in tei.items() if not opt and a not in wanted]
        if required:
            raise CustomisationError(f"{element}: required attribute {', '.join(required)} must be kept")
        out = []
        for name in wanted:
            source, optional, cls = tei[name]
            closed = spec.kept.get(name) or self.custom.class_values.get((cls, name))
            attr = rng("attribute", name=name)
            if closed:
                choice = etree.SubElement(attr, f"{{{RNG}}}choice")
                for v in closed:
                    etree.SubElement(choice, f"{{{RNG}}}value").text = v
            else:
                for c in _patterns(source):
                    p = self.pattern(c)
                    if not isinstance(p, str):
                        attr.append(p)
            if optional:
                wrapper = rng("optional")
                wrapper.append(attr)
                attr = wrapper
            out.append(attr)
        return out

    # -- the grammar ---------------------------------------------------------------------
    def build(self) -> etree._Element:
        elements = {}
        for define_name, element in self.kept_defines.items():
            tei_element = _patterns(self.defines[define_name])[0]
            body = simplify("group", [self.pattern(c) for c in _patterns(tei_element)])
            if body == NA:
                raise CustomisationError(f"{element}: content needs an element the customisation drops")
            el = rng("element", name=element)
            doc = etree.SubElement(el, f"{{{ANN}}}documentation")
            doc.text = self.kept[element].doc
            if body != EMPTY:
                el.append(body)
            else:
                el.append(rng("empty"))
            el.extend(self._attributes(element, tei_element))
            elements[define_name] = el
        grammar = etree.Element(f"{{{RNG}}}grammar", nsmap={None: RNG, "a": ANN},
                                ns=TEI, datatypeLibrary=XSD)
        start = etree.SubElement(grammar, f"{{{RNG}}}start")
        etree.SubElement(start, f"{{{RNG}}}ref", name=self.element_of["TEI"])
        for name in sorted(set(self.out) | set(elements)):
            if name in elements:
                define = etree.SubElement(grammar, f"{{{RNG}}}define", name=name)
                define.append(elements[name])
            else:
                grammar.append(self.out[name])
        return grammar


def build_grammar(tei_all: etree._Element, custom: Customisation) -> etree._Element:
    return Builder(tei_all, custom).build()


def serialise(grammar: etree._Element) -> bytes:
    header = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
              b"<!-- Generated by `python -m edition.schema_build` from schema/edition.odd and\n"
              b"     TEI P5 tei_all.rng (CC BY 3.0 / BSD-2, (c) TEI Consortium). Do not edit by hand. -->\n")
    etree.indent(grammar, space="  ")
    return header + etree.tostring(grammar, encoding="UTF-8") + b"\n"
