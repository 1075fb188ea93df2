"""Units: reading text, anchors the HTML really has, mentions with their spans."""

import re
from collections import Counter
from pathlib import Path

import pytest

from edition import xmlsafe
from edition.render import to_html
from edition.search.extract import UNIT_TAGS, extract_file
from edition.search.fold import tokens

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def fixture_doc():
    return extract_file(DATA / "units.xml")


def _unit(doc, needle):
    return next(u for u in doc.units if needle in u.text)


def test_paragraph_text_is_the_corrected_reading_without_markers_furniture_or_notes(fixture_doc):
    p = _unit(fixture_doc, "trial began")
    assert p.text == "The Kamenev trial began. It was in communists' hands."
    assert "RUNNING HEAD" not in " ".join(u.text for u in fixture_doc.units)


def test_a_note_in_a_paragraph_is_its_own_unit_anchored_at_its_id(fixture_doc):
    note = _unit(fixture_doc, "Note about")
    assert (note.kind, note.anchor, note.text) == ("note", "fixture-doc-n1", "Note about Zinov'ev.")
    assert note.text[note.mentions[0].start:note.mentions[0].end] == "Zinov'ev"


def test_an_item_inside_a_paragraph_links_to_its_own_id_and_keeps_nested_names(fixture_doc):
    item = _unit(fixture_doc, "spoke")
    assert (item.kind, item.anchor, item.page) == ("item", "item1", "page-u2")  # the word-split break was page-u1
    spans = {(item.text[m.start:m.end], m.person) for m in item.mentions}
    assert spans == {("Nikolai Ezhov", "ezhov"), ("Ezhov", "ezhov-ivan")}
    assert _unit(fixture_doc, "Lists:").text == "Lists: after the list."


def test_an_editorial_note_without_id_gets_the_stylesheets_numbered_id(fixture_doc):
    assert _unit(fixture_doc, "editorial note").anchor == "fixture-doc-note-2"


def test_every_anchor_and_page_of_the_real_documents_is_an_id_in_the_reading_view(tei_files):
    for path in tei_files:
        html = to_html(path)
        ids = set(re.findall(r'\bid="([^"]+)"', html))
        doc = extract_file(path)
        missing = {u.anchor for u in doc.units if u.anchor} - ids
        missing |= {u.page for u in doc.units if u.page} - ids
        assert not missing, f"{path.name}: anchors not in the HTML: {sorted(missing)[:5]}"


def test_only_figure_descriptions_of_the_real_documents_fall_back_to_a_text_fragment(tei_files):
    # Items, verse lines and heads have ids of their own in the reading view, so only the
    # editors' descriptions of images (no id: they are not text of the source) lack an anchor.
    unanchored = {u.kind for path in tei_files for u in extract_file(path).units if not u.anchor}
    assert unanchored <= {"figDesc"}


def test_paragraph_anchors_name_the_paragraph_that_holds_the_text(tei_files):
    path = tei_files[1]
    html = to_html(path)
    for unit in [u for u in extract_file(path).units if u.kind == "p"][:20]:
        match = re.search(rf'id="{unit.anchor}"[^>]*>(.*?)</(p|div)>', html, re.S)
        assert match, unit.anchor
        first = re.escape(unit.text.split()[0])
        assert re.search(first, re.sub(r"<[^>]+>", "", match.group(1))), unit.anchor


def _reading(el, out, in_note=False):
    """All reading text under `el`, as the unit rules define it but without cutting into units."""
    skipped = {f"{{{xmlsafe.TEI_NS}}}{t}" for t in ("fw", "pb", "gap")}
    if el.tag.endswith("}choice"):  # the printed side of a choice; a sic alone is a kept slip, read
        skipped |= {f"{{{xmlsafe.TEI_NS}}}{t}" for t in ("sic", "orig", "abbr")}
    out.append(el.text or "")
    for i, child in enumerate(el):
        tag = child.tag if isinstance(child.tag, str) else ""
        anchor = tag.endswith("}ref") and child.get("type") in ("noteAnchor", "endnote")
        label = in_note and i == 0 and tag.endswith("}label")
        if tag and tag not in skipped and not anchor and not label:
            block = " " if tag in UNIT_TAGS else ""  # words break at blocks, not at inline tags
            out.append(block)
            _reading(child, out, tag.endswith("}note"))
            out.append(block)
        out.append(child.tail or "")
    return out


