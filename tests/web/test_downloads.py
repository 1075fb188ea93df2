"""Downloads: the TEI as stored, the plain texts from the XSLT, and the edition zip."""

import io
import zipfile

from .conftest import FIXTURE_TEI


def test_tei_download_is_the_stored_file_byte_for_byte(client):
    response = client.get("/doc/fixture-alpha.xml")
    assert response.mimetype == "application/tei+xml"
    assert response.get_data() == (FIXTURE_TEI / "fixture-alpha.xml").read_bytes()


def test_reading_and_diplomatic_texts_differ_where_the_source_was_corrected(client):
    reading = client.get("/doc/fixture-alpha.txt")
    diplomatic = client.get("/doc/fixture-alpha.diplomatic.txt")
    assert reading.content_type == diplomatic.content_type == "text/plain; charset=utf-8"
    assert "Kamenev" in reading.get_data(as_text=True) and "Kameney" not in reading.get_data(as_text=True)
    assert "Kameney" in diplomatic.get_data(as_text=True)


def test_edition_zip_holds_all_tei_the_personography_the_schema_and_the_texts(client):
    response = client.get("/download/edition.zip")
    assert response.mimetype == "application/zip"
    names = set(zipfile.ZipFile(io.BytesIO(response.get_data())).namelist())
    for doc_id in ("fixture-alpha", "fixture-beta"):
        assert {f"edition/tei/{doc_id}.xml", f"edition/text/{doc_id}.txt", f"edition/text/{doc_id}.diplomatic.txt"} <= names
    assert "edition/tei/persons.xml" in names
    assert {"edition/schema/edition.odd", "edition/schema/edition.rng", "edition/schema/edition.sch"} <= names


def test_edition_zip_is_reproducible(client):
    assert client.get("/download/edition.zip").get_data() == client.get("/download/edition.zip").get_data()
    first = client.get("/download/edition.zip").get_data()
    client.application.extensions["edition"].cache = type(client.application.extensions["edition"].cache)()
    assert client.get("/download/edition.zip").get_data() == first  # rebuilt, byte for byte
