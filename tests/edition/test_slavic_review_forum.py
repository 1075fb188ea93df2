"""Facts of the Slavic Review forum (source 000) that its encoding must keep.

The note apparatus of this text is incomplete and garbled in print and OCR; the exceptions to
"every marker has its body and every body its marker" are listed here exactly, so that a new one
(or a lost one) fails.
"""

import pytest

from encoded import NS, XML_ID, load, xp

DOC = "slavic-review-1967-forum"

SUPPLIED_MARKERS = {1, 2, 3, 11, 17}
MISSING_BODIES = {25}
GARBLED_MARKERS = {9: "•", 13: "18", 14: '"', 23: "25", 24: "94", 25: "**"}
GARBLED_LABELS = {3: "8", 9: "o", 26: "28"}
UNLABELLED_BODIES = {13, 14, 15, 16, 17, 25}


@pytest.fixture(scope="module")
def forum():
    return load(DOC)


def markers(forum):
    return xp(forum, "//t:text//t:ref[@type='noteAnchor']")


def test_forum_holds_the_editorial_note_the_article_and_the_letter(forum):
    assert xp(forum, "//t:body/t:div/@type") == ["forum"]
    assert xp(forum, "//t:div[@type='forum']/t:div/@type") == ["editorial-note", "article", "letter"]
    assert xp(forum, "string(//t:div[@type='forum']/t:head)") == (
        "Question of a September 1936 Plenum of the CPSU Central Committee")


def test_bylines_are_docauthors_not_headings(forum):
    assert [" ".join(xp(d, "string(.)").split()) for d in xp(forum, "//t:byline/t:docAuthor")] == [
        "ABDURAKHMAN AVTORKHANOV", "JOHN A. ARMSTRONG"]
    heads = [xp(h, "string(.)") for h in xp(forum, "//t:div[@type='forum']//t:head")]
    assert "Letter to the Editors" in heads
    assert not any("AVTORKHANOV" in h or "ARMSTRONG" in h for h in heads)


def test_the_four_block_quotations_are_quotes(forum):
    openings = [xp(q, "string(.)").split()[:3] for q in xp(forum, "//t:text//t:quote")]
    assert openings == [["Mr.", "Tucker", "has"], ["Stalin's", "complete", "command"],
                        ["Thus,", "some", "tentative,"], ["During", "Stalin's", "absence,"]]


def test_notes_run_from_one_to_twenty_six_in_order(forum):
    assert [int(r.get("n")) for r in markers(forum)] == list(range(1, 27))
    assert [int(n.get("n")) for n in xp(forum, "//t:text//t:note[@type='footnote']")] == list(range(1, 27))


def test_every_marker_is_followed_by_the_note_it_points_to(forum):
    for ref in markers(forum):
        note = ref.getnext()
        n = ref.get("n")
        assert note.tag == f"{{{NS['t']}}}note" and note.get("n") == n
        assert ref.get("target") == f"#{DOC}-n{n}" == "#" + note.get(XML_ID)


def test_exactly_the_markers_of_notes_1_2_3_11_17_are_supplied(forum):
    supplied = {int(r.get("n")): r for r in markers(forum) if r.find("t:supplied", NS) is not None}
    assert set(supplied) == SUPPLIED_MARKERS
    for n, ref in supplied.items():
        s = ref.find("t:supplied", NS)
        assert (s.text, s.get("reason"), s.get("resp"), s.get("cert")) == (
            str(n), "omitted", f"#{DOC}-ed", "medium")


def test_exactly_the_body_of_note_25_is_missing(forum):
    missing = {int(n.get("n")) for n in xp(forum, "//t:note[@type='footnote'][t:gap[@reason='missing']]")}
    assert missing == MISSING_BODIES
    for note in xp(forum, "//t:note[@type='footnote']"):
        if int(note.get("n")) not in MISSING_BODIES:
            body = "".join(note.xpath("text()|*[not(self::t:label)]//text()", namespaces=NS)).strip()
            assert body, f"note {note.get('n')} has no body"


def test_garbled_markers_keep_the_printed_form_beside_the_number(forum):
    garbled = {}
    for ref in markers(forum):
        choice = ref.find("t:choice", NS)
        if choice is not None:
            assert choice.findtext("t:corr", namespaces=NS) == ref.get("n")
            assert choice.find("t:corr", NS).get("resp") == f"#{DOC}-ed"
            garbled[int(ref.get("n"))] = choice.findtext("t:sic", namespaces=NS)
    assert garbled == GARBLED_MARKERS


def test_every_other_marker_is_printed_as_its_number(forum):
    plain = [r for r in markers(forum) if int(r.get("n")) not in SUPPLIED_MARKERS | set(GARBLED_MARKERS)]
    assert len(plain) == 26 - len(SUPPLIED_MARKERS) - len(GARBLED_MARKERS)
    assert all(len(r) == 0 and r.text == r.get("n") for r in plain)


