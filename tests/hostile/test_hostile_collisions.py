"""Nothing is ever silently overwritten: an id that would make one output another's is a finding
in validate and a refusal in build; markup that is not TEI never reaches the static site."""

import pytest
from lxml import html

from .conftest import document, edition


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_called_index_is_refused_and_the_list_of_documents_kept(edition_folder, tmp_path, jobs):
    (edition_folder / "index.xml").write_text(document("index"), encoding="utf-8")
    checked = edition("validate", edition_folder)
    assert checked.exit_code == 1
    assert f'{edition_folder / "index.xml"}:4:1: error: xml:id "index" would write index.html' in checked.stdout
    out = tmp_path / "out"
    built = edition("build", edition_folder, "--out", out, "--jobs", jobs)
    assert built.exit_code == 1 and "[id-clash]" in built.stderr
    assert (out / "doc" / "clean" / "index.html").is_file() and not (out / "doc" / "index.txt").exists()
    front = html.parse(str(out / "index.html")).getroot()
    hrefs = {a.get("href") or "" for a in front.iter("a")}
    assert "doc/clean/" in hrefs and not any(href.startswith("doc/index") for href in hrefs)


def test_an_id_that_is_another_documents_diplomatic_text_is_refused(edition_folder, tmp_path):
    (edition_folder / "clean.diplomatic.xml").write_text(document("clean.diplomatic", "<p>Other words.</p>"),
                                                         encoding="utf-8")
    checked = edition("validate", edition_folder)
    assert checked.exit_code == 1 and "the diplomatic text of a document \"clean\"; choose another id [id-clash]" in checked.stdout
    out = tmp_path / "out"
    built = edition("build", edition_folder, "--out", out)
    assert built.exit_code == 1
    assert "Stalin spoke" in (out / "doc" / "clean.diplomatic.txt").read_text(encoding="utf-8")  # clean's own text
    assert "Other words" not in (out / "doc" / "clean.diplomatic.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_documents_with_one_id_never_overwrite_each_other(edition_folder, tmp_path, jobs):
    (edition_folder / "other.xml").write_text(document("clean", "<p>An impostor.</p>"), encoding="utf-8")
    checked = edition("validate", edition_folder)
    assert checked.exit_code == 1 and "[id-unique]" in checked.stdout
    out = tmp_path / "out"
    built = edition("build", edition_folder, "--out", out, "--jobs", jobs)
    assert built.exit_code == 1
    assert f'{edition_folder / "other.xml"}:1:1: error: xml:id "clean" is not the file\'s name' in built.stderr
    assert "impostor" not in (out / "doc" / "clean" / "index.html").read_text(encoding="utf-8")
    assert not (out / "doc" / "other").exists()


@pytest.mark.parametrize("markup", [
    '<p>Text <h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></p>',
    '<p>Text <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg></p>',
])
def test_the_static_site_never_publishes_markup_that_is_not_tei(edition_folder, tmp_path, markup):
    (edition_folder / "clean.xml").write_text(document(body=markup), encoding="utf-8")
    site = tmp_path / "site"
    built = edition("build", edition_folder, "--out", site)
    assert built.exit_code == 1
    assert f"{edition_folder / 'clean.xml'}:" in built.stderr and "not TEI" in built.stderr
    assert not any("alert(1)" in p.read_text(errors="replace") for p in site.rglob("*") if p.is_file())


def test_the_static_site_never_publishes_an_xml_stylesheet_instruction(edition_folder, tmp_path):
    text = document().replace("<TEI ", '<?xml-stylesheet type="text/xsl" href="https://example.org/x.xsl"?>\n<TEI ')
    (edition_folder / "clean.xml").write_text(text, encoding="utf-8")
    built = edition("build", edition_folder, "--static", tmp_path / "site")
    assert built.exit_code == 1 and "xml-stylesheet" in built.stderr
    assert not (tmp_path / "site" / "doc" / "clean.xml").exists()
