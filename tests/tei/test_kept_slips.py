"""A slip kept as printed (sic outside choice) is text; the printed side of a choice is not.

The rule lives in edition.tei.reading (is_unchosen); the search units, the DTS titles and the keyword-in-context
lines of the persons index all read through it (docs/encoding.md § Corrections).
"""

from lxml import etree

from edition.dts.tree import reading
from edition.tei.reading import is_unchosen
from edition.search.extract import extract_file
from edition.web.textflow import pieces

TEI = "http://www.tei-c.org/ns/1.0"
DOC = f"""<TEI xmlns="{TEI}" xml:id="slips"><teiHeader/><text><body><div>
<p>Signed by Nikolai <sic>Yezov</sic>, then by <choice><sic>Kameney</sic><corr>Kamenev</corr></choice>
and <choice><orig>forum</orig><reg>FORUM</reg></choice>.</p></div></body></text></TEI>"""


def paragraph():
    return etree.fromstring(DOC).find(f".//{{{TEI}}}p")


def test_only_the_printed_side_of_a_choice_is_unchosen():
    p = paragraph()
    flags = {el.text: is_unchosen(el) for el in p.iter(f"{{{TEI}}}sic", f"{{{TEI}}}orig")}
    assert flags == {"Yezov": False, "Kameney": True, "forum": True}


def test_the_search_text_keeps_the_kept_slip_and_reads_the_corrections(tmp_path):
    path = tmp_path / "slips.xml"
    path.write_text(DOC, encoding="utf-8")
    (unit,) = [u for u in extract_file(path).units if u.kind == "p"]
    assert unit.text == "Signed by Nikolai Yezov, then by Kamenev and FORUM."


def test_the_dts_reading_keeps_the_kept_slip():
    assert reading(paragraph()) == "Signed by Nikolai Yezov, then by Kamenev and FORUM."


def test_the_context_lines_keep_the_kept_slip():
    assert "".join(text for text, _ in pieces(paragraph(), set())).split() == \
        "Signed by Nikolai Yezov, then by Kamenev and FORUM.".split()
