"""`edition build`: every document as HTML and text, the index of persons, failures reported."""

import shutil

from conftest import DOCUMENTS, TEI
from .conftest import FIXTURES


def test_build_writes_html_and_both_texts_for_every_document(cli, tmp_path):
    result = cli("build", "--out", tmp_path, TEI)
    expected = {f"{stem}{ext}" for stem in DOCUMENTS.values() for ext in (".html", ".txt", ".diplomatic.txt")}
    assert result.exit_code == 0, result.stderr
    assert expected | {"persons.html", "index.html"} <= {p.name for p in tmp_path.iterdir()}


def fixture_edition(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    shutil.copyfile(FIXTURES / "sample.xml", tei / "sample-doc.xml")  # named after its xml:id, as build requires
    shutil.copyfile(FIXTURES / "persons.xml", tei / "persons.xml")
    return tei


def test_build_links_persons_to_entries_of_the_built_index(cli, tmp_path):
    cli("build", "--out", tmp_path / "out", fixture_edition(tmp_path))
    page = (tmp_path / "out" / "sample-doc.html").read_text(encoding="utf-8")
    assert 'href="persons.html#ezhov"' in page and 'id="ezhov"' in (tmp_path / "out" / "persons.html").read_text(encoding="utf-8")


def test_built_index_of_persons_links_back_to_the_mentioning_document(cli, tmp_path):
    cli("build", "--out", tmp_path / "out", fixture_edition(tmp_path))
    assert 'href="sample-doc.html"' in (tmp_path / "out" / "persons.html").read_text(encoding="utf-8")


def test_build_reports_a_failing_document_and_builds_the_others(cli, tmp_path):
    tei = fixture_edition(tmp_path)
    (tei / "broken.xml").write_text("<TEI><text>", encoding="utf-8")
    result = cli("build", "--out", tmp_path / "out", tei)
    assert result.exit_code == 1
    assert "broken.xml" in result.stderr and "not well-formed" in result.stderr
    assert (tmp_path / "out" / "sample-doc.html").exists()


def test_build_of_a_missing_folder_is_a_usage_error(cli, tmp_path):
    result = cli("build", "--out", tmp_path, tmp_path / "nowhere")
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_build_with_static_also_writes_the_viewers_site(cli, tmp_path):
    result = cli("build", "--out", tmp_path / "out", "--static", tmp_path / "site", fixture_edition(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "site" / "index.html").exists() and "static site" in result.stderr


def test_build_incremental_writes_the_same_page_as_the_serial_build(cli, tmp_path):
    tei = fixture_edition(tmp_path)
    cli("build", "--out", tmp_path / "serial", tei)
    result = cli("build", "--out", tmp_path / "batch", "--incremental", tei)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "batch" / "sample-doc.html").read_text() == (tmp_path / "serial" / "sample-doc.html").read_text()


def test_a_second_incremental_build_of_the_edition_builds_nothing(cli, tmp_path):
    assert cli("build", "--out", tmp_path, "--incremental", TEI).exit_code == 0
    result = cli("build", "--out", tmp_path, "--incremental", TEI)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith(f"built 0, unchanged 5, failed 0 of 5 into {tmp_path}/")


def test_jobs_below_one_is_a_usage_error(cli, tmp_path):
    result = cli("build", "--out", tmp_path, "--jobs", "0", TEI)
    assert (result.exit_code, result.stderr.strip()) == (2, "edition build: error: --jobs must be 1 or more, not 0")
