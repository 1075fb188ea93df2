"""The Schematron engine implements the ISO subset it claims: first match per pattern, assert,
report, let, value-of, name, roles, and refuses what it does not support."""

import pytest

from edition.errors import EditionError
from edition.validate.evaluate import Evaluator
from edition.tei.positions import Positions
from edition.validate.schematron import read_schema

SCHEMA = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="t" uri="urn:t"/>
  <let name="limit" value="2"/>
  <let name="outside" value="'default'"/>
  <pattern id="first-match">
    <rule context="t:item[@special]">
      <assert id="special-ok" test="true()">never fails</assert>
    </rule>
    <rule context="t:item">
      <let name="size" value="string-length(.)"/>
      <assert id="short" test="$size le $limit"><name/> "<value-of select="."/>" is <value-of select="$size"/> long</assert>
      <report id="outside" role="warning" test=". = $outside">matches $outside</report>
    </rule>
  </pattern>
  <pattern id="second">
    <rule context="t:item">
      <report id="seen" role="warning" test="@special">seen <value-of select="name(..)"/></report>
    </rule>
  </pattern>
</schema>"""

DOC = """<list xmlns="urn:t">
  <item>ok</item>
  <item special="1">long but special</item>
  <item>too long</item>
  <item>ext</item>
</list>"""


def run(tmp_path, schema=SCHEMA, params=None):
    path = tmp_path / "rules.sch"
    path.write_text(schema, encoding="utf-8")
    evaluator = Evaluator(read_schema(path), list(params or {}))
    document = evaluator.parse(DOC, "file:///doc.xml")
    values = {k: evaluator.strings(v) for k, v in (params or {}).items()}
    return sorted(evaluator.run(document, "doc.xml", Positions(DOC), values))


def test_first_matching_rule_of_a_pattern_wins_and_other_patterns_still_run(tmp_path):
    found = [(f.line, f.rule) for f in run(tmp_path)]
    assert (3, "short") not in found  # the special item is handled by the first rule only
    assert (3, "seen") in found  # but the second pattern sees it


def test_assert_message_evaluates_let_value_of_and_name(tmp_path):
    (short,) = [f for f in run(tmp_path) if f.rule == "short" and f.line == 4]
    assert short.message == 'item "too long" is 8 long'
    assert (short.col, short.severity) == (3, "error")


def test_report_fires_when_its_test_is_true_with_its_role(tmp_path):
    seen = [f for f in run(tmp_path) if f.rule == "seen"]
    assert [(f.line, f.severity, f.message) for f in seen] == [(3, "warning", "seen list")]


def test_a_caller_supplied_parameter_replaces_the_schema_level_let(tmp_path):
    assert not [f for f in run(tmp_path) if f.rule == "outside"]
    hits = [f.line for f in run(tmp_path, params={"outside": ["ext"]}) if f.rule == "outside"]
    assert hits == [5]


@pytest.mark.parametrize("feature", [
    '<phase id="p"><active pattern="second"/></phase>',
    '<pattern abstract="true" id="a"><rule context="x"><assert id="x" test="1">m</assert></rule></pattern>',
    '<pattern id="n"><rule context="x"><assert test="1">no id</assert></rule></pattern>',
    '<pattern id="d"><rule context="x"><assert id="d" test="1" diagnostics="q">m</assert></rule></pattern><diagnostics/>',
])
def test_unsupported_schematron_is_refused_not_ignored(tmp_path, feature):
    with pytest.raises(EditionError):
        run(tmp_path, SCHEMA.replace("</schema>", feature + "</schema>"))


def test_a_failing_expression_becomes_a_finding_not_a_crash(tmp_path):
    broken = SCHEMA.replace('test="$size le $limit"', 'test="xs:integer(.) gt 0"')
    assert "sch-eval" in {f.rule for f in run(tmp_path, broken)}
