"""`edition validate --jobs N`: worker processes find exactly what one process finds, on a
valid corpus and on one with cross-file errors, and print the same report."""

import shutil

import pytest

from edition import pool
from edition.synth import generate
from edition.validate.runner import validate

from conftest import TEI
from edition.tei.registers import FILE_NAMES

FILES = 8 + len(FILE_NAMES)  # the generated documents and the registers

NOBODY = '<person xml:id="nobody"><persName type="pref">No Body</persName></person>'


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("parallel") / "corpus"
    generate(TEI, out, 8, seed=3)
    return out


def with_unmentioned_person(corpus, tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(corpus, tei)
    persons = tei / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace(
        '<person xml:id="syn-p00000">', NOBODY + '<person xml:id="syn-p00000">'), encoding="utf-8")
    return tei


def test_a_valid_corpus_has_no_findings_in_workers_or_in_one_process(corpus):
    parallel, serial = validate([corpus], jobs=2), validate([corpus], jobs=1)
    assert (parallel.files, parallel.findings) == (serial.files, serial.findings) == (FILES, [])


def test_workers_find_the_cross_file_errors_one_process_finds(corpus, tmp_path):
    tei = with_unmentioned_person(corpus, tmp_path)
    first, second = sorted(tei.glob("syn*.xml"))[:2]
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace("<p>", f'<p xml:id="{first.stem}-ed">', 1), encoding="utf-8")
    report = validate([tei], jobs=2)
    assert {(f.path, f.rule) for f in report.findings} == {
        (str(first), "id-unique"), (str(second), "id-unique"), (str(second), "id-prefix"),
        (str(tei / "persons.xml"), "person-referenced")}
    assert report.findings == validate([tei], jobs=1).findings


def test_an_unreadable_file_is_a_finding_and_silences_person_referenced(corpus, tmp_path):
    tei = with_unmentioned_person(corpus, tmp_path)
    (tei / "zz-broken.xml").write_text("<TEI", encoding="utf-8")
    report = validate([tei], jobs=2)
    assert [(f.path, f.rule) for f in report.findings] == [(str(tei / "zz-broken.xml"), "well-formed")]
    assert report.findings == validate([tei], jobs=1).findings


def test_the_command_prints_the_same_report_with_jobs(cli, corpus, tmp_path):
    tei = with_unmentioned_person(corpus, tmp_path)
    serial, parallel = cli("validate", tei), cli("validate", "--jobs", "2", tei)
    assert (parallel.exit_code, parallel.stdout) == (serial.exit_code, serial.stdout)
    assert serial.exit_code == 1 and serial.stdout.endswith(f"1 error, 0 warnings in {FILES} files\n")


def test_jobs_below_one_is_a_usage_error(cli, corpus):
    result = cli("validate", "--jobs", "0", corpus)
    assert (result.exit_code, result.stderr.strip()) == (2, "edition validate: error: --jobs must be 1 or more, not 0")


def test_a_long_serial_run_goes_to_one_worker_replaced_as_it_goes_and_finds_the_same(corpus, tmp_path,
                                                                                      monkeypatch):
    tei = with_unmentioned_person(corpus, tmp_path)
    expected = validate([tei], jobs=1).findings
    pools = []

    class Counted(pool.ProcessPoolExecutor):
        def __init__(self, workers, **kwargs):
            pools.append(workers)
            super().__init__(workers, **kwargs)

    monkeypatch.setattr(pool, "RECYCLE", 3)  # more files than RECYCLE, so not in this process
    monkeypatch.setattr(pool, "ProcessPoolExecutor", Counted)
    assert validate([tei], jobs=1).findings == expected
    assert pools == [1] * -(-FILES // 3) * 2  # facts, then checks: a fresh single worker for every 3 files
