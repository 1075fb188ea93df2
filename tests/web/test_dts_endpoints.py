"""DTS 1.0 over HTTP (/api/dts/): each endpoint answers with the specification's required
members, content type and status, the URLs it names are served, and errors are JSON."""

import json

import pytest

from edition import xmlsafe
from edition.web.corpus import load

from .conftest import REAL_TEI

JSON_LD = "application/ld+json"
TOP = {"@context", "@id", "@type", "dtsVersion"}
RESOURCE = {"@id", "@type", "title", "totalParents", "collection", "navigation", "document", "citationTrees"}


@pytest.fixture(scope="module")
def doc_ids(tei_files):
    return list(load(REAL_TEI).documents)


def get_json(client, url, status=200) -> dict:
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True)[:300])
    assert response.mimetype == JSON_LD, url
    return json.loads(response.get_data(as_text=True))


def test_the_entry_point_names_the_three_endpoints_on_this_server(real_client):
    e = get_json(real_client, "/api/dts/")
    assert TOP <= set(e) and e["@type"] == "EntryPoint" and e["dtsVersion"] == "1.0"
    for name in ("collection", "navigation", "document"):
        assert e[name].startswith(f"/api/dts/{name}/{{?"), e[name]
        assert real_client.get(e[name].split("{")[0]).status_code in (200, 400)  # the endpoint exists


def test_the_root_collection_lists_the_documents_in_the_viewers_order(real_client, doc_ids):
    c = get_json(real_client, "/api/dts/collection/")
    assert TOP <= set(c) and c["@type"] == "Collection" and c["totalChildren"] == len(doc_ids)
    assert [m["@id"] for m in c["member"]] == doc_ids
    assert all(RESOURCE <= set(m) for m in c["member"])


def test_each_resource_navigation_and_document_answer(real_client, doc_ids):
    for doc_id in doc_ids:
        r = get_json(real_client, f"/api/dts/collection/?id={doc_id}")
        assert RESOURCE <= set(r) and r["@type"] == "Resource" and r["dublinCore"]["title"]
        nav = get_json(real_client, f"/api/dts/navigation/?resource={doc_id}&down=1")
        assert TOP <= set(nav) and nav["@type"] == "Navigation" and nav["member"]
        assert get_json(real_client, nav["@id"]) == nav  # its @id is the URL that answers it
        ref = nav["member"][0]["identifier"]
        response = real_client.get(f"/api/dts/document/?resource={doc_id}&ref={ref}")
        assert response.status_code == 200 and response.mimetype == "application/tei+xml"
        root = xmlsafe.parse_bytes(response.get_data()).getroot()
        assert root.tag == f"{{{xmlsafe.TEI_NS}}}TEI" and root.find("{https://w3id.org/api/dts#}wrapper") is not None
        link = response.headers["Link"]
        assert link.endswith('>; rel="collection"')
        assert get_json(real_client, link[1:link.index(">")])["@id"] == doc_id


def test_a_whole_document_is_the_tei_file(real_client, doc_ids):
    response = real_client.get(f"/api/dts/document/?resource={doc_ids[0]}")
    assert response.status_code == 200 and response.mimetype == "application/tei+xml"
    tei = xmlsafe.parse_bytes(response.get_data()).getroot()
    assert tei.get("{http://www.w3.org/XML/1998/namespace}id") == doc_ids[0] and tei.find(f"{{{xmlsafe.TEI_NS}}}teiHeader") is not None


@pytest.mark.parametrize("query, status", [
    ("navigation/", 400),                                   # no resource
    ("navigation/?resource={doc}", 400),                    # neither ref, start/end nor down
    ("navigation/?resource=no-such-document&down=1", 404),
    ("navigation/?resource={doc}&ref=no-such-ref", 404),
    ("navigation/?resource={doc}&down=x", 400),             # not an integer
    ("navigation/?resource={doc}&down=1&down=2", 400),      # repeated
    ("navigation/?resource={doc}&ref=p1&start=p1&end=p2", 400),
    ("navigation/?resource={doc}&tree=no-such-tree&down=1", 404),
    ("document/", 400),
    ("document/?resource=no-such-document", 404),
    ("document/?resource={doc}&start=p1", 400),
    ("collection/?id=no-such-document", 404),
    ("collection/?page=x", 400),
])
def test_errors_are_json_with_the_specifications_status(real_client, doc_ids, query, status):
    body = get_json(real_client, "/api/dts/" + query.format(doc=doc_ids[0]), status)
    assert body["statusCode"] == status and body["@type"] == "Error" and body["description"]


def test_an_unknown_dts_path_is_a_json_404(real_client):
    response = real_client.get("/api/dts/nothing/")
    assert response.status_code == 404 and response.is_json


def test_other_sites_dts_clients_may_read_the_api(real_client, doc_ids):
    for url in ("/api/dts/", f"/api/dts/document/?resource={doc_ids[0]}&ref=p1", "/api/dts/navigation/"):
        response = real_client.get(url)
        assert response.headers["Access-Control-Allow-Origin"] == "*", url
    assert "Link" in real_client.get(f"/api/dts/document/?resource={doc_ids[0]}").headers["Access-Control-Expose-Headers"]
