"""Properties over arbitrary text (not the block shapes tests/importer builds): character soup with
markdown, HTML, CR/LF, tabs and any Unicode letter never crashes the importer or the date
recogniser, and never loses a word, through to the diplomatic plain text."""

import re
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from edition.dates.recogniser import Context, find_dates
from edition.dates.tagger import tag_tree
from edition.fidelity import source_words, tei_words
from edition.importer import import_text
from edition.importer.writer import serialize
from edition.xmlsafe import TEI_NS, parse_bytes

# Everything XML can hold except the C0 controls the import command refuses before the importer runs.
XML_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff\x00",
                          min_codepoint=0x9).filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20)
SOUP = st.sampled_from(list("*_~#>|\\<>&[]()-–—.,;:!?\"'`") + ["**", "<sup>", "</sup>", "<sup>1</sup>", "<b>",
                                                                 "</i>", "<script>", "&amp;", "\r\n", "\n\n", "\t",
                                                                 "1936", "31 June 1937", "May–June 1938", "pp. 12"])
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ЕжовПавéł", min_size=1,
                max_size=10)
TEXT = st.lists(st.one_of(WORDS, SOUP, st.just(" "), st.text(XML_CHARS, max_size=6)), min_size=1, max_size=60).map(
    "".join).filter(lambda t: t.strip())


def _import(text: str):
    tree, _warnings = import_text(text, "random.txt", "random")
    return parse_bytes(serialize(tree), "random.xml")  # what the command writes must read back safely


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(TEXT)
@example("```")  # found by Hypothesis in a CI run: an empty fence crashed the classifier
@example("```python\nx\n```Kamenev")  # words on a fence line itself were dropped
@example(" 0. 0")  # an indented numbered paragraph: classified on the stripped line, built on the raw one
@example("0<sup>0 0")  # an unclosed <sup> kept as text: its "sup" pulled the alignment off a "0"
@example("<0\r\n>")  # a "tag" across two source lines is text: the TEI side must not drop it either
@example("0A<sup>1</sup>0A0")  # all there, but an in-order alignment (difflib) found only 3 of 5
def test_the_importer_never_crashes_and_never_loses_a_word(text):
    # Every source word, as often as the source has it. Not the in-order alignment of
    # edition.fidelity: on random text full of repeated words its greedy matching misses words
    # that are there; the order is checked on the five real documents (tests/test_fidelity.py).
    lost = Counter(w for w, _ in source_words(text)) - Counter(tei_words(_import(text).getroot()))
    assert not lost, (text, lost)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(TEXT)
@example("\uf900")  # a CJK compatibility ideograph: NFC (the text edition's form) turns it into U+8C48
@example("0*0*")  # emphasis inside a word ran "0" and "0" together into "00"
@example("<sup>1</sup>0<sup>1</sup>")  # a superscript ran into the digit before it: "01"
@example("<sup>1</sup><sup>1</sup>0")  # ... and into the digit after it: "10"
def test_import_then_diplomatic_text_keeps_every_word(text):
    from edition.render import to_text

    tree = _import(text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.xml"
        path.write_bytes(etree.tostring(tree, encoding="UTF-8", xml_declaration=True))
        plain = to_text(path, diplomatic=True)
    # The text edition is NFC by design: a word is kept when its canonical equivalent is.
    wanted = Counter(unicodedata.normalize("NFC", w) for w, _ in source_words(text))
    got = Counter(m.group().lower() for m in re.finditer(r"[^\W\d_]+|\d+", plain))
    assert not wanted - got, (text, wanted - got)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(TEXT, st.one_of(st.none(), st.integers(1, 9999)))
def test_the_date_recogniser_never_crashes_and_its_matches_are_the_text(text, year):
    found = find_dates(text, Context(year))
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    assert all(text[d.start:d.end] == d.text for d in found)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(TEXT)
def test_date_tagging_keeps_every_character(text):
    p = etree.Element(f"{{{TEI_NS}}}p")
    p.text = text.replace("\r", "")  # XML reads CR as LF; the tagger is given what the parser would give
    root = etree.Element(f"{{{TEI_NS}}}TEI")
    etree.SubElement(etree.SubElement(root, f"{{{TEI_NS}}}text"), f"{{{TEI_NS}}}body").append(p)
    tree = parse_bytes(etree.tostring(root), "random.xml")
    before = "".join(tree.getroot().itertext())
    tag_tree(tree, Context(1936))
    assert "".join(tree.getroot().itertext()) == before
