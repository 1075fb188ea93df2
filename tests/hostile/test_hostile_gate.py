"""One gate: nothing reaches Saxon that the safe parser has not read, and Saxon itself opens nothing.

The attack of issue 16: a DOCTYPE standing after the first few kilobytes naming a local DTD
whose entity reads a secret file; Saxon, parsing the same file again, loaded it and the secret
ended up in the built HTML and texts. Here the secret is planted and looked for everywhere.
"""

import pytest

from edition import saxonsafe, xmllimits
from edition.xmlsafe import check

from .cases_xml import CASES, case_bytes
from .conftest import document, edition

SECRET = "h16-planted-secret-5f1c"


@pytest.fixture
def planted(edition_folder, tmp_path):
    """(folder, secret file, evil document): a DTD whose entity reads the secret, named late in the file."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">\n', encoding="utf-8")
    head, rest = document("evil", "<p>Here: &leak;</p>").split("<TEI", 1)
    text = head + f"<!-- {'padding ' * 640}-->\n" + f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}">\n<TEI' + rest
    evil = edition_folder / "evil.xml"
    evil.write_text(text, encoding="utf-8")
    return edition_folder, evil


def _all_output(folder) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def test_validate_refuses_a_late_doctype_at_its_place(planted):
    folder, evil = planted
    result = edition("validate", folder)
    assert result.exit_code == 1
    assert f"{evil}:5:1: error: DOCTYPE" in result.stdout
    assert SECRET not in result.stdout + result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_build_never_writes_the_planted_secret(planted, tmp_path, jobs):
    folder, evil = planted
    out = tmp_path / "out"
    result = edition("build", folder, "--out", out, "--jobs", jobs)
    assert result.exit_code == 1
    assert f"{evil}:5:1: error: DOCTYPE" in result.stderr
    assert SECRET not in result.stdout + result.stderr + _all_output(out)
    assert (out / "doc" / "clean" / "index.html").is_file() and not (out / "doc" / "evil").exists()


def test_saxon_itself_refuses_a_doctype_even_were_the_gate_bypassed(planted):
    _folder, evil = planted
    processor = saxonsafe.new_processor()
    with pytest.raises(Exception, match="DOCTYPE is disallowed"):
        processor.parse_xml(xml_text=evil.read_text(encoding="utf-8"))


@pytest.mark.parametrize("expression", ["unparsed-text('{uri}')", "doc('{uri}')",
                                        "collection('{folder}?select=*.xml')"])
def test_saxon_opens_no_file_at_run_time(planted, expression):
    folder, evil = planted
    xpath = saxonsafe.new_processor().new_xpath_processor()
    with pytest.raises(Exception, match="prohibited|disallowed"):
        xpath.evaluate(expression.format(uri=evil.as_uri(), folder=folder.as_uri()))


LIMIT_CASES = ["101 levels of nesting", "201 attributes on one element", "attribute name of 1,001 characters",
               "element name of 1,001 characters", "namespace of 1,001 characters",
               "processing-instruction target of 1,001 characters"]


@pytest.mark.parametrize("name", LIMIT_CASES)
def test_the_pool_reports_a_shape_over_the_limits_in_one_line(edition_folder, tmp_path, name):
    bad = edition_folder / "bad.xml"
    bad.write_bytes(case_bytes(name))
    result = edition("build", edition_folder, "--out", tmp_path / "out", "--jobs", "2")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if str(bad) in line or "rror" in line]
    assert len(lines) == 1 and lines[0].startswith(f"{bad}:23:"), result.stderr
    for noise in ("SXXP", "JAXP", "Pickl", "Error on line", "java"):
        assert noise not in result.stderr


def test_a_document_at_every_limit_is_accepted_and_builds(edition_folder, tmp_path):
    # root TEI, text, body, div, p: 95 more levels make 100
    deep = "<hi>" * 95 + "deep" + "</hi>" * 95
    # the TEI namespace in scope counts as one of the element's attributes
    attributes = " ".join(f'n{i}="x"' for i in range(xmllimits.MAX_ATTRIBUTES - 1))
    body = f'<p>{deep}</p><p {attributes}>wide</p><p {"a" * xmllimits.MAX_NAME}="x">long</p>'
    (edition_folder / "clean.xml").write_text(document(body=body), encoding="utf-8")
    check((edition_folder / "clean.xml").read_bytes(), "clean.xml")  # the gate accepts it
    result = edition("build", edition_folder, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert "deep" in (tmp_path / "out" / "doc" / "clean.txt").read_text(encoding="utf-8")


def test_every_limit_case_is_refused_by_the_gate_with_its_place():
    for name in LIMIT_CASES:
        with pytest.raises(Exception, match=r"^bad\.xml:23:\d+: error: "):
            check(case_bytes(name), "bad.xml")
    assert set(LIMIT_CASES) <= set(CASES)


@pytest.mark.parametrize("extra", [0, 1])
def test_namespaces_declared_on_an_element_count_against_its_attributes_at_the_limit(extra):
    # in scope: the TEI namespace, two declared here, and xml: four, so 197 attributes reach 201
    attributes = " ".join(f'n{i}="x"' for i in range(xmllimits.MAX_ATTRIBUTES - 3 + extra))
    body = f'<p xmlns:a="urn:a" xmlns:b="urn:b" {attributes}>wide</p>'
    data = document(body=body).encode("utf-8")
    if extra:
        with pytest.raises(Exception, match=r"^bad\.xml:\d+:\d+: error: 198 attributes and 3 namespace"):
            check(data, "bad.xml")
    else:
        check(data, "bad.xml")


_LONG = "b" * (xmllimits.MAX_NAME + 1)
_WIDE = "\n\t".join(f"n{i}='x'" for i in range(xmllimits.MAX_ATTRIBUTES + 1))
TRICKY_SHAPES = {
    "a long attribute name after a value holding >": f'<p a=">" {_LONG}="x">x</p>',
    "a long attribute name after a single-quoted value holding a quote": f"<p a='\"' {_LONG}='x'>x</p>",
    "a long attribute name with white space around =": f'<p a = "1"\n{_LONG}\t=\t"2">x</p>',
    "a long attribute name holding U+1680": f'<p {"b" * 500}\u1680{"b" * 500}="x">x</p>',
    "a long prefixed element name": f'<z:{_LONG} xmlns:z="urn:z">x</z:{_LONG}>',
    "a long element name holding U+1680": f'<e{"e" * 500}\u1680{"e" * 500}>x</e{"e" * 500}\u1680{"e" * 500}>',
    "attributes apart by new lines and tabs, values single-quoted": f"<p\n{_WIDE}>x</p>",
}


@pytest.mark.parametrize("shape", list(TRICKY_SHAPES))
def test_the_gate_refuses_a_shape_over_the_limits_however_its_tag_is_written(shape):
    data = document(body=TRICKY_SHAPES[shape]).encode("utf-8")
    with pytest.raises(Exception, match=r"^bad\.xml:\d+:\d+: error: .*(longer than 1,000|attributes and)"):
        check(data, "bad.xml")
