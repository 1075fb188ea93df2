"""DTS 1.0 responses for the real edition: the specification's required members, the citation
trees, the error table, passages that are well-formed TEI in dts:wrapper, and the static files."""

import json
import re

import pytest

from conftest import DOCUMENTS, TEI
from edition import xmlsafe
from edition.dts import DtsError
from edition.dts.collection import collection, entry
from edition.dts.document import document
from edition.dts.edition import Edition
from edition.dts.navigation import navigation
from edition.dts.static import write_static
from edition.render import to_html

DTS = "https://w3id.org/api/dts#"
TOP = {"@context", "@id", "@type", "dtsVersion"}
RESOURCE = {"@id", "@type", "title", "totalParents", "collection", "navigation", "document", "citationTrees"}
UNIT = {"identifier", "@type", "level", "parent"}


@pytest.fixture(scope="module")
def edition(tei_files):
    return Edition({p.stem: p for p in tei_files})


def _walk_structure(structures):
    for s in structures:
        assert s["citeType"]
        yield s["citeType"]
        yield from _walk_structure(s.get("citeStructure", []))


def test_the_entry_point_names_the_three_endpoints_as_uri_templates(edition):
    e = entry(edition)
    assert TOP <= set(e) and e["@type"] == "EntryPoint" and e["dtsVersion"] == "1.0"
    assert "{?id" in e["collection"] and "{?resource" in e["navigation"] and "{?resource" in e["document"]


def test_the_root_collection_lists_the_five_documents_as_resources(edition):
    c = collection(edition)
    assert TOP | {"title", "totalParents", "totalChildren", "collection", "member"} <= set(c)
    assert c["totalChildren"] == len(c["member"]) == 5
    assert [m["@id"] for m in c["member"]] == list(edition.documents)
    for m in c["member"]:
        assert RESOURCE <= set(m) and m["@type"] == "Resource"
        assert all(t["@type"] == "CitationTree" for t in m["citationTrees"])
        assert "identifier" not in m["citationTrees"][0]  # the default tree has none


def test_a_resource_carries_dublin_core_from_its_header(edition, tei_files):
    for path in tei_files:
        r = collection(edition, path.stem)
        root = xmlsafe.parse_file(path).getroot()
        title = " ".join(root.xpath("string(//tei:titleStmt/tei:title[1])", namespaces=xmlsafe.NS).split())
        assert TOP <= set(r) and r["@id"] == path.stem
        assert r["dublinCore"]["title"][0]["value"].split()[:2] == title.split()[:2]
        authors = root.xpath("//tei:titleStmt/tei:author", namespaces=xmlsafe.NS)
        assert len(r["dublinCore"].get("creator", [])) == len(authors)
        assert all(isinstance(x["lang"], str) for x in r["dublinCore"]["title"])


def test_parents_of_a_resource_are_the_edition(edition, tei_files):
    r = collection(edition, tei_files[0].stem, nav="parents")
    assert [m["@id"] for m in r["member"]] == [edition.id]


@pytest.mark.parametrize("stem", DOCUMENTS.values())
def test_the_whole_default_tree_is_a_tree_in_document_order(edition, stem):
    nav = navigation(edition, stem, down=-1)
    assert TOP | {"resource", "member"} <= set(nav) and nav["@type"] == "Navigation"
    members = nav["member"]
    ids = [m["identifier"] for m in members]
    assert len(ids) == len(set(ids)) and members
    seen = set()
    for m in members:
        assert UNIT <= set(m) and m["@type"] == "CitableUnit"
        assert m["parent"] is None or m["parent"] in seen  # parents come first (pre-order)
        seen.add(m["identifier"])
    types = set(_walk_structure(nav["resource"]["citationTrees"][0]["citeStructure"]))
    assert {m["citeType"] for m in members} == types