def test_body_labels_are_printed_corrected_or_absent_as_in_the_source(forum):
    for note in xp(forum, "//t:note[@type='footnote']"):
        n = int(note.get("n"))
        label = note.find("t:label", NS)
        if n in UNLABELLED_BODIES:
            assert label is None
        elif n in GARBLED_LABELS:
            assert (label.findtext("t:choice/t:sic", namespaces=NS),
                    label.findtext("t:choice/t:corr", namespaces=NS)) == (GARBLED_LABELS[n], str(n))
        else:
            assert label.text == str(n) and len(label) == 0


def test_eight_pages_665_to_672_three_with_printed_heads(forum):
    pbs = xp(forum, "//t:text//t:pb")
    assert [pb.get("n") for pb in pbs] == [str(n) for n in range(665, 673)]
    printed = [pb.get("n") for pb in pbs if pb.get("resp") is None]
    assert printed == ["667", "669", "671"]
    assert all(pb.get("cert") == "medium" for pb in pbs if pb.get("resp") == f"#{DOC}-ed")


def test_running_heads_follow_the_page_break_of_their_page(forum):
    heads = xp(forum, "//t:fw")
    assert [(fw.get("type"), fw.get("place")) for fw in heads] == [("header", "top")] * 3
    assert [fw.getprevious().get("n") for fw in heads] == ["667", "669", "671"]
    printed = ["".join(fw.xpath(".//text()[not(ancestor::t:reg)]", namespaces=NS)) for fw in heads]
    assert printed == ["FORUM 667", "forum 669", "FORUM 671"]


def test_words_split_by_a_page_are_rejoined(forum):
    for n, before, after in (("666", "in", "tend"), ("670", "ap", "peared")):
        pb = xp(forum, f"//t:pb[@n='{n}']")[0]
        assert pb.get("break") == "no"
        prev = pb.getprevious()
        assert (pb.getparent().text if prev is None else prev.tail).endswith(" " + before)
        assert pb.tail.startswith(after + " ")


def test_the_reign_of_stalin_split_by_the_page_is_one_title(forum):
    title = xp(forum, "//t:title[t:pb]")
    assert len(title) == 1
    words = title[0].xpath(".//text()[not(ancestor::t:fw)]", namespaces=NS)
    assert " ".join("".join(words).split()) == "The Reign of Stalin"
    assert xp(title[0], "t:pb/@n") == ["669"]


def test_ocr_corrections_outside_the_note_numbers(forum):
    choices = xp(forum, "//t:text//t:choice[t:sic][not(parent::t:ref) and not(parent::t:label)]")
    pairs = [("".join(c.find("t:sic", NS).itertext()), c.findtext("t:corr", namespaces=NS)) for c in choices]
    assert pairs == [("-", "—"), ("-", "—"), ("414-15", "414-15")]
    # note 24's page numbers: the printed form keeps the two stray superscript ones
    assert xp(choices[2], "t:sic/t:hi[@rend='superscript']/text()") == ["1", "1"]
    assert all(c.find("t:corr", NS).get("resp") == f"#{DOC}-ed" for c in choices)


def test_the_lower_case_running_head_is_regularised_not_corrected(forum):
    # a case change is a normalisation (orig/reg), not a correction (docs/encoding.md § Corrections)
    choice = xp(forum, "//t:fw//t:choice")
    assert [(c.findtext("t:orig", namespaces=NS), c.findtext("t:reg", namespaces=NS)) for c in choice] == [("forum", "FORUM")]
    assert choice[0].find("t:reg", NS).get("resp") == f"#{DOC}-ed"


def test_no_markup_debris_is_left_in_the_text(forum):
    text = xp(forum, "string(//t:text)")
    for debris in ("<sup>", "&lt;", "lt;sup", "```", "##", "\\*"):
        assert debris not in text


def test_armstrongs_letter_breaks_off_with_a_gap(forum):
    last = xp(forum, "//t:div[@type='letter']/t:p[last()]")[0]
    gap = last[-1]
    assert gap.tag == f"{{{NS['t']}}}gap" and gap.get("reason") == "missing"
    assert (gap.getprevious().tail if gap.getprevious() is not None else last.text).rstrip().endswith(
        "left unanalyzed. I am")
    assert gap.tail is None or not gap.tail.strip()