def test_no_letter_of_the_reading_text_is_lost_or_doubled_in_the_units(tei_files):
    for path in tei_files:
        root = xmlsafe.parse_file(path).getroot()
        text = root.find(f"{{{xmlsafe.TEI_NS}}}text")
        expected = Counter("".join(tokens("".join(_reading(text, [])))))
        got = Counter("".join(t for u in extract_file(path).units for t in tokens(u.text)))
        assert got == expected, (path.name, (expected - got).most_common(5), (got - expected).most_common(5))


def _text_of(body: str):
    from edition.search.extract import extract_root

    tei = (f'<TEI xmlns="{xmlsafe.TEI_NS}" xml:id="d"><teiHeader/><text><body>{body}</body></text></TEI>')
    return extract_root(xmlsafe.parse_bytes(tei.encode("utf-8")).getroot())


def test_line_breaks_around_and_inside_a_name_leave_one_space_and_the_span_on_the_name():
    unit = _text_of('<p>\n  The\n   <persName ref="persons.xml#ezhov">\n Ezhov\t</persName>\n  spoke '
                    '<placeName ref="places.xml#moscow">Moscow</placeName>.</p>').units[0]
    assert unit.text == "The Ezhov spoke Moscow."
    assert [(unit.text[m.start:m.end], m.person) for m in unit.mentions] == [("Ezhov", "ezhov"), ("Moscow", "places.moscow")]


def test_a_name_around_a_name_is_listed_first_and_both_keep_their_spans():
    unit = _text_of('<p>By <persName ref="persons.xml#stalin">Comrade  <persName ref="persons.xml#ezhov">Ezhov'
                    '</persName></persName> <note>a  note</note> then</p>').units[0]
    assert unit.text == "By Comrade Ezhov then"
    assert [(unit.text[m.start:m.end], m.person) for m in unit.mentions] == [("Comrade Ezhov", "stalin"), ("Ezhov", "ezhov")]


def test_an_offset_into_the_raw_text_lands_where_collapsing_the_text_before_it_ends():
    import random

    from edition.search.extract import _SPACES, _collapsed

    rng = random.Random(2)  # fixed: a failure is reproducible
    for _ in range(5000):
        raw = "".join(rng.choice(["a", "b", " ", "  ", "\n", "\t", "\xa0", "é"]) for _ in range(rng.randint(0, 12)))
        offsets = sorted(rng.randint(0, len(raw)) for _ in range(4))
        text, at = _collapsed(raw, offsets)
        assert text == _SPACES.sub(" ", raw).strip(" ")
        assert at == [len(_SPACES.sub(" ", raw[:o]).lstrip(" ")) for o in offsets], (raw, offsets)


def test_an_offset_into_a_text_whose_only_white_space_is_spaces_lands_as_in_any_other():
    # Such a text (most units: the spaces left where a note or an item is read apart) takes a
    # path of its own, which finds its runs by a search for two spaces.
    import random

    from edition.search.extract import _SPACES, _collapsed

    rng = random.Random(3)
    for _ in range(5000):
        raw = "".join(rng.choice(["a", "é", " ", "  ", "   "]) for _ in range(rng.randint(0, 12)))
        offsets = sorted(rng.randint(0, len(raw)) for _ in range(4))
        text, at = _collapsed(raw, offsets)
        assert text == _SPACES.sub(" ", raw).strip(" ")
        assert at == [len(_SPACES.sub(" ", raw[:o]).lstrip(" ")) for o in offsets], (raw, offsets)
