"""edition.rng and edition.sch are reproducible from edition.odd; edition.rng accepts nothing tei_all rejects."""

import subprocess

import pytest
from lxml import etree
from validate_mutants import FIXTURE, FIXTURE_MUTANTS, copy_fixture

from conftest import ROOT, SHARED, TEI, require_shared, require_tool
from edition.errors import InputError
from edition.schema_build.__main__ import build_rng, build_sch
from edition.schema_build.generate import CustomisationError, build_grammar
from edition.schema_build.odd import read_odd
from edition.xmlsafe import parse_file

RNG = "http://relaxng.org/ns/structure/1.0"
TEI_ALL = SHARED / "tei-p5" / "tei_all.rng"
EDITION_RNG = ROOT / "schema" / "edition.rng"


def needs_tei_all():
    require_shared(TEI_ALL)


def test_regenerating_edition_rng_reproduces_the_committed_file():
    needs_tei_all()
    assert build_rng(TEI_ALL) == EDITION_RNG.read_bytes(), "run: python -m edition.schema_build"


def test_regenerating_edition_sch_reproduces_the_committed_file():
    assert build_sch() == (ROOT / "schema" / "edition.sch").read_bytes(), "run: python -m edition.schema_build"


def test_edition_rng_compiles_in_lxml():
    etree.RelaxNG(parse_file(EDITION_RNG))


def accepted_by_edition_rng(paths):
    grammar = etree.RelaxNG(parse_file(EDITION_RNG))
    accepted = []
    for path in paths:
        try:
            if grammar.validate(parse_file(path)):
                accepted.append(path)
        except InputError:
            pass
    return accepted


def test_every_test_document_edition_rng_accepts_is_accepted_by_tei_all(tmp_path):
    needs_tei_all()
    jing = require_tool("jing")
    # every test document in the repository (other suites' fixtures too), the edition, the mutants
    documents = sorted((ROOT / "tests").rglob("*.xml")) + sorted(TEI.glob("*.xml"))
    assert set(FIXTURE.glob("*.xml")) <= set(documents)
    for i, mutant in enumerate(FIXTURE_MUTANTS):
        folder = copy_fixture(tmp_path / f"m{i}")
        mutant.apply(folder)
        documents.append(folder / mutant.file)
    accepted = accepted_by_edition_rng(documents)
    assert len(accepted) > len(FIXTURE_MUTANTS) // 2  # the Schematron-only mutants, at least
    run = subprocess.run([jing, str(TEI_ALL), *map(str, accepted)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]


@pytest.fixture(scope="module")
def tei_all_root():
    needs_tei_all()
    return parse_file(TEI_ALL).getroot()


MINIMAL = {"TEI": "textstructure", "teiHeader": "header", "fileDesc": "header", "titleStmt": "header",
           "title": "core", "publicationStmt": "header", "p": "core", "sourceDesc": "header",
           "text": "textstructure", "body": "textstructure"}


def odd(elements: dict, specs: str = "") -> etree._Element:
    """A small ODD keeping `elements` (name -> module), each with a desc, plus `specs`."""
    modules = {}
    for name, module in elements.items():
        modules.setdefault(module, []).append(name)
    refs = "".join(f'<moduleRef key="{m}" include="{" ".join(names)}"/>' for m, names in modules.items())
    docs = "".join(f'<elementSpec ident="{name}" mode="change"><desc>The {name} element.</desc></elementSpec>'
                   for name in elements if f'ident="{name}"' not in specs)
    return etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><schemaSpec ident="t" start="TEI">'
                            f'<moduleRef key="tei"/>{refs}{docs}{specs}</schemaSpec></body></text></TEI>')


@pytest.mark.parametrize("elements,specs,complaint", [
    ({**MINIMAL, "blink": "core"}, "", "not TEI elements: blink"),
    (MINIMAL, '<elementSpec ident="p" mode="change"><desc>A paragraph.</desc>'
              '<attList><attDef ident="colour" mode="add"/></attList></elementSpec>', "p: tei_all has no attribute colour"),
    ({**MINIMAL, "language": "header"}, '<elementSpec ident="language" mode="change"><desc>A language.</desc>'
     '<attList><attDef ident="ident" mode="delete"/></attList></elementSpec>', "language: required attribute ident"),
    ({k: v for k, v in MINIMAL.items() if k != "p"}, "", "content needs an element"),
])
def test_the_generator_refuses_a_customisation_that_is_not_a_subset(tei_all_root, elements, specs, complaint):
    with pytest.raises(CustomisationError, match=complaint):
        build_grammar(tei_all_root, read_odd(odd(elements, specs)))


def test_an_attribute_deleted_from_its_class_is_gone_unless_an_element_adds_it_back(tei_all_root):
    specs = ('<classSpec ident="att.global" type="atts" mode="change"><attList><attDef ident="n" mode="delete"/>'
             '</attList></classSpec><elementSpec ident="p" mode="change"><desc>A paragraph.</desc>'
             '<attList><attDef ident="n" mode="add"/></attList></elementSpec>')
    grammar = build_grammar(tei_all_root, read_odd(odd(MINIMAL, specs)))
    has_n = {el.get("name") for el in grammar.iter(f"{{{RNG}}}element") if el.find(f".//{{{RNG}}}attribute[@name='n']") is not None}
    assert has_n == {"p"}