def test_source_is_described_with_inferred_parts_marked(forum):
    monogr = xp(forum, "//t:sourceDesc/t:biblStruct/t:monogr")[0]
    assert xp(monogr, "string(t:title[@level='j'])") == "Slavic Review"
    assert xp(monogr, "string(t:imprint/t:date/@when)") == "1967"
    assert xp(monogr, "t:title/@cert") == ["high"]
    assert xp(monogr, "t:imprint/t:date/@cert") == ["medium"]
    assert xp(monogr, "t:biblScope[@unit='volume']/@cert") == ["medium"]
    pages = xp(monogr, "t:biblScope[@unit='page']")[0]
    assert (pages.get("from"), pages.get("to")) == ("665", "672")
    assert xp(forum, "string(//t:sourceDesc/t:bibl[@type='transcription']/t:idno)") == "000_1f0d5a27ce904b67.txt"


def test_header_authors_point_at_the_personography(forum):
    assert xp(forum, "//t:titleStmt/t:author/t:persName/@ref") == [
        "persons.xml#avtorkhanov", "persons.xml#armstrong"]


def test_the_page_head_decision_is_stated_in_the_header(forum):
    interpretation = " ".join(xp(forum, "string(//t:editorialDecl/t:interpretation)").split())
    assert "heads of the following page" in interpretation and "665–672" in interpretation


def test_languages_used_are_french_and_transliterated_russian(forum):
    used = set(xp(forum, "//t:text//t:foreign/@xml:lang"))
    assert used == {"fr", "ru-Latn"}
    assert set(xp(forum, "//t:langUsage/t:language/@ident")) == used | {"en"}


def mentions(forum, ref):
    return ["".join(p.itertext()) for p in xp(forum, f"//t:text//t:persName[@ref='persons.xml#{ref}']")]


def test_pen_names_in_note_1_and_the_schapiro_quote_link_to_avtorkhanov(forum):
    assert {"Alexandre Ouralov", "Alexander Uralov", "A. Ouralov"} <= set(mentions(forum, "avtorkhanov"))


@pytest.mark.parametrize("ref, variant", [
    ("iagoda", "Iagoda"), ("iagoda", "Yagoda"), ("tomskii", "Tomsky"), ("tomskii", "Tomskii"),
    ("kosior", "Kossior"), ("mikoian", "Mikoyan"), ("zinovev", "Zinoviev"), ("beriia", "Beria"),
])
def test_variant_spellings_are_kept_and_linked_to_one_person(forum, ref, variant):
    assert variant in mentions(forum, ref)


def test_derived_words_are_not_person_mentions(forum):
    tagged = {"".join(p.itertext()) for p in xp(forum, "//t:text//t:persName")}
    assert not tagged & {"Trotskyites", "Trotskyite", "Bukharinites", "Leninist", "Ezhovshchina"}
    assert xp(forum, "//t:persName[ancestor::t:foreign[.='Ezhovshchina']]") == []


def dates_in(forum, div_type):
    return {d.xpath("string(.)"): d for d in xp(forum, f"//t:div[@type='{div_type}']//t:date")}


@pytest.mark.parametrize("text, when", [
    ("February", "1967-02"), ("February 27", "1967-02-27"), ("February 1967", "1967-02")])
def test_armstrongs_yearless_dates_are_1967(forum, text, when):
    date = dates_in(forum, "letter")[text]
    assert date.get("when") == when
    assert date.get("evidence") == (None if text.endswith("1967") else "conjecture")


def test_armstrongs_end_of_july_is_the_last_third_of_july_1967(forum):
    date = dates_in(forum, "letter")["end of July"]
    assert (date.get("notBefore"), date.get("notAfter"), date.get("evidence")) == (
        "1967-07-22", "1967-07-31", "conjecture")


def test_the_yearless_september_dates_of_the_article_are_1936(forum):
    septembers = [d for d in xp(forum, "//t:div[@type='article']//t:date")
                  if d.xpath("string(.)").startswith("September") and "19" not in d.xpath("string(.)")]
    assert len(septembers) >= 6
    assert {d.get("when")[:7] for d in septembers} == {"1936-09"}
    assert [d.get("when") for d in septembers if d.xpath("string(.)") == "September 10"] == ["1936-09-10"] * 2


def test_running_heads_and_note_numbers_are_not_dates(forum):
    assert xp(forum, "//t:fw//t:date | //t:ref[@type='noteAnchor']//t:date | //t:label//t:date") == []


def test_the_issue_number_no_citable_source_confirmed_is_said_not_given(forum):
    # The issue (and the forum's full page range) was looked for in stored pages of Cambridge Core
    # and JSTOR and tables of contents, and not found (docs/encoding.md, Header).
    monogr = xp(forum, "//t:sourceDesc/t:biblStruct/t:monogr")[0]
    assert xp(monogr, "t:biblScope[@unit='issue']") == []
    assert "the issue number is not known" in " ".join(xp(forum, "//t:sourceDesc/t:biblStruct/t:note//text()"))
