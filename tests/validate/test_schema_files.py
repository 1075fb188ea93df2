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
    documents = sorted(FIXTURE.glob("*.xml")) + sorted(TEI.glob("*.xml"))
    for i, mutant in enumerate(FIXTURE_MUTANTS):
        folder = copy_fixture(tmp_path / f"m{i}")
        mutant.apply(folder)
        documents.append(folder / mutant.file)
    accepted = accepted_by_edition_rng(documents)
    assert len(accepted) > len(FIXTURE_MUTANTS) // 2  # the Schematron-only mutants, at least
    run = subprocess.run([jing, str(TEI_ALL), *map(str, accepted)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]
