"""Names and dates in the editors' own notes are the editors' words, not the document's mentions
(docs/encoding.md, "Persons"): no count of what a document mentions includes them."""

from edition.dates.reporter import untagged
from edition.search.extract import extract_root
from edition.web.corpus import load
from edition.web.mentions import mentions_in, named_in
from edition.xmlsafe import NS, parse_bytes

from .conftest import REAL_TEI

DOC = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="d"><teiHeader><fileDesc><titleStmt><title>T</title>
</titleStmt></fileDesc></teiHeader><text><body>
<p>The note on <persName ref="persons.xml#kuromiya">Kuromiya</persName> follows.<note type="editorial"
 resp="#d-ed">The slides copy <persName ref="persons.xml#kuromiya">Kuromiya</persName> and <persName
 ref="persons.xml#snyder">Snyder</persName>, published in 2009.</note></p>
<p><persName ref="persons.xml#snyder">Snyder</persName> wrote in 2005.</p>
</body></text></TEI>"""


def tree():
    return parse_bytes(DOC.encode(), "d.xml")


def test_a_name_in_an_editors_note_is_not_counted_as_the_documents_mention():
    named, titled = named_in(tree())
    assert named["persons"] == {"kuromiya": 1, "snyder": 1} and titled["persons"] == {}


def test_the_quoted_mentions_leave_out_the_editors_note_and_keep_their_place_numbers():
    found = mentions_in(tree(), "d")
    assert [(m.entity_id, m.n) for m in found] == [("kuromiya", 1), ("snyder", 4)]


def test_a_year_in_an_editors_note_is_not_a_date_of_the_document_to_tag():
    assert [f["text"] for f in untagged(DOC)] == ["2005"]


def test_over_the_edition_the_persons_named_only_by_the_editors_have_no_mentions(real_client):
    persons = {p["id"]: p for p in real_client.get("/api/persons.json").get_json()["persons"]}
    assert persons["kuromiya"]["mentions"] == 0 and persons["peplonski"]["mentions"] == 0


def test_over_the_edition_a_persons_count_is_the_names_outside_the_editors_notes(real_client):
    corpus = load(REAL_TEI)
    expected = 0
    for doc_id in corpus.documents:
        expected += len(corpus.tree(doc_id).xpath(
            "//tei:text//tei:persName[@ref = 'persons.xml#shkiriatov'][not(ancestor::tei:note[@type = 'editorial'])]",
            namespaces=NS))
    persons = {p["id"]: p for p in real_client.get("/api/persons.json").get_json()["persons"]}
    assert persons["shkiriatov"]["mentions"] == expected > 0


def test_a_name_in_an_editors_note_is_searchable_text_but_not_a_mention():
    units = extract_root(tree().getroot(), "d").units
    note = next(u for u in units if u.kind == "note")
    assert "Kuromiya" in note.text and note.mentions == ()
    assert [m.person for u in units for m in u.mentions] == ["kuromiya", "snyder"]


def test_over_the_edition_the_person_filter_passes_over_the_editors_notes(real_client):
    def total(**args):
        return real_client.get("/api/search.json", query_string=args).get_json()["total"]

    assert total(q="Kuromiya") >= 1  # the editors' note on 004's source, by the word it prints
    assert total(q="Kuromiya", person="kuromiya") == 0
