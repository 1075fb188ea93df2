"""Invariants every document of the edition keeps: header, ids, notes, languages.

Run over the five real files; the per-document facts are in the sibling test files.
"""

import re

import pytest
from lxml import etree

from conftest import DOCUMENTS, TEI

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module", params=sorted(DOCUMENTS.items()), ids=lambda item: item[1])
def doc(request):
    source, stem = request.param
    return source, stem, etree.parse(str(TEI / f"{stem}.xml"))


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


def test_root_id_is_the_file_stem_and_language_english(doc):
    _, stem, tree = doc
    root = tree.getroot()
    assert root.get(XML_ID) == stem and root.get(XML_LANG) == "en"


def test_file_points_editors_at_the_schema_and_schematron(doc):
    _, _, tree = doc
    models = [pi.get("href") for pi in xp(tree, "/processing-instruction('xml-model')")]
    assert models == ["../schema/edition.rng", "../schema/edition.sch"]


def test_header_names_the_transcription_it_was_made_from(doc):
    source, _, tree = doc
    assert xp(tree, "//t:sourceDesc/t:bibl[@type='transcription']/t:idno[@type='source-file']/text()") == [source]


def test_header_is_complete(doc):
    _, stem, tree = doc
    header = xp(tree, "/t:TEI/t:teiHeader")[0]
    for path in ("t:fileDesc/t:titleStmt/t:title", f"t:fileDesc/t:titleStmt/t:respStmt[@xml:id='{stem}-ed']",
                 "t:fileDesc/t:publicationStmt/t:availability/t:licence[@target]",
                 "t:fileDesc/t:sourceDesc/t:biblStruct/t:monogr/t:title",
                 "t:encodingDesc/t:editorialDecl/t:correction", "t:encodingDesc/t:editorialDecl/t:normalization",
                 "t:encodingDesc/t:editorialDecl/t:hyphenation", "t:encodingDesc/t:editorialDecl/t:interpretation",
                 "t:profileDesc/t:langUsage/t:language[@ident='en']"):
        assert xp(header, path), f"{stem}: header lacks {path}"
    assert len(xp(header, "t:revisionDesc/t:change")) >= 2, "an import and a proofreading change at least"


def test_no_importer_placeholder_is_left(doc):
    _, stem, tree = doc
    text = etree.tostring(tree, encoding="unicode")
    assert not re.search(r"to be supplied|not yet proofread", text), stem


def test_every_pointer_to_the_editors_resolves_in_the_file(doc):
    _, stem, tree = doc
    ids = set(xp(tree, "//@xml:id"))
    pointers = xp(tree, "//@resp | //@who")
    assert pointers
    assert {p for p in pointers if p.lstrip("#") not in ids} == set()


def test_every_internal_id_carries_the_document_prefix(doc):
    _, stem, tree = doc
    assert [i for i in xp(tree, "//@xml:id") if i != stem and not i.startswith(stem + "-")] == []


def test_every_note_marker_is_followed_by_the_note_it_points_to(doc):
    _, stem, tree = doc
    for ref in xp(tree, "//t:ref[@type='noteAnchor']"):
        note = ref.getnext()
        assert note is not None and note.tag == f"{{{NS['t']}}}note", f"{stem}: marker {ref.get('n')} has no note after it"
        assert ref.get("target") == "#" + note.get(XML_ID) and ref.get("n") == note.get("n")


def test_every_footnote_has_exactly_one_marker(doc):
    _, stem, tree = doc
    targets = xp(tree, "//t:ref[@type='noteAnchor']/@target")
    for note in xp(tree, "//t:note[@place='foot']"):
        assert targets.count("#" + note.get(XML_ID)) == 1, f"{stem}: note {note.get('n')}"


def test_endnote_markers_run_from_one_without_gaps(doc):
    _, stem, tree = doc
    numbers = [int(n) for n in xp(tree, "//t:ref[@type='endnote']/@n")]
    assert numbers == list(range(1, len(numbers) + 1)), stem


def test_every_language_used_is_declared(doc):
    _, stem, tree = doc
    used = set(xp(tree, "/t:TEI/t:text//@xml:lang"))
    declared = set(xp(tree, "//t:langUsage/t:language/@ident"))
    assert used <= declared, f"{stem}: undeclared {used - declared}"


def test_no_paragraph_is_empty(doc):
    _, stem, tree = doc
    empty = [p.sourceline for p in xp(tree, "//t:text//t:p") if not "".join(p.itertext()).strip() and not len(p)]
    assert empty == [], stem


def test_a_periodical_is_tagged_one_way_a_title_of_level_j_without_foreign(doc):
    # docs/encoding.md § Structure: the italics as printed (hi), never foreign inside the name.
    _, _, tree = doc
    assert xp(tree, "//t:text//t:title[@level='j']//t:foreign") == []
    loose = [t for t in xp(tree, "//t:text//text()[not(ancestor::t:title)]")
             if re.search(r"\b(Pravda|Izvestiia|New York Times)\b", t)]
    assert loose == []


def test_a_figure_the_editors_infer_carries_its_certainty(doc):
    _, stem, tree = doc
    inferred = xp(tree, "//t:figure[not(t:head) and not(t:ab)]")
    assert all(f.get("cert") == "medium" and f.get("resp") == f"#{stem}-ed" for f in inferred)
    assert xp(tree, "//t:figure[t:head or t:ab][@cert]") == []


def test_the_header_gives_the_editions_identifier_and_citation_form(doc):
    _, stem, tree = doc
    assert xp(tree, "//t:publicationStmt/t:idno[@type='edition']/text()") == [stem]
    (citation,) = xp(tree, "//t:fileDesc/t:notesStmt/t:note[@type='citation']")
    assert f"document {stem}." in "".join(citation.itertext())


def test_the_encodings_licence_and_the_source_texts_rights_are_stated_apart(doc):
    _, stem, tree = doc
    (availability,) = xp(tree, "//t:publicationStmt/t:availability")
    licences = xp(availability, "t:licence")
    cc_by = [l for l in licences if l.get("target") == "https://creativecommons.org/licenses/by/4.0/"]
    assert len(cc_by) == 1 and "for the encoding only" in "".join(cc_by[0].itertext())
    if stem == "cia-1957-khrushchev-purge":  # a work of the US Government: public domain
        assert availability.get("status") == "free"
        assert [l.get("target") for l in licences if l not in cc_by] == ["https://creativecommons.org/publicdomain/mark/1.0/"]
    else:  # copyrighted: its own statement, not covered by CC BY
        assert availability.get("status") == "restricted" and len(licences) == 1
        assert "not covered by the licence above" in "".join(xp(availability, "t:p")[0].itertext())
