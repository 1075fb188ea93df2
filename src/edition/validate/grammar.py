"""RELAX NG validation against edition.rng (lxml, compiled once per process).

libxml2 reports the line but not the column, and says "Invalid attribute type for element div"
for both an unknown attribute and a value outside a closed list: the offending element is
found again from the error's path, and the vocabulary read from edition.rng tells the two
cases apart, so each finding gets a precise rule id and message:
  rng-element    an element the edition does not use
  rng-namespace  an element outside the TEI namespace
  rng-attribute  an attribute the element may not carry
  rng-value      an attribute value outside the closed list or its datatype
  rng-content    elements in a place or order the grammar does not allow
"""

from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..xmlsafe import TEI_NS, XML_NS, parse_file
from .messages import Finding
from ..tei.positions import Positions
from .vocabulary import vocabulary

VALUE_ERRORS = {"RELAXNG_ERR_DATATYPE", "RELAXNG_ERR_VALUE", "RELAXNG_ERR_LIST", "RELAXNG_ERR_DATAELEM",
                "RELAXNG_ERR_INVALIDATTR"}


@lru_cache(maxsize=4)
def compiled(rng_path: Path) -> etree.RelaxNG:
    return etree.RelaxNG(parse_file(rng_path))


def _local(el) -> str:
    return etree.QName(el).localname


def _attr_name(clark: str) -> str:
    return clark.replace(f"{{{XML_NS}}}", "xml:")


def _explain(entry, el, vocab) -> tuple[str, str]:
    """(rule id, message) for one libxml2 error, using the element it is about."""
    msg = entry.message
    if el is None or not isinstance(el.tag, str):
        return "rng-content", msg
    name, ns = _local(el), etree.QName(el).namespace
    if ns != TEI_NS:
        return "rng-namespace", f"<{name}> is in namespace {ns or '(none)'}, not TEI ({TEI_NS})"
    allowed = vocab[name].attributes if name in vocab else {}
    if entry.type_name in VALUE_ERRORS and msg.startswith("Invalid attribute "):
        attr = msg.split()[2]
        attr = f"xml:{attr}" if attr not in allowed and f"xml:{attr}" in allowed else attr
        value = el.get(attr.replace("xml:", f"{{{XML_NS}}}"))
        if attr not in allowed:
            return "rng-attribute", f"<{name}> may not have @{attr} (allowed: {', '.join(sorted(allowed)) or 'none'})"
        spec = allowed[attr]
        expected = f"one of: {', '.join(spec.values)}" if spec.values else f"a valid {spec.datatype}"
        return "rng-value", f'{name}/@{attr} "{value}" is not {expected}'
    if "failed to validate attributes" in msg and name in vocab:
        present = {_attr_name(a) for a in el.attrib}
        missing = [a for a, spec in allowed.items() if spec.required and a not in present]
        unknown = sorted(present - set(allowed))
        if missing or unknown:
            what = [f"needs @{a}" for a in missing] + [f"may not have @{a}" for a in unknown]
            return "rng-attribute", f"<{name}> {' and '.join(what)}"
        return "rng-value", f"<{name}> has an attribute value its datatype does not allow"
    if name not in vocab:
        return "rng-element", f"<{name}> is not an element of the edition's vocabulary (docs/schema.md)"
    parent = el.getparent()
    if entry.type_name == "RELAXNG_ERR_ELEMWRONG" and parent is not None:
        return "rng-content", f"<{name}> is not allowed here, inside <{_local(parent)}> (docs/schema.md lists what it may contain)"
    return "rng-content", msg


def _at(tree: etree._ElementTree, path: str | None) -> list:
    """The nodes at libxml2's error path, which names foreign elements by their own prefix (h:script)."""
    if not path:
        return []
    prefixes = {p: uri for el in tree.iter() if isinstance(el.tag, str) for p, uri in el.nsmap.items() if p}
    try:
        return tree.xpath(path, namespaces=prefixes)
    except etree.XPathError:  # a prefix bound to two namespaces, or a path lxml cannot read: no element
        return []


def check_grammar(tree: etree._ElementTree, path: str, positions: Positions, rng_path: Path) -> list[Finding]:
    schema = compiled(rng_path)
    if schema.validate(tree):
        return []
    vocab = vocabulary(rng_path)
    entries = list(schema.error_log)
    findings = []
    for entry in entries:
        # "Element div has extra content: x" repeats a more precise error reported on a child.
        here = entry.path or ""
        if entry.type_name == "RELAXNG_ERR_EXTRACONTENT" and any(
                e.type_name != entry.type_name and (e.path == here or (e.path or "").startswith(here + "/"))
                for e in entries):
            continue
        found = _at(tree, entry.path)
        el = found[0] if found and isinstance(found[0], etree._Element) else None
        rule, message = _explain(entry, el, vocab)
        line = (el.sourceline if el is not None else None) or entry.line or 1
        col = positions.element_column(line, el.tag if el is not None else None)
        findings.append(Finding(path, line, col, rule, message))
    return sorted(set(findings))
