"""Read schema/edition.odd into what the generator needs (pure: a tree in, plain data out).

Only the part of ODD the edition uses is understood, and anything else is refused, so that
edition.rng can never quietly differ from what the TEI Stylesheets compile from the same file:
- `moduleRef` with `@include` (the elements kept; `@except` needs the module lists of p5subset);
- `classSpec type="atts" mode="change"` whose `attDef`s are deleted, or changed to a closed list;
- `elementSpec mode="change"` with a `desc` (the element's documentation), an `attList` whose
  `attDef`s are deleted, or added/changed (the attribute is kept, with its closed `valList`),
  `exemplum`s whose `egXML` quotes, as it is, an element of the file named in `@source`, and
  `remarks` (paragraphs on the edition's use of the element).
"""

import copy
import re
from dataclasses import dataclass, field

from lxml import etree

from ..errors import EditionError

TEI = "http://www.tei-c.org/ns/1.0"
TEIX = "http://www.tei-c.org/ns/Examples"
T = {"t": TEI, "x": TEIX}
SPEC_PARTS = {"desc", "attList", "exemplum", "remarks"}
INLINE = {"gi": "`{}`", "att": "`@{}`", "code": "`{}`", "val": "`{}`", "ident": "`{}`"}


class OddError(EditionError):
    """The ODD uses a construct the edition's generator does not implement."""


@dataclass
class ElementChange:
    doc: str
    kept: dict[str, list[str] | None] = field(default_factory=dict)  # attribute -> closed list or None
    deleted: set[str] = field(default_factory=set)
    examples: list[tuple[str, str]] = field(default_factory=list)  # (source file, XML as written)
    remarks: list[str] = field(default_factory=list)  # paragraphs, as Markdown


@dataclass
class Customisation:
    elements: dict[str, ElementChange]
    class_deleted: dict[str, set[str]]  # attribute class -> attributes it no longer gives
    class_values: dict[tuple[str, str], list[str]]  # (class, attribute) -> closed list


def _where(node) -> str:
    return f"edition.odd:{node.sourceline}"


def _values(attdef) -> list[str] | None:
    vl = attdef.find("t:valList", T)
    if vl is None:
        return None
    if vl.get("type") != "closed":
        raise OddError(f"{_where(vl)}: only closed value lists are supported")
    return [item.get("ident") for item in vl.iterfind("t:valItem", T)]


def _markdown(node) -> str:
    """Prose with gi/att/code/val/ident as Markdown code; no other markup."""
    parts = [node.text or ""]
    for child in node:
        name = etree.QName(child).localname
        if name not in INLINE:
            raise OddError(f"{_where(child)}: <{name}> in a {etree.QName(node).localname} is not supported")
        parts += [INLINE[name].format(child.text or ""), child.tail or ""]
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _doc(spec) -> str:
    desc = spec.find("t:desc", T)
    if desc is None:
        raise OddError(f"{_where(spec)}: elementSpec {spec.get('ident')} has no desc")
    return _markdown(desc)


def _examples(spec) -> list[tuple[str, str]]:
    found = []
    for eg in spec.iterfind("t:exemplum/x:egXML", T):
        quoted = [copy.deepcopy(child) for child in eg]
        for child in quoted:
            etree.cleanup_namespaces(child)  # the ODD's own (sch:) declarations are not part of it
        xml = "".join(etree.tostring(child, encoding="unicode", with_tail=False) for child in quoted)
        found.append((eg.get("source", ""), xml.replace(f' xmlns="{TEIX}"', "")))
    return found


def _attdefs(spec):
    for attdef in spec.iterfind("t:attList/t:attDef", T):
        mode = attdef.get("mode", "add")
        if mode not in ("add", "change", "delete"):
            raise OddError(f"{_where(attdef)}: attDef mode {mode!r} is not supported")
        yield attdef.get("ident"), mode, attdef


def read_odd(root: etree._Element) -> Customisation:
    specs = root.xpath("//t:schemaSpec", namespaces=T)
    if len(specs) != 1:
        raise OddError("edition.odd: there must be exactly one schemaSpec")
    spec = specs[0]
    kept: list[str] = []
    for ref in spec.iterfind("t:moduleRef", T):
        if ref.get("except") is not None:
            raise OddError(f"{_where(ref)}: moduleRef/@except is not supported; list the elements in @include")
        if ref.get("key") != "tei":
            kept += (ref.get("include") or "").split()
    elements = {name: None for name in kept}
    for es in spec.iterfind("t:elementSpec", T):
        name = es.get("ident")
        if es.get("mode") != "change" or name not in elements:
            raise OddError(f"{_where(es)}: elementSpec {name} must be mode=\"change\" of an included element")
        parts = {etree.QName(c).localname for c in es if isinstance(c.tag, str)}
        if parts - SPEC_PARTS:
            raise OddError(f"{_where(es)}: elementSpec {name}: {', '.join(sorted(parts - SPEC_PARTS))} not supported"
                           " (a constraintSpec goes in the schemaSpec)")
        change = ElementChange(_doc(es), examples=_examples(es),
                               remarks=[_markdown(p) for p in es.iterfind("t:remarks/t:p", T)])
        for ident, mode, attdef in _attdefs(es):
            if mode == "delete":
                change.deleted.add(ident)
            else:
                change.kept[ident] = _values(attdef)
        elements[name] = change
    undocumented = [name for name, change in elements.items() if change is None]
    if undocumented:
        raise OddError(f"edition.odd: included elements without an elementSpec: {', '.join(undocumented)}")
    class_deleted: dict[str, set[str]] = {}
    class_values: dict[tuple[str, str], list[str]] = {}
    for cs in spec.iterfind("t:classSpec", T):
        if cs.get("type") != "atts" or cs.get("mode") != "change":
            raise OddError(f"{_where(cs)}: only classSpec type=\"atts\" mode=\"change\" is supported")
        for ident, mode, attdef in _attdefs(cs):
            if mode == "delete":
                class_deleted.setdefault(cs.get("ident"), set()).add(ident)
            elif mode == "change" and _values(attdef):
                class_values[(cs.get("ident"), ident)] = _values(attdef)
            else:
                raise OddError(f"{_where(attdef)}: a class attribute can be deleted or given a closed list")
    unknown = [etree.QName(c).localname for c in spec if isinstance(c.tag, str)
               and etree.QName(c).localname not in ("moduleRef", "elementSpec", "classSpec", "constraintSpec")]
    if unknown:
        raise OddError(f"edition.odd: schemaSpec children not supported: {', '.join(sorted(set(unknown)))}")
    return Customisation(elements, class_deleted, class_values)