def test_paragraph_identifiers_are_the_reading_views_paragraph_ids(edition, tei_files):
    path = tei_files[1]
    html_ids = set(re.findall(r'\bid="(p\d+)"', to_html(path)))
    paragraphs = [m["identifier"] for m in navigation(edition, path.stem, down=-1)["member"]
                  if m["citeType"] == "paragraph"]
    assert paragraphs and set(paragraphs) <= html_ids


def test_down_and_ref_follow_the_specification_table(edition, tei_files):
    stem = tei_files[0].stem
    everything = navigation(edition, stem, down=-1)["member"]
    top = navigation(edition, stem, down=1)["member"]
    assert top == [m for m in everything if m["level"] == 1]
    div = next(m for m in everything if m["citeType"] != "paragraph" and m["level"] == 2)
    only = navigation(edition, stem, ref=div["identifier"])
    assert only["ref"]["identifier"] == div["identifier"] and "member" not in only
    children = navigation(edition, stem, ref=div["identifier"], down=1)["member"]
    assert children and all(c["parent"] == div["identifier"] for c in children)
    siblings = navigation(edition, stem, ref=div["identifier"], down=0)["member"]
    assert div in siblings and all(s["parent"] == div["parent"] for s in siblings)
    leaf = next(m for m in everything if m["citeType"] == "paragraph")
    assert navigation(edition, stem, ref=leaf["identifier"], down=1)["member"] == [leaf]
    rng = navigation(edition, stem, start=everything[1]["identifier"], end=everything[3]["identifier"], down=-1)
    assert rng["member"][:3] == everything[1:4]


@pytest.mark.parametrize("kwargs, status", [
    ({}, 400),
    ({"down": 0}, 400),
    ({"ref": "p1", "start": "p1", "end": "p2"}, 400),
    ({"start": "p1"}, 400),
    ({"ref": "p99999"}, 404),
    ({"down": 1, "tree": "no-such-tree"}, 404),
])
def test_bad_navigation_requests_get_the_specified_status(edition, tei_files, kwargs, status):
    with pytest.raises(DtsError) as err:
        navigation(edition, tei_files[0].stem, **kwargs)
    assert err.value.status == status


def test_an_unknown_or_missing_resource_is_404_or_400(edition):
    for call in (lambda: collection(edition, "nope"), lambda: navigation(edition, "nope", down=1),
                 lambda: document(edition, "nope")):
        with pytest.raises(DtsError) as err:
            call()
        assert err.value.status == 404
    with pytest.raises(DtsError) as err:
        document(edition, None)
    assert err.value.status == 400


def test_a_whole_document_is_the_tei_file(edition, tei_files):
    assert document(edition, tei_files[2].stem) == tei_files[2].read_text(encoding="utf-8")


def _words(el) -> list[str]:
    return "".join(el.itertext()).split()


def test_a_paragraph_passage_is_that_paragraph_in_a_dts_wrapper(edition, tei_files):
    path = tei_files[0]
    root = xmlsafe.parse_file(path).getroot()
    ps = root.findall(f".//{{{xmlsafe.TEI_NS}}}text//{{{xmlsafe.TEI_NS}}}p")
    out = xmlsafe.parse_bytes(document(edition, path.stem, ref="p3").encode("utf-8")).getroot()
    assert out.tag == f"{{{xmlsafe.TEI_NS}}}TEI"
    wrapper = out.find(f"{{{DTS}}}wrapper")
    assert wrapper is not None and wrapper.get("ref") == "p3"
    assert _words(wrapper) == _words(ps[2])


def _before(el, stop):
    """The text of `el` that comes before the element `stop`."""
    out = [el.text or ""]
    for child in el:
        if child is stop:
            return out, True
        if any(d is stop for d in child.iter()):
            inner, _ = _before(child, stop)
            return out + inner, True
        out += ["".join(child.itertext()), child.tail or ""]
    return out, False


