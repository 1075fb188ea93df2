"""edition.rng is reproducible from its customisation and accepts nothing tei_all rejects."""

import subprocess

import pytest
from lxml import etree
from validate_mutants import FIXTURE, FIXTURE_MUTANTS, copy_fixture

from conftest import ROOT, SHARED, TEI, require_tool
from edition.errors import InputError
from edition.schema_build.__main__ import build_rng
from edition.xmlsafe import parse_file

TEI_ALL = SHARED / "tei-p5" / "tei_all.rng"
EDITION_RNG = ROOT / "schema" / "edition.rng"


def needs_tei_all():
    if not TEI_ALL.is_file():
        pytest.skip(f"{TEI_ALL} is absent (the official TEI schema is staged outside the repository)")


def test_regenerating_edition_rng_reproduces_the_committed_file():
    needs_tei_all()
    assert build_rng(TEI_ALL) == EDITION_RNG.read_bytes(), "run: python -m edition.schema_build"


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


MINIMAL = {"TEI": {"doc": "root"}, "teiHeader": {"doc": "h"}, "fileDesc": {"doc": "f"},
           "titleStmt": {"doc": "t"}, "title": {"doc": "t"}, "publicationStmt": {"doc": "p"},
           "p": {"doc": "p"}, "sourceDesc": {"doc": "s"}, "text": {"doc": "t"}, "body": {"doc": "b"}}


@pytest.mark.parametrize("change,complaint", [
    ({"blink": {"doc": "no such TEI element"}}, "not TEI elements: blink"),
    ({"p": {"doc": "p", "attributes": ["colour"]}}, "p: tei_all has no attribute colour"),
    ({"language": {"doc": "ident is required in TEI", "attributes": []}}, "language: required attribute ident"),
    ({"body": {"doc": "b"}, "text": {"doc": "t"}, "TEI": {"doc": "r"}, "p": None}, "content needs an element"),
])
def test_the_generator_refuses_a_customisation_that_is_not_a_subset(tei_all_root, change, complaint):
    from edition.schema_build.generate import CustomisationError, build_grammar

    elements = {k: v for k, v in {**MINIMAL, **change}.items() if v is not None}
    with pytest.raises(CustomisationError, match=complaint):
        build_grammar(tei_all_root, {"element": elements})
