"""The TEI's own ODD processors agree with the edition's generator on edition.odd.

The TEI Stylesheets (../shared/tei-stylesheets: odd2odd, odd2relax, extract-isosch) compile
schema/edition.odd against P5's p5subset.xml, as Roma or oXygen would; their RELAX NG must accept
the six edition files and reject exactly the mutants edition.rng rejects, allow the same
elements with the same attributes, values and children, and their Schematron must hold every
pattern of edition.sch unchanged. p5subset is P5 4.9.0 and tei_all 4.12.0, so the grammars are
compared on what they allow, not as text. About 2 s with saxonche, plus jing.
"""

import re
import subprocess

import pytest
from lxml import etree
from rng_outline import outline
from validate_mutants import FIXTURE_MUTANTS, copy_fixture

from conftest import ROOT, SHARED, TEI, require_shared, require_tool
from edition.xmlsafe import parse_file

STYLESHEETS = SHARED / "tei-stylesheets" / "odds"
P5SUBSET = SHARED / "tei-p5" / "p5subset.xml"
SCHEMA = ROOT / "schema"
SCH = "http://purl.oclc.org/dsdl/schematron"
# Where P5 4.12.0 (tei_all, which edition.rng is cut from) allows more than 4.9.0 (p5subset, which
# the Stylesheets compile): element -> children only edition.rng allows.
P5_VERSION_DIFFERENCES = {"person": {"ref"}, "place": {"ref"}, "org": {"ref"}}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """(RELAX NG, Schematron) compiled from edition.odd by the TEI Stylesheets."""
    require_shared(STYLESHEETS / "odd2odd.xsl")
    require_shared(P5SUBSET)
    from saxonche import PySaxonProcessor

    out = tmp_path_factory.mktemp("odd")
    with PySaxonProcessor(license=False) as saxon:
        xslt = saxon.new_xslt30_processor()
        odd2odd = xslt.compile_stylesheet(stylesheet_file=str(STYLESHEETS / "odd2odd.xsl"))
        odd2odd.set_parameter("defaultSource", saxon.make_string_value(P5SUBSET.as_uri()))
        odd2odd.transform_to_file(source_file=str(SCHEMA / "edition.odd"), output_file=str(out / "compiled.odd"))
        for stylesheet, result in (("odd2relax.xsl", "edition.rng"), ("extract-isosch.xsl", "edition.sch")):
            xslt.compile_stylesheet(stylesheet_file=str(STYLESHEETS / stylesheet)).transform_to_file(
                source_file=str(out / "compiled.odd"), output_file=str(out / result))
    return out / "edition.rng", out / "edition.sch"


def rejected(jing: str, schema, paths) -> set:
    """The files jing finds invalid against `schema` (one run for all of them)."""
    run = subprocess.run([jing, str(schema), *map(str, paths)], capture_output=True, text=True)
    return {line.split(":", 1)[0] for line in run.stdout.splitlines() if ": error:" in line or ": fatal:" in line}


def test_the_stylesheets_schema_accepts_every_edition_file(compiled):
    jing = require_tool("jing")
    files = sorted(TEI.glob("*.xml"))
    assert len(files) >= 6
    assert rejected(jing, compiled[0], files) == set()


def test_both_grammars_allow_the_same_elements_with_the_same_attributes_and_values(compiled):
    ours, theirs = outline(SCHEMA / "edition.rng"), outline(compiled[0])
    assert set(ours) == set(theirs) and len(ours) > 50
    assert {name: ours[name].attributes for name in ours} == {name: theirs[name].attributes for name in ours}


def test_both_grammars_let_each_element_hold_the_same_elements_but_for_p5_changes(compiled):
    ours, theirs = outline(SCHEMA / "edition.rng"), outline(compiled[0])
    differ = {name: ours[name].children ^ theirs[name].children for name in ours}
    assert {name: kids for name, kids in differ.items() if kids} == P5_VERSION_DIFFERENCES
    assert all(ours[name].children >= kids for name, kids in P5_VERSION_DIFFERENCES.items())


def test_edition_odd_is_itself_valid_tei():
    jing = require_tool("jing")
    tei_all = require_shared(SHARED / "tei-p5" / "tei_all.rng")  # all modules, tagdocs (ODD) included
    assert rejected(jing, tei_all, [SCHEMA / "edition.odd"]) == set()


def test_the_stylesheets_schema_rejects_a_tei_element_outside_the_customisation(compiled, tmp_path):
    jing = require_tool("jing")
    folder = copy_fixture(tmp_path / "edition")
    doc = folder / "sample-forum.xml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("<p>A letter.</p>", "<p>A <lb/>letter.</p>"), encoding="utf-8")
    assert rejected(jing, compiled[0], [doc]) == {str(doc)}
    assert rejected(jing, SCHEMA / "edition.rng", [doc]) == {str(doc)}
    assert rejected(jing, SHARED / "tei-p5" / "tei_all.rng", [doc]) == set()  # TEI allows it: the customisation does not


def test_the_stylesheets_schema_rejects_the_same_mutants_as_edition_rng(compiled, tmp_path):
    jing = require_tool("jing")
    mutants = []
    for i, mutant in enumerate(FIXTURE_MUTANTS):
        folder = copy_fixture(tmp_path / f"m{i}")
        mutant.apply(folder)
        mutants.append(folder / mutant.file)
    ours = rejected(jing, SCHEMA / "edition.rng", mutants)
    assert len(ours) >= 20  # every grammar mutant, at least
    assert rejected(jing, compiled[0], mutants) == ours


def canonical(pattern) -> str:
    """A pattern as text, without comments, unused namespaces or whitespace between tags."""
    copy = etree.fromstring(etree.tostring(pattern))
    for comment in copy.xpath("//comment()"):
        comment.getparent().remove(comment)
    etree.cleanup_namespaces(copy)
    return re.sub(r">\s+<", "><", etree.tostring(copy, encoding="unicode"))


def test_the_stylesheets_schematron_holds_every_edition_pattern_and_variable(compiled):
    ours = parse_file(SCHEMA / "edition.sch").getroot()
    theirs = parse_file(compiled[1]).getroot()
    theirs_patterns = {p.get("id"): canonical(p) for p in theirs.iterfind(f"{{{SCH}}}pattern")}
    patterns = ours.findall(f"{{{SCH}}}pattern")
    assert len(patterns) >= 7
    for pattern in patterns:
        assert theirs_patterns.get(pattern.get("id")) == canonical(pattern), pattern.get("id")
    lets = lambda root: [(x.get("name"), x.get("value")) for x in root.iterfind(f"{{{SCH}}}let")]
    assert lets(theirs) == lets(ours) and lets(ours)
    assert theirs.get("queryBinding") == ours.get("queryBinding") == "xslt3"
