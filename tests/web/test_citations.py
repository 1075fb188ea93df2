"""Citations, canonical links, DTS @ids and the sitemap name the edition's public address
(--base-url / edition.toml), and never the address a request happened to come to."""

import json

import lxml.etree
import pytest

from edition.web import create_app
from edition.web.static_export import export_static

from .conftest import page

BASE = "https://example.org/purges/"
LOCAL = ("localhost", "127.0.0.1")


@pytest.fixture
def public_client(fixture_tei):
    return create_app({"TEI_DIR": str(fixture_tei), "TESTING": True, "BASE_URL": BASE}).test_client()


def cite_url(doc) -> str:
    return doc.xpath("string(//*[@class='cite-url'])")


def test_without_a_base_url_a_citation_is_relative_and_says_so(client):
    for path, expected in (("/doc/fixture-alpha/", "doc/fixture-alpha/"), ("/about/", "./")):
        doc = page(client.get(path, base_url="http://127.0.0.1:5000"))
        assert cite_url(doc) == expected
        assert "without its public address" in doc.xpath("string(//p[@class='cite-note'])")
        assert not doc.xpath("//link[@rel='canonical']")
        assert not any(local in lxml.etree.tostring(doc, encoding="unicode") for local in LOCAL)


def test_with_a_base_url_citations_and_canonical_links_carry_it(public_client):
    doc = page(public_client.get("/doc/fixture-alpha/", base_url="http://127.0.0.1:5000"))
    assert cite_url(doc) == BASE + "doc/fixture-alpha/"
    assert doc.xpath("//*[@class='cite-url']/@data-cite-url") == [BASE + "doc/fixture-alpha/"]
    assert doc.xpath("//link[@rel='canonical']/@href") == [BASE + "doc/fixture-alpha/"]
    assert not doc.xpath("//p[@class='cite-note']")
    about = page(public_client.get("/about/"))
    assert cite_url(about) == BASE
    persons = page(public_client.get("/persons/ezhov/"))
    assert persons.xpath("//link[@rel='canonical']/@href") == [BASE + "persons/ezhov/"]


def test_dts_ids_are_public_urls_with_a_base_url(public_client, client):
    entry = json.loads(public_client.get("/api/dts/").get_data(as_text=True))
    assert entry["@id"] == BASE + "api/dts/"
    assert entry["collection"].startswith(BASE + "api/dts/collection/")
    assert json.loads(client.get("/api/dts/").get_data(as_text=True))["@id"] == "/api/dts/"


def test_the_sitemap_lists_every_page_at_its_public_url_and_exists_only_with_a_base_url(public_client, client):
    response = public_client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = lxml.etree.fromstring(response.get_data()).xpath("//s:loc/text()", namespaces=ns)
    assert {BASE, BASE + "doc/fixture-alpha/", BASE + "doc/fixture-alpha/diplomatic/", BASE + "persons/",
            BASE + "persons/ezhov/", BASE + "about/"} <= set(locs)
    assert all(loc.startswith(BASE) for loc in locs) and len(locs) == len(set(locs))
    assert client.get("/sitemap.xml").status_code == 404


def test_edition_toml_gives_the_static_export_its_base_url(fixture_tei, tmp_path):
    (fixture_tei.parent / "edition.toml").write_text('[site]\nbase_url = "https://example.org/purges"\n', encoding="utf-8")
    files = export_static(fixture_tei, tmp_path / "site")
    assert "sitemap.xml" in files
    doc = page_file(tmp_path / "site" / "doc" / "fixture-alpha" / "index.html")
    assert cite_url(doc) == BASE + "doc/fixture-alpha/"
    entry = json.loads((tmp_path / "site" / "api" / "dts" / "index.json").read_text(encoding="utf-8"))
    assert entry["@id"] == BASE + "api/dts/index.json"


def test_base_url_option_wins_over_edition_toml(fixture_tei, tmp_path):
    (fixture_tei.parent / "edition.toml").write_text('[site]\nbase_url = "https://elsewhere.example/"\n', encoding="utf-8")
    export_static(fixture_tei, tmp_path / "site", base_url=BASE)
    assert cite_url(page_file(tmp_path / "site" / "about" / "index.html")) == BASE


def test_the_static_export_without_a_base_url_has_no_sitemap_and_relative_citations(fixture_tei, tmp_path):
    files = export_static(fixture_tei, tmp_path / "site")
    assert "sitemap.xml" not in files
    assert cite_url(page_file(tmp_path / "site" / "doc" / "fixture-alpha" / "index.html")) == "doc/fixture-alpha/"


@pytest.mark.parametrize("value", ["example.org/purges", "ftp://example.org/", "https://example.org/?x=1", "/purges/"])
def test_a_base_url_that_is_not_an_absolute_address_is_refused(cli, fixture_tei, tmp_path, value):
    result = cli("build", fixture_tei, "--static", tmp_path / "site", "--base-url", value)
    assert result.exit_code != 0
    assert "--base-url: error: base URL" in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_misspelt_setting_in_edition_toml_is_an_error_naming_the_file(cli, fixture_tei, tmp_path):
    config = fixture_tei.parent / "edition.toml"
    config.write_text('[site]\nbaseurl = "https://example.org/"\n', encoding="utf-8")
    result = cli("serve", fixture_tei, "--port", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{config}:1:1: error: [site] baseurl is not a known")
    config.write_text('[site]\nbase_url = "https://example.org/\n', encoding="utf-8")
    result = cli("serve", fixture_tei, "--port", "1")
    assert result.exit_code == 2 and result.stderr.startswith(f"{config}:2:")


def page_file(path):
    import lxml.html

    return lxml.html.document_fromstring(path.read_text(encoding="utf-8"))
