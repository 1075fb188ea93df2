"""The diplomatic text shows what the source printed: note markers as printed (a garbled marker
as garbled, a supplied one not at all) and a word hyphenated across a page break with its hyphen,
so that every word of the source is in it (found reviewing the five documents' goldens)."""

from .conftest import body_text

GARBLED = ('<p>Eikhe.<ref type="noteAnchor" n="9" target="#snip-n9"><choice><sic>•</sic><corr>9</corr></choice></ref>'
           '<note xml:id="snip-n9" type="footnote" n="9"><label>9</label>Ibid.</note> Next.</p>')
SUPPLIED = ('<p>Stalin).<ref type="noteAnchor" n="1" target="#snip-n1"><supplied reason="omitted">1</supplied></ref>'
            '<note xml:id="snip-n1" type="footnote" n="1"><label>1</label>Paris.</note> Slusser</p>')
SPLIT = '<p>I do not in<pb n="666" break="no"/><fw type="header" place="top">FORUM 666</fw>tend to go.</p>'


def test_diplomatic_text_shows_a_garbled_note_marker_as_printed(text):
    assert body_text(text(GARBLED, diplomatic=True)).startswith("Eikhe.[•] Next.")


def test_reading_text_shows_a_garbled_note_marker_corrected(text):
    assert body_text(text(GARBLED)).startswith("Eikhe.[9] Next.")


def test_diplomatic_text_has_no_marker_where_the_source_printed_none(text):
    assert body_text(text(SUPPLIED, diplomatic=True)).startswith("Stalin). Slusser")


def test_reading_text_shows_the_marker_the_editors_supplied(text):
    assert body_text(text(SUPPLIED)).startswith("Stalin).[1] Slusser")


def test_diplomatic_text_keeps_the_hyphen_of_a_word_split_by_a_page_break(text):
    assert body_text(text(SPLIT, diplomatic=True)).strip().splitlines() == ["I do not in-", "[p. 666]", "FORUM 666", "tend to go."]


def test_reading_text_rejoins_a_word_split_by_a_page_break_before_the_marker(text):
    assert body_text(text(SPLIT)).strip().splitlines() == ["I do not intend", "[p. 666]", "to go."]


LIST_BREAK = ('<list><item n="g">g. Doubt.</item><fw type="classification" place="bottom">SECRET</fw>'
              '<pb n="14"/><fw type="classification" place="top">S-E-C-R-E-T</fw><item n="h">h. Malenkov.</item></list>')
VERSE_NOTE = ('<quote><lg><l>Make, dombra,<ref type="noteAnchor" n="*" target="#snip-nstar1">*</ref>'
              '<note xml:id="snip-nstar1" type="footnote" n="*"><label>*</label>Dombra: an instrument.</note> play</l>'
              '<l>Play on</l></lg></quote><p>Next.</p>')
NESTED = '<list><item n="l">l. Reactions:<list><item n="1">(1). One.</item></list> </item></list><p>After.</p>'


def test_page_break_between_list_items_is_kept_in_the_reading_text(text):
    assert body_text(text(LIST_BREAK)).strip("\n").splitlines() == ["  g. Doubt.", "  [p. 14]", "  h. Malenkov."]


def test_furniture_between_list_items_is_kept_in_the_diplomatic_text(text):
    lines = body_text(text(LIST_BREAK, diplomatic=True)).strip("\n").splitlines()
    assert lines == ["  g. Doubt.", "  SECRET", "  [p. 14]", "  S-E-C-R-E-T", "  h. Malenkov."]


def test_diplomatic_text_puts_a_note_in_verse_after_its_stanza(text):
    assert body_text(text(VERSE_NOTE, diplomatic=True)).strip("\n") == (
        "    Make, dombra,[*] play\n    Play on\n\n    [*] Dombra: an instrument.\n\nNext.")


def test_a_list_ending_in_a_nested_list_is_followed_by_one_blank_line(text):
    assert body_text(text(NESTED)).strip("\n") == "  l. Reactions:\n    (1). One.\n\nAfter."
