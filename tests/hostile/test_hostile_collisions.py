"""Nothing is ever silently overwritten: an id that would make one output another's (or one URL
another's: a register entry called "page") is a finding in validate and a refusal in build and
the viewer; markup that is not TEI never reaches the static site."""

import pytest
from lxml import html

from edition.pathsegments import RESERVED
from edition.web import create_app

from .conftest import FIXTURES, document, edition


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


def reserved_edition(folder, register: str, entry_id: str):
    """The edition folder with one register entry taking `entry_id` and the document naming it: the
    fixture places.xml (one place, "page") or the hostile persons.xml with stalin renamed."""
    tag = {"places": "placeName", "persons": "persName"}[register]
    if register == "places":
        text = (FIXTURES / "reserved" / "places.xml").read_text(encoding="utf-8")
    else:
        text = (folder / "persons.xml").read_text(encoding="utf-8")
        text = text.replace('xml:id="stalin"', f'xml:id="{entry_id}"')
    (folder / f"{register}.xml").write_text(text.replace('xml:id="page"', f'xml:id="{entry_id}"'), encoding="utf-8")
    body = (f'<p>In <{tag} ref="{register}.xml#{entry_id}">the named one</{tag}> the plenum met and '
            f'<persName ref="persons.xml#{entry_id if register == "persons" else "stalin"}">Stalin</persName> spoke.</p>')
    (folder / "clean.xml").write_text(document(body=body), encoding="utf-8")
    return folder / f"{register}.xml"


@pytest.mark.parametrize("register, entry_id", [("places", "page"), ("places", "letter"), ("persons", "by-frequency"),
                                                ("persons", "in")])
def test_a_register_id_that_a_fixed_url_segment_shadows_is_a_finding_and_refused(edition_folder, tmp_path,
                                                                                 register, entry_id):
    path = reserved_edition(edition_folder, register, entry_id)
    checked = edition("validate", edition_folder)
    assert checked.exit_code == 1
    findings = [line for line in checked.stdout.splitlines() if ": error: " in line]
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if f'xml:id="{entry_id}"' in text)
    assert findings == [f'{path}:{line}:9: error: xml:id "{entry_id}" is a fixed segment of the viewer\'s URLs '
                        f"(/{register}/{entry_id}/ is another page, reserved: {', '.join(RESERVED[register])}): "
                        "this entry's page would never be reached; choose another id [id-reserved]"]
    built = edition("build", edition_folder, "--out", tmp_path / "out")
    assert built.exit_code != 0 and f"{path}:{line}:9: error: xml:id \"{entry_id}\"" in built.stderr
    assert not (tmp_path / "out" / register / entry_id).exists()
    served = create_app({"TEI_DIR": str(edition_folder), "TESTING": True}).test_client()
    for url in (f"/{register}/", f"/api/{register}.json"):
        answer = served.get(url)
        assert answer.status_code == 500 and f"{path}:{line}:9: error:" in answer.get_data(as_text=True)


def test_an_id_that_is_a_fixed_segment_of_another_register_only_is_accepted(edition_folder):
    reserved_edition(edition_folder, "places", "by-frequency")  # /places/by-frequency/ is no other page
    checked = edition("validate", edition_folder)
    assert checked.exit_code == 0, checked.stdout
    page = create_app({"TEI_DIR": str(edition_folder), "TESTING": True}).test_client().get("/places/by-frequency/")
    assert page.status_code == 200 and "Page" in html.fromstring(page.get_data(as_text=True)).findtext(".//h1")
