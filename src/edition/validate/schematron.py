"""A small ISO Schematron engine: the subset edition.sch uses, evaluated with Saxon's XPath 3.1.

Supported: `ns`; `let` at schema level (evaluated once per document, context the document
node) and rule level; `pattern`; `rule` with ISO's first-match semantics (in a pattern, a node
is handled by the first rule whose context matches it); `assert` and `report` with `@id` and
`@role` (`warning`, anything else is an error); `value-of` and `name` in messages. Anything
else (phases, abstract rules/patterns, diagnostics, include) is refused rather than ignored.

Each rule becomes ONE XPath expression (built and compiled once per run, Saxon caches it)
that visits every node its context matches, minus the nodes earlier rules of the pattern
matched (`except`), and returns (node, rule id, message) triples for the failures:

    for $sch-node in //(CONTEXT) except //(EARLIER) return $sch-node ! (
      let $v := ... return (if (TEST) then () else ($sch-node, 'ID', MESSAGE), ...))

Schema-level lets named in `params` are not evaluated: the caller supplies their values
(the cross-file facts runner.py gathers), which is how one file sees the others.
"""

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import EditionError
from ..xmlsafe import parse_file

SCH = "http://purl.oclc.org/dsdl/schematron"
SUPPORTED = {"schema", "title", "ns", "let", "pattern", "rule", "assert", "report", "value-of", "name", "p"}
NODE = "$sch-node"


@dataclass
class Check:
    id: str
    role: str
    test: str
    is_assert: bool
    message: str  # an XPath expression building the message string


@dataclass
class Rule:
    pattern: str
    context: str
    lets: list[tuple[str, str]]
    checks: list[Check]
    expression: str = ""


@dataclass
class Schema:
    namespaces: dict[str, str]
    lets: list[tuple[str, str]]
    rules: list[Rule] = field(default_factory=list)

    @property
    def rule_ids(self) -> dict[str, str]:
        return {c.id: c.role for r in self.rules for c in r.checks}


def _q(node, name):
    return node.iterfind(f"{{{SCH}}}{name}")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _message(node) -> str:
    parts = [_literal(node.text or "")]
    for child in node:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "value-of":
            parts.append(f"string-join(({child.get('select')}) ! string(.), ' ')")
        elif name == "name":
            parts.append(f"name({child.get('path', '')})")
        elif name:
            raise EditionError(f"{child.base}:{child.sourceline}: error: <{name}> in a message is not supported")
        parts.append(_literal(child.tail or ""))
    return f"normalize-space(string-join(({', '.join(parts)}), ''))"


def _check_supported(root: etree._Element) -> None:
    for el in root.iter():
        if not isinstance(el.tag, str) or etree.QName(el).namespace != SCH:
            continue
        name = etree.QName(el).localname
        if name not in SUPPORTED or el.get("abstract") == "true" or el.get("is-a") or (name == "rule" and el.get("extends")):
            raise EditionError(f"{el.base}:{el.sourceline}: error: Schematron <{name}> is outside the subset this engine supports")
        if name in ("assert", "report") and not el.get("id"):
            raise EditionError(f"{el.base}:{el.sourceline}: error: every assert and report needs a stable @id")


def _rule_expression(rule: Rule, earlier: list[str]) -> str:
    select = f"//({rule.context})"
    if earlier:
        select = f"({select}) except ({' | '.join(f'//({c})' for c in earlier)})"
    body = []
    for c in rule.checks:
        hit = f"({NODE}, {_literal(c.id)}, {c.message})"
        body.append(f"(if ({c.test}) then () else {hit})" if c.is_assert else f"(if ({c.test}) then {hit} else ())")
    lets = "".join(f"let ${name} := ({value}) return " for name, value in rule.lets)
    return f"for {NODE} in {select} return {NODE} ! ({lets}({', '.join(body)}))"


def read_schema(path: Path) -> Schema:
    root = parse_file(path).getroot()
    if root.tag != f"{{{SCH}}}schema" or root.get("queryBinding") not in ("xslt2", "xslt3"):
        raise EditionError(f"{path}:1:1: error: not an ISO Schematron schema with queryBinding xslt2 or xslt3")
    _check_supported(root)
    schema = Schema({ns.get("prefix"): ns.get("uri") for ns in _q(root, "ns")},
                    [(let.get("name"), let.get("value")) for let in _q(root, "let")])
    for pattern in _q(root, "pattern"):
        earlier = []
        for r in _q(pattern, "rule"):
            checks = [Check(c.get("id"), c.get("role") or "error", c.get("test"),
                            etree.QName(c).localname == "assert", _message(c))
                      for c in r if isinstance(c.tag, str) and etree.QName(c).localname in ("assert", "report")]
            rule = Rule(pattern.get("id", ""), r.get("context"),
                        [(let.get("name"), let.get("value")) for let in _q(r, "let")], checks)
            rule.expression = _rule_expression(rule, earlier)
            earlier.append(rule.context)
            schema.rules.append(rule)
    return schema
