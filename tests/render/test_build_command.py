"""`edition build`: the viewer's site as files, every document's pages and texts, failures reported."""

import shutil

import lxml.html

from conftest import DOCUMENTS, TEI
from .conftest import FIXTURES

OWN = ("doc/{}/index.html", "doc/{}/diplomatic/index.html", "doc/{}.txt", "doc/{}.diplomatic.txt", "doc/{}.xml",
       "api/documents/{}.json")


def files(folder):
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_build_writes_the_pages_and_both_texts_of_every_document(cli, tmp_path):
    result = cli("build", "--out", tmp_path, TEI)
    expected = {name.format(stem) for stem in DOCUMENTS.values() for name in OWN}
    assert result.exit_code == 0, result.stderr
    assert expected | {"index.html", "persons/index.html", "static/edition.css"} <= files(tmp_path)


def fixture_edition(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    shutil.copyfile(FIXTURES / "sample.xml", tei / "sample-doc.xml")  # named after its xml:id, as build requires
    shutil.copyfile(FIXTURES / "persons.xml", tei / "persons.xml")
    return tei


def test_the_built_site_is_the_viewers_own_pages(cli, tmp_path):
    tei = fixture_edition(tmp_path)
    assert cli("build", "--out", tmp_path / "out", tei).exit_code == 0
    from edition.web import create_app

    viewer = create_app({"TEI_DIR": str(tei), "STATIC_EXPORT": True}).test_client()
    for url, name in (("/doc/sample-doc/", "doc/sample-doc/index.html"), ("/persons/ezhov/", "persons/ezhov/index.html")):
        assert (tmp_path / "out" / name).read_bytes() == viewer.get(url).get_data()


def test_build_links_persons_to_their_pages_in_the_site(cli, tmp_path):
    out = tmp_path / "out"
    cli("build", "--out", out, fixture_edition(tmp_path))
    page = lxml.html.parse(str(out / "doc" / "sample-doc" / "index.html")).getroot()
    hrefs = {a.get("href") for a in page.iter("a") if "person" in (a.get("class") or "").split()}
    assert "../../persons/ezhov/" in hrefs and (out / "persons" / "ezhov" / "index.html").is_file()


def test_build_reports_a_failing_document_and_builds_the_others(cli, tmp_path):
    tei = fixture_edition(tmp_path)
    (tei / "broken.xml").write_text("<TEI><text>", encoding="utf-8")
    result = cli("build", "--out", tmp_path / "out", tei)
    assert result.exit_code == 1
    assert f"{tei / 'broken.xml'}:" in result.stderr and "not well-formed" in result.stderr
    assert (tmp_path / "out" / "doc" / "sample-doc" / "index.html").exists()
    assert not (tmp_path / "out" / "doc" / "broken").exists()


def test_build_of_a_missing_folder_is_a_usage_error(cli, tmp_path):
    result = cli("build", "--out", tmp_path, tmp_path / "nowhere")
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_static_is_the_older_name_of_out(cli, tmp_path):
    result = cli("build", "--static", tmp_path / "site", fixture_edition(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "site" / "index.html").exists() and (tmp_path / "site" / "doc" / "sample-doc.txt").exists()


def test_out_and_static_naming_two_folders_is_a_usage_error_and_writes_nothing(cli, tmp_path):
    result = cli("build", "--out", tmp_path / "a", "--static", tmp_path / "b", fixture_edition(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"edition build: error: --out {tmp_path / 'a'} and --static "
                                          f"{tmp_path / 'b'} name two folders; give one (--static is the older "
                                          "name of --out)"]
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_out_and_static_naming_the_same_folder_build_it(cli, tmp_path):
    result = cli("build", "--out", tmp_path / "site", "--static", tmp_path / "site", fixture_edition(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_build_incremental_writes_the_same_site_as_the_full_build(cli, tmp_path):
    tei = fixture_edition(tmp_path)
    cli("build", "--out", tmp_path / "full", tei)
    cli("build", "--out", tmp_path / "incremental", "--incremental", tei)
    result = cli("build", "--out", tmp_path / "incremental", "--incremental", tei)
    assert result.exit_code == 0, result.stderr
    full, incremental = tmp_path / "full", tmp_path / "incremental"
    assert files(full) == files(incremental)
    assert all((full / name).read_bytes() == (incremental / name).read_bytes() for name in files(full)
               if name != ".edition-build.json")


def test_a_second_incremental_build_of_the_edition_builds_nothing(cli, tmp_path):
    assert cli("build", "--out", tmp_path, "--incremental", TEI).exit_code == 0
    result = cli("build", "--out", tmp_path, "--incremental", TEI)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith(f"built 0, unchanged 5, failed 0 of 5 into {tmp_path}/")


def test_jobs_below_one_is_a_usage_error(cli, tmp_path):
    result = cli("build", "--out", tmp_path, "--jobs", "0", TEI)
    assert (result.exit_code, result.stderr.strip()) == (2, "edition build: error: --jobs must be 1 or more, not 0")
