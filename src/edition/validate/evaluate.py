"""Run a parsed Schematron (schematron.py) over documents with SaxonC-HE's XPath 3.1 processor.

One processor per run: namespaces and variables are declared once and compiled expressions
are cached (`set_caching`), so each rule's expression is compiled once, then evaluated per
document. Saxon is given the text edition.xmlsafe accepted, and its processor
(edition.saxonsafe) refuses DOCTYPEs and opens no file or URI.
"""

from saxonche import PySaxonApiError

from .. import saxonsafe
from .messages import Finding
from ..tei.positions import Positions
from .schematron import Schema


class Evaluator:
    def __init__(self, schema: Schema, external: list[str], processor=None):
        """`processor`: edition.saxonsafe's, which opens no file (a test of the schema's own
        doc()/collection() defaults passes one that may)."""
        self.schema = schema
        self.external = set(external)
        self.processor = processor or saxonsafe.new_processor()
        self.builder = self.processor.new_document_builder()
        self.builder.set_line_numbering(True)
        self.xpath = self.processor.new_xpath_processor()
        self.xpath.set_caching(True)
        for prefix, uri in schema.namespaces.items():
            self.xpath.declare_namespace(prefix, uri)
        for name in self.external | {name for name, _ in schema.lets}:
            self.xpath.declare_variable(name)

    def parse(self, text: str, base_uri: str):
        self.builder.set_base_uri(base_uri)
        return self.builder.parse_xml(xml_text=text)

    def strings(self, values):
        seq = self.processor.empty_sequence()
        for v in values:
            seq.add_xdm_item(self.processor.make_string_value(v))
        return seq

    def run(self, document, path: str, positions: Positions, params: dict) -> list[Finding]:
        xp = self.xpath
        xp.set_context(xdm_item=document)
        for name, _ in self.schema.lets:  # Saxon wants a value for every declared variable
            xp.set_parameter(name, self.processor.empty_sequence())
        for name, value in params.items():
            xp.set_parameter(name, value if value is not None else self.processor.empty_sequence())
        try:
            for name, expression in self.schema.lets:
                if name not in self.external:
                    xp.set_parameter(name, xp.evaluate(expression) or self.processor.empty_sequence())
        except PySaxonApiError as exc:
            return [Finding(path, 1, 1, "sch-eval", f"schema-level let ${name} failed: {' '.join(str(exc).split())}")]
        roles = self.schema.rule_ids
        findings = []
        for rule in self.schema.rules:
            try:
                result = xp.evaluate(rule.expression)
            except PySaxonApiError as exc:
                findings.append(Finding(path, 1, 1, "sch-eval", f"rule {rule.context!r} failed: {' '.join(str(exc).split())}"))
                continue
            size = result.size if result is not None else 0
            for i in range(0, size - 2, 3):
                node = result.item_at(i).get_node_value()
                rule_id = result.item_at(i + 1).get_atomic_value().string_value
                message = result.item_at(i + 2).get_atomic_value().string_value
                line, col = self._position(node, positions)
                severity = "warning" if roles.get(rule_id) == "warning" else "error"
                findings.append(Finding(path, line, col, rule_id, message, severity))
        return findings

    @staticmethod
    def _position(node, positions: Positions) -> tuple[int, int]:
        if node.node_kind_str == "attribute":
            node = node.get_parent()
        if node.node_kind_str == "document" or node.line_number <= 0:
            return 1, 1
        return positions.tag_start_before(node.line_number, node.column_number)
