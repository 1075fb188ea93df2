"""Page breaks, running heads, classification lines, redactions and release codes."""

from import_fixture import import_fixtures, imported  # noqa: F401  (fixtures)
from edition.xmlsafe import NS


def x(root, path):
    return root.xpath(path, namespaces=NS)


def test_paragraph_broken_by_a_page_stays_one_p_with_the_pb_inside(imported):
    root, _ = imported("page-break")
    paragraphs = x(root, "//tei:body//tei:p")
    assert len(paragraphs) == 1
    assert x(paragraphs[0], "tei:pb/@n") == ["667"]


def test_running_head_follows_its_pb_as_fw(imported):
    root, _ = imported("page-break")
    pb = x(root, "//tei:pb")[0]
    fw = pb.getnext()
    assert fw.tag.endswith("fw") and fw.get("type") == "header" and fw.text == "FORUM 667"


def test_word_hyphenated_across_the_page_is_rejoined_with_break_no(imported):
    root, _ = imported("page-break")
    pb = x(root, "//tei:pb")[0]
    assert pb.get("break") == "no"
    text = "".join(x(root, "//tei:body//tei:p/text()"))
    assert "intended" in text and "in-" not in text


def test_struck_classification_line_is_fw_with_del(imported):
    root, _ = imported("classification")
    fw = x(root, "//tei:fw[@type='classification']")[0]
    assert x(fw, "string(tei:del[@rend='strikethrough'])") == "SECRET"


def test_unstruck_classification_line_has_no_del(imported):
    root, _ = imported("classification")
    plain = [fw for fw in x(root, "//tei:fw[@type='classification']") if not len(fw)]
    assert [fw.text for fw in plain] == ["S-E-C-R-E-T", "S-E-C-R-E-T"]


def test_classification_lines_alternate_page_top_and_bottom(imported):
    root, _ = imported("classification")
    places = [fw.get("place") for fw in x(root, "//tei:fw[@type='classification']")]
    assert places == ["top", "bottom", "top", "bottom"]
    assert all(fw.getprevious().tag.endswith("pb") for fw in x(root, "//tei:fw[@place='top']"))


def test_redaction_becomes_gap_keeping_the_printed_label(imported):
    root, _ = imported("classification")
    assert x(root, "string(//tei:gap[@reason='redacted']/tei:desc)") == "REDACTED"


def test_release_code_on_its_own_line_is_a_stamp_in_a_release_code_line(imported):
    root, _ = imported("classification")
    assert x(root, "//tei:ab[@type='release-code']/tei:stamp/text()") == ["25X1A2d2"]


def test_struck_classification_lines_name_the_declassifying_hand(imported):
    root, _ = imported("classification")
    hands = set(x(root, "//tei:del/@hand"))
    assert hands and all(h[1:] in x(root, "//tei:handNotes/tei:handNote/@xml:id") for h in hands)


def test_numbered_paragraph_keeps_its_number_in_n_and_in_the_text(imported):
    root, _ = imported("classification")
    p = x(root, "//tei:p[@n]")[0]
    assert p.get("n") == "1" and p.text.startswith("1. ")


def test_paragraph_ending_in_a_plain_digit_marker_is_not_continued(imported):
    root, _ = imported("plain-marker-ends-paragraph")
    assert x(root, "count(//tei:body//tei:p)") == 2
    assert not x(root, "//tei:pb")
