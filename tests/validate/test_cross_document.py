"""The cross-document variables the runner's pre-pass supplies mean what edition.sch's own
doc()/collection() defaults mean, so other Schematron engines get the same answers."""

import pytest
from validate_mutants import FIXTURE_MUTANTS, copy_fixture

from conftest import ROOT
from edition.validate.evaluate import Evaluator
from edition.tei.positions import Positions
from edition.validate.runner import validate
from edition.validate.schematron import read_schema

CROSS = ["person never referenced", "xml:id used by another file", "dangling persName/@ref"]


def standalone(folder):
    """Schematron findings with every variable computed by the schema itself (doc(), collection())."""
    from saxonche import PySaxonProcessor

    # the edition's own processor opens no file: this one must, to run the schema's defaults
    evaluator = Evaluator(read_schema(ROOT / "schema" / "edition.sch"), [], PySaxonProcessor(license=False))
    found = set()
    for path in sorted(folder.glob("*.xml")):
        text = path.read_text(encoding="utf-8")
        document = evaluator.parse(text, path.resolve().as_uri())
        found |= {(f.path, f.line, f.rule) for f in evaluator.run(document, str(path), Positions(text), {})}
    return found


@pytest.mark.parametrize("name", CROSS)
def test_schema_defaults_and_the_pre_pass_agree(tmp_path, name):
    (mutant,) = [m for m in FIXTURE_MUTANTS if m.name == name]
    folder = copy_fixture(tmp_path / "edition")
    mutant.apply(folder)
    report = validate([folder])
    assert any(f.rule == mutant.rule for f in report.findings)
    assert standalone(folder) == {(f.path, f.line, f.rule) for f in report.findings}


NAMED_BY_THE_EDITORS = ('Ezhov spoke<note type="editorial" resp="#sample-forum-ed">Named by the editors: '
                        '<persName ref="persons.xml#ezhov">Ezhov</persName>.</note>')


def test_a_person_named_only_in_an_editors_note_is_referenced_but_not_mentioned_by_the_document(tmp_path):
    from edition.validate.onefile import facts_one

    folder = copy_fixture(tmp_path / "edition")
    forum = folder / "sample-forum.xml"
    forum.write_text(forum.read_text(encoding="utf-8").replace(
        '<persName ref="persons.xml#ezhov">Ezhov</persName> spoke', NAMED_BY_THE_EDITORS), encoding="utf-8")
    _, mentioned, noted = facts_one(str(forum))
    assert "ezhov" not in mentioned and noted == ["ezhov"]  # tei/editors_notes.py decides
    report = validate([folder])
    assert not [f for f in report.findings if f.rule == "person-referenced"]
    assert standalone(folder) == {(f.path, f.line, f.rule) for f in report.findings}
