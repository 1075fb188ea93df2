"""Note markers and the bodies the OCR left at the page foot (docs/encoding.md, "Notes")."""

from import_fixture import import_fixtures, imported  # noqa: F401  (fixtures)
from edition.xmlsafe import NS, XML_NS


def x(root, path):
    return root.xpath(path, namespaces=NS)


def test_note_body_at_page_foot_moves_right_after_its_marker(imported):
    root, _ = imported("notes")
    ref = x(root, "//tei:ref[@n='1']")[0]
    note = ref.getnext()
    assert ref.get("type") == "noteAnchor" and ref.get("target") == f"#{note.get(f'{{{XML_NS}}}id')}"
    assert x(note, "string(tei:label)") == "1"
    assert note.xpath("string()").endswith("The body of the first note.")
    assert ref.tail is None and note.tail.startswith(" Another sentence")


def test_asterisk_note_gets_a_star_id_and_its_body(imported):
    root, _ = imported("notes")
    note = x(root, "//tei:note[@n='*']")[0]
    assert note.get(f"{{{XML_NS}}}id") == "fx-nstar1"
    assert note.getprevious().get("target") == "#fx-nstar1"


def test_marker_printed_as_plain_digit_is_found_through_its_body(imported):
    root, err = imported("plain-digit-marker")
    ref = x(root, "//tei:ref[@type='noteAnchor']")[0]
    assert ref.text == "4" and ref.getnext().get("n") == "4"
    assert ":5: warning: note body '4' linked to a marker printed as plain digits" in err


def test_body_without_marker_stays_where_it_was_and_warns(imported):
    root, err = imported("orphan-body")
    note = x(root, "//tei:text//tei:note")[0]
    assert note.getparent().get("type") == "article" and note.getprevious().tag.endswith("p")
    assert "orphan-body.txt:5: warning: note body '7' matches no marker" in err


def test_numeric_markers_are_endnote_markers_when_no_numbered_body_exists(imported):
    root, _ = imported("endnotes")
    refs = x(root, "//tei:text//tei:ref")
    (back,) = x(root, "//tei:text/tei:back/tei:div[@type='endnotes']")
    target = "#" + back.get("{http://www.w3.org/XML/1998/namespace}id")
    assert [(r.get("type"), r.get("n"), r.get("target")) for r in refs] == [("endnote", "1", target), ("endnote", "2", target)]
    assert x(back, "tei:gap/@reason") == ["not-transcribed"]
    assert not x(root, "//tei:text//tei:note")


def test_footnotes_option_overrides_the_endnote_heuristic(imported):
    root, err = imported("endnotes", "--footnotes")
    assert x(root, "//tei:ref/@type") == ["noteAnchor", "noteAnchor"]
    assert x(root, "count(//tei:text//tei:note/tei:gap[@reason='missing'])") == 2
    assert err.count("has no body in the transcription") == 2


def test_endnotes_option_turns_numbered_markers_into_endnote_anchors(imported):
    root, _ = imported("notes", "--endnotes")
    assert x(root, "//tei:ref[@n='1']/@type") == ["endnote"]
