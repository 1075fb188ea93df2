"""Viewer fixtures: apps over the fixture TEI (tests/web/fixtures/tei) and over the real tei/."""

import shutil
from pathlib import Path

import lxml.html
import pytest

from edition.web import create_app

HERE = Path(__file__).resolve().parent
FIXTURE_TEI = HERE / "fixtures" / "tei"
ROOT = HERE.parents[1]
REAL_TEI = ROOT / "tei"
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture
def fixture_tei(tmp_path) -> Path:
    """A private copy of the fixture edition (tests may edit it)."""
    folder = tmp_path / "tei"
    shutil.copytree(FIXTURE_TEI, folder)
    return folder


@pytest.fixture
def client(fixture_tei):
    return create_app({"TEI_DIR": str(fixture_tei), "TESTING": True}).test_client()


@pytest.fixture(scope="session")
def real_app(tei_files):
    return create_app({"TEI_DIR": str(REAL_TEI), "TESTING": True})


@pytest.fixture
def real_client(real_app):
    return real_app.test_client()


def page(response):
    """The response parsed as an HTML document (asserting it is one)."""
    assert response.status_code == 200, (response.status_code, response.request.path)
    assert response.mimetype == "text/html"
    return lxml.html.document_fromstring(response.get_data(as_text=True))


def ids_in(doc) -> set:
    return {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}


def resolve(base_path: str, href: str) -> str:
    """The absolute path a relative link on page `base_path` points to (fragment kept)."""
    from urllib.parse import urljoin, urlsplit

    parts = urlsplit(urljoin("http://edition.test" + base_path, href))
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")