def test_the_pages_together_hold_the_text_from_the_first_page_break_on(edition, tei_files):
    path = tei_files[1]
    root = xmlsafe.parse_file(path).getroot()
    pages = navigation(edition, path.stem, tree="pages", down=1)["member"]
    assert pages and all(p["citeType"] == "page" for p in pages)
    words = []
    for p in pages:
        out = xmlsafe.parse_bytes(document(edition, path.stem, ref=p["identifier"], tree="pages").encode())
        words += _words(out.getroot())
    text = root.find(f"{{{xmlsafe.TEI_NS}}}text")
    first = next(text.iter(f"{{{xmlsafe.TEI_NS}}}pb"))
    everything = "".join(_words(text))
    # the text before the first break is in no page; all after it is, once, in order (compared
    # without spaces: a word split by a break is split between two pages)
    pages_text = "".join(words)
    assert first is not None and pages_text and everything.endswith(pages_text)
    assert len(everything) - len(pages_text) == len("".join("".join(_before(text, first)[0]).split()))


def _expand(template: str, values: dict) -> str:
    """The RFC 6570 forms the static templates use: {var}, {/var}, {;a,b}."""
    def one(m):
        op, names = (m.group(1) or ""), m.group(2).split(",")
        got = [(n, values[n]) for n in names if values.get(n) is not None]
        if op == "/":
            return "".join(f"/{v}" for _, v in got)
        if op == ";":
            return "".join(f";{n}={v}" for n, v in got)
        return "".join(str(v) for _, v in got)
    return re.sub(r"\{([/;]?)([a-z,]+)\}", one, template)


def test_the_static_files_answer_what_their_templates_promise(edition, tmp_path):
    base = "/api/dts"
    write_static(edition, tmp_path, base)
    def load(url):
        path = tmp_path / url[len(base) + 1:]
        assert path.is_file(), url
        return path.read_text(encoding="utf-8")
    e = json.loads(load(f"{base}/index.json"))
    root = json.loads(load(_expand(e["collection"], {})))
    assert root["totalChildren"] == 5
    for resource in root["member"]:
        r = json.loads(load(_expand(e["collection"], {"id": resource["@id"]})))
        assert r["@id"] == resource["@id"]
        top = json.loads(load(_expand(r["navigation"], {"down": -1})))
        for unit in top["member"]:
            one = json.loads(load(_expand(r["navigation"], {"ref": unit["identifier"]})))
            assert one["ref"] == unit
            xmlsafe.parse_bytes(load(_expand(r["document"], {"ref": unit["identifier"]})).encode())
        assert load(_expand(r["document"], {})) == (TEI / f"{resource['@id']}.xml").read_text(encoding="utf-8")


def test_query_parameters_become_arguments_and_bad_integers_are_400(edition, tei_files):
    from werkzeug.datastructures import MultiDict

    from edition.dts import params

    args = params.navigation_args(MultiDict({"resource": tei_files[0].stem, "down": "-1"}))
    assert navigation(edition, **args)["member"] == navigation(edition, tei_files[0].stem, down=-1)["member"]
    assert params.document_args({"resource": "x", "mediaType": "application/tei+xml"})["media_type"]
    for bad in (MultiDict({"resource": "x", "down": "one"}), MultiDict([("ref", "p1"), ("ref", "p2")])):
        with pytest.raises(DtsError) as err:
            params.navigation_args(bad)
        assert err.value.status == 400


def test_the_root_collection_keeps_only_the_last_few_documents_parsed(tei_files, monkeypatch, tmp_path):
    import edition.dts.edition as dts_edition

    monkeypatch.setattr(dts_edition, "KEPT", 2)
    copies = {}
    for p in tei_files:
        copies[p.stem] = tmp_path / p.name
        copies[p.stem].write_bytes(p.read_bytes())
    ed = Edition(copies)
    assert [m["@id"] for m in collection(ed)["member"]] == list(copies)
    assert len(ed._parsed) == 2  # one tree of a thousand documents' collection at a time, not all
    first = next(iter(copies))
    tree = ed.root(first)
    assert ed.root(first) is tree  # kept while unchanged
    copies[first].write_bytes(copies[first].read_bytes().replace(b"</TEI>", b"</TEI>\n"))
    assert ed.root(first) is not tree  # parsed again once the file changed
