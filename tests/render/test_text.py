"""The plain-text edition (modes text-header, text-block, text-inline, text-note)."""

import unicodedata

from .conftest import body_text

SOURCE = """<biblStruct><monogr><title level="m">Stalin's Loyal Executioner</title>
<imprint><pubPlace>Stanford</pubPlace><publisher>Hoover</publisher><date>2002</date></imprint></monogr></biblStruct>
<bibl type="transcription"><idno type="source-file">001_x.txt</idno></bibl>"""
NOTE = ('<p>Text.<ref type="noteAnchor" n="4" target="#snip-n4">4</ref>'
        '<note xml:id="snip-n4" type="footnote" n="4">The note.</note> More.</p><p>Next.</p>')
LONG = "<p>" + " ".join(f"word{i}" for i in range(60)) + "</p>"


def test_title_block_has_the_title_and_the_source_citation(text):
    head = text("<p>x</p>", source=SOURCE).split("=" * 78)[0]
    assert head.startswith("Snippet\n") and "Source: Stalin's Loyal Executioner" in head and "001_x.txt" in head


def test_paragraphs_are_separated_by_a_blank_line(text):
    assert body_text(text("<p>one</p><p>two</p>")).strip() == "one\n\ntwo"


def test_lines_are_wrapped_at_78_columns(text):
    lines = body_text(text(LONG)).strip().splitlines()
    assert len(lines) > 1 and max(map(len, lines)) <= 78 and min(map(len, lines[:-1])) > 60


def test_a_word_longer_than_a_line_is_not_broken(text):
    word = "x" * 90
    assert word in body_text(text(f"<p>a {word} b</p>")).splitlines()


def test_an_indented_block_is_wrapped_within_78_columns_with_its_indent(text):
    # an indented block is filled with a narrower pattern than the full width
    lines = body_text(text("<quote><p>" + " ".join(f"word{i}" for i in range(60)) + "</p></quote>")).strip("\n").splitlines()
    assert len(lines) > 1 and all(line.startswith("    word") and len(line) <= 78 for line in lines)
    assert min(map(len, lines[:-1])) > 60


def test_a_line_separator_character_does_not_end_a_line(text):
    # XPath's "." matches U+2028 and U+0085; Java's (the engine Saxon fills with) may stop at
    # them, which would end a line there
    words = " ".join(f"word{i}" for i in range(30))
    out = body_text(text(f"<p>{words} a\u2028b\u0085c {words}</p>"))
    plain = body_text(text(f"<p>{words} axbxc {words}</p>"))
    assert out.replace("\u2028", "x").replace("\u0085", "x") == plain


def test_a_superscript_stands_between_carets(text):
    # run into the digits around it, a superscript "1" would read as part of the number
    assert body_text(text('<p>pp. 4<hi rend="superscript">1</hi>4</p>', diplomatic=True)).strip() == "pp. 4^1^4"


def test_note_marker_is_its_number_in_brackets(text):
    assert body_text(text(NOTE)).startswith("Text.[4] More.")


def test_reading_text_lists_the_notes_after_the_text(text):
    assert body_text(text(NOTE)).strip().endswith("Notes\n-----\n\n[4] The note.")


def test_diplomatic_text_puts_a_note_after_its_paragraph(text):
    assert body_text(text(NOTE, diplomatic=True)).strip() == "Text.[4] More.\n\n[4] The note.\n\nNext."


def test_page_break_is_a_line_of_its_own(text):
    assert body_text(text('<p>before <pb n="667"/> after</p>')).strip().splitlines() == ["before", "[p. 667]", "after"]


def test_page_break_inside_a_word_keeps_the_word_whole(text):
    assert body_text(text('<p>the commu<pb n="3" break="no"/>nists met</p>')).strip().splitlines() == ["the communists", "[p. 3]", "met"]


def test_reading_text_has_the_corrected_reading(text):
    assert "Kamenev" in text("<p><choice><sic>Kameney</sic><corr>Kamenev</corr></choice></p>")


def test_diplomatic_text_has_the_source_reading(text):
    assert "Kameney" in text("<p><choice><sic>Kameney</sic><corr>Kamenev</corr></choice></p>", diplomatic=True)


def test_both_texts_keep_a_slip_kept_as_printed(text):
    for diplomatic in (False, True):
        assert body_text(text("<p>Nikolai <sic>Yezov</sic> signed</p>", diplomatic=diplomatic)).split() == ["Nikolai", "Yezov", "signed"]


def test_reading_text_leaves_out_running_heads(text):
    assert "FORUM" not in text('<pb n="667"/><fw type="header">FORUM 667</fw><p>x</p>')


def test_diplomatic_text_keeps_running_heads_on_their_own_line(text):
    assert "FORUM 667" in body_text(text('<pb n="667"/><fw type="header">FORUM 667</fw><p>x</p>', diplomatic=True)).splitlines()


def test_diplomatic_text_leaves_out_what_the_editors_supplied(text):
    assert body_text(text("<p>a <supplied>b</supplied> c</p>", diplomatic=True)).strip() == "a c"


def test_redaction_is_bracketed(text):
    assert "[REDACTED]" in text('<p>a <gap reason="redacted"><desc>REDACTED</desc></gap> b</p>')


def test_block_quotation_is_indented(text):
    assert "\n    Quoted.\n" in text("<p>He wrote:</p><quote><p>Quoted.</p></quote><p>x</p>")


def test_verse_keeps_one_line_per_l(text):
    assert "    one\n    two" in text("<quote><lg><l>one</l><l>two</l></lg></quote>")


def test_division_heading_is_underlined(text):
    assert "Part One\n--------" in text("<div><head>Part One</head><p>x</p></div>")


def test_output_is_nfc(text):
    decomposed = unicodedata.normalize("NFD", "émigré")
    out = text(f"<p>{decomposed}</p>")
    assert "émigré" in out and unicodedata.is_normalized("NFC", out)


ENDNOTES = ('<p>Text.<ref type="endnote" n="12" target="#e">12</ref> More.<ref type="endnote" n="13" target="#e">13</ref></p>'
            '<div type="endnotes" xml:id="e"><gap reason="not-transcribed"><desc>the endnotes 12–13 are not in the '
            'transcription</desc></gap></div>')


def test_untranscribed_endnotes_are_said_once_where_the_tei_says_it(text):
    # Found reviewing the goldens: [12] in chapter 2 sent the reader to a notes list without note 12;
    # then the plain text said so twice, once from the TEI's gap and once more in the Notes list.
    out = body_text(text(ENDNOTES))
    assert out.count("not in the") == 1 and "[the endnotes 12–13 are not in the transcription]" in out


def test_endnote_markers_alone_open_no_empty_notes_list(text):
    assert "Notes\n-----" not in body_text(text(ENDNOTES))
