"""edition.batch.validate_all: the pool and the linear cross-file pre-pass find exactly what the
serial validator finds, on a valid corpus and on one with cross-file errors."""

import shutil

import pytest

from edition.batch import validate_all
from edition.synth import generate
from edition.validate.runner import validate

from conftest import TEI


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("batchval") / "corpus"
    generate(TEI, out, 8, seed=3)
    return out


def test_parallel_validation_of_a_valid_corpus_finds_nothing(corpus):
    report = validate_all([corpus], jobs=2)
    assert report.files == 9 and report.findings == validate([corpus]).findings == []


def test_parallel_validation_finds_the_cross_file_errors_the_serial_validator_finds(corpus, tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(corpus, tei)
    persons = tei / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace(
        '<person xml:id="syn-p00000">',
        '<person xml:id="nobody"><persName type="pref">No Body</persName></person><person xml:id="syn-p00000">'),
        encoding="utf-8")
    first, second = sorted(tei.glob("syn*.xml"))[:2]
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace("<p>", f'<p xml:id="{first.stem}-ed">', 1), encoding="utf-8")
    report = validate_all([tei], jobs=2)
    assert {f.rule for f in report.findings} >= {"id-unique", "person-referenced"}
    assert report.findings == validate([tei]).findings


def test_an_unreadable_file_is_a_finding_and_silences_person_referenced(corpus, tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(corpus, tei)
    (tei / "zz-broken.xml").write_text("<TEI", encoding="utf-8")
    persons = tei / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace(
        '<person xml:id="syn-p00000">',
        '<person xml:id="nobody"><persName type="pref">No Body</persName></person><person xml:id="syn-p00000">'),
        encoding="utf-8")
    report = validate_all([tei], jobs=2)
    assert [f.rule for f in report.findings] == ["well-formed"]
    assert report.findings == validate([tei]).findings
