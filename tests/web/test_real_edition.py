"""The viewer over the real tei/: every index link lands on its mention, every apparatus link on its place."""

from edition.web.corpus import load

from .conftest import REAL_TEI, ids_in, page


def test_every_mention_and_intervention_of_the_edition_has_its_anchor_in_the_page(real_client):
    corpus = load(REAL_TEI)
    for doc_id in corpus.documents:
        ids = ids_in(page(real_client.get(f"/doc/{doc_id}/")))
        missing = [m.anchor for m in corpus.by_document[doc_id] if m.anchor not in ids]
        assert not missing, f"{doc_id}: index links without a place: {missing[:5]}"
        missing = [i.anchor for i in corpus.apparatus[doc_id] if i.anchor not in ids]
        assert not missing, f"{doc_id}: apparatus links without a place: {missing[:5]}"


def test_every_mention_in_the_edition_names_a_person_of_the_personography(real_client):
    corpus = load(REAL_TEI)
    unknown = sorted({m.entity_id for ms in corpus.by_document.values() for m in ms} - set(corpus.persons))
    assert not unknown, f"persName/@ref to ids not in persons.xml: {unknown}"


def test_persons_index_counts_agree_with_the_person_pages(real_client):
    corpus = load(REAL_TEI)
    index = page(real_client.get("/persons/"))
    entries = index.xpath("//li[@class='person-entry']")
    assert len(entries) == len(corpus.persons)
    for person_id in list(corpus.persons)[:: max(1, len(corpus.persons) // 25)]:  # a spread of 25 entries
        doc = page(real_client.get(f"/persons/{person_id}/"))
        assert len(doc.xpath("//ol[contains(@class,'kwic')]/li")) == len(corpus.mentions.get(person_id, []))


def test_an_apparatus_entry_on_a_note_number_quotes_the_note_apart_from_its_number():
    """000's corrected note labels ("o" → 9, "28" → 26): the context after the number starts
    with a space, never glued to the note's first word ("9The Reign…")."""
    corpus = load(REAL_TEI)
    entries = [i for i in corpus.apparatus["slavic-review-1967-forum"] if i.place.startswith("note")]
    on_numbers = [i for i in entries if i.reading.strip().isdigit()]
    assert on_numbers, "000 has corrected note numbers"
    for entry in on_numbers:
        assert entry.after[:1] == " " and entry.after.strip(), (entry.reading, entry.after)


def test_every_correction_of_the_edition_shows_two_different_readings():
    """A correction whose printed form reads like its correction hides what was corrected (000's
    note 24 printed "4¹4-¹5": superscript digits stay raised)."""
    corpus = load(REAL_TEI)
    for doc_id, entries in corpus.apparatus.items():
        same = [(i.printed, i.reading) for i in entries if i.kind == "correction" and i.printed == i.reading]
        assert not same, f"{doc_id}: {same}"
    note24 = [i for i in corpus.apparatus["slavic-review-1967-forum"] if i.place == "note 24"]
    assert [(i.printed, i.reading) for i in note24] == [("4¹4-¹5", "414-15")]


def test_every_explanation_in_the_reading_text_quotes_what_it_explains(real_client):
    """Corrections inside footnotes once read "printed: (nothing) → (nothing)"."""
    for doc_id in load(REAL_TEI).documents:
        notes = page(real_client.get(f"/doc/{doc_id}/")).xpath("//span[@class='app-note']/text()")
        empty = [n for n in notes if "(nothing) → (nothing)" in n or "“” " in n]
        assert not empty, f"{doc_id}: {empty[:3]}"
