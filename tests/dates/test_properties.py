"""Properties of the recogniser and tagger over generated text built from date-ish tokens."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from edition.dates.normalise import problems
from edition.dates.recogniser import Context, find_dates
from edition.dates.tagger import tag_tree
from edition.xmlsafe import NS, parse_bytes

TOKENS = ["1", "17", "31", "29", "7th", "1936", "1937-38", "1948-9", "1930s", "’s", "June", "May", "February",
          "Aug.", "AUGUST", "early", "mid-", "late", "summer", "winter", "of", "and", "to", "between", "the",
          "pp.", "No.", "1,500", "14.04.1926", "31.06.1937", "–", "-", ",", " ", "[1934]", "in", "that", "year"]
texts = st.lists(st.sampled_from(TOKENS), max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts, st.one_of(st.none(), st.integers(1800, 2029)))
def test_every_resolved_date_has_one_valid_normalisation_and_matches_do_not_overlap(text, year):
    found = find_dates(text, Context(year))
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for d in found:
        assert text[d.start:d.end] == d.text
        if d.resolved:
            attrs = {k: v for k, v in d.attrs.items() if k != "evidence"}
            assert problems(attrs) == [], (text, d)


@settings(max_examples=80, deadline=None)
@given(texts, texts)
def test_tagging_keeps_the_text_and_tags_nothing_twice(before, inside):
    xml = f'<TEI xmlns="{NS["tei"]}"><text><body><p>{before}<hi>{inside}</hi>{before}</p></body></text></TEI>'
    tree = parse_bytes(xml.replace("&", "&amp;").encode("utf-8"))
    text = "".join(tree.getroot().itertext())
    tag_tree(tree, Context(1936))
    assert "".join(tree.getroot().itertext()) == text
    again = parse_bytes(etree.tostring(tree))
    assert tag_tree(again, Context(1936)) == 0
