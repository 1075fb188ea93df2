"""Facts of Papadatos's lecture slides on the Comintern and the Great Terror (source 004) that its encoding must keep."""

import re

import pytest
from lxml import etree

from conftest import SOURCES
from encoded import NS, load, text, xp

DOC = "papadatos-comintern-slides"
SOURCE = SOURCES / "004_9013475c3f50f214.txt"
ED = f"#{DOC}-ed"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@pytest.fixture(scope="module")
def slides():
    return load(DOC)


@pytest.fixture(scope="module")
def source_lines():
    return SOURCE.read_text(encoding="utf-8").splitlines()


def source_reading(node):
    """The node's text as the slides print it: in choice the sic, without editorial notes."""
    copy = etree.fromstring(etree.tostring(node, with_tail=False))
    for el in copy.xpath(".//t:choice/t:corr | .//t:note", namespaces=NS):
        parent, previous = el.getparent(), el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + (el.tail or "")
        else:
            parent.text = (parent.text or "") + (el.tail or "")
        parent.remove(el)
    return text(copy)


# Structure -------------------------------------------------------------------------------

def test_every_plain_title_line_of_the_source_heads_a_slide(slides, source_lines):
    # A title line is a short unbulleted line followed by a bulleted line (the slides mark no boundaries).
    titles = [line for line, after in zip(source_lines, source_lines[2:] + ["", ""])
              if line and not line.startswith(("-", " ", "“", "(")) and after.startswith("- ")
              and len(line) < 60 and not line.endswith(",")]
    heads = [source_reading(h) for h in xp(slides, "//t:body/t:div[@type='slide']/t:head")]
    assert heads == titles and len(heads) == 10


def test_the_title_page_has_its_title_period_and_byline(slides):
    (page,) = xp(slides, "/t:TEI/t:text/t:front/t:titlePage")  # front matter, not a division of the body
    assert [(p.get("type"), text(p)) for p in xp(page, "t:docTitle/t:titlePart")] == [
        ("main", "The comintern and the Western Communist Parties"), ("sub", "1930-1949")]
    assert xp(slides, "//t:body/t:div/@type")[0] == "slide"
    assert text(xp(page, "t:byline")[0]) == "Dr. Nikolaos Papadatos- University of Geneva"
    assert xp(page, "t:byline/t:docAuthor/t:persName/@ref") == ["persons.xml#papadatos"]


def test_the_two_images_are_figures_with_their_text_and_a_description(slides):
    figures = xp(slides, "//t:text//t:figure")
    assert [[text(ab) for ab in xp(f, "t:ab[@type='image-text']")] for f in figures] == [
        ["WORKERS OF THE WORLD UNITE!", "THE COMMUNIST INTERNATIONAL", "№ 4", "MOSCOW KREML.",
         "PETROGRAD SMOLNY.", "AUGUST 1 1919."],
        ["Circe", "BRITISH PATHÉ"],
    ]
    assert all(len(xp(f, "t:figDesc")) == 1 for f in figures)


def test_the_newsreel_image_opens_a_slide_without_a_title(slides):
    slide = xp(slides, "//t:figure[t:ab='Circe']/parent::t:div")[0]
    assert slide.get("type") == "slide" and not xp(slide, "t:head")
    assert text(xp(slide, "t:list/t:item")[0]).startswith("The Great Terror followed")


def test_the_dimitrov_manuilsky_letter_is_a_letter_inside_the_komintern_slide(slides):
    letter = xp(slides, "//t:div[@type='slide'][t:head='Komintern and the Purges']/t:div[@type='letter']")
    assert len(letter) == 1
    assert source_reading(xp(letter[0], "t:head")[0]).startswith("“Letter from Dimitrov and D.Z. Manuisky")
    assert len(xp(letter[0], "t:list/t:item")) == 5


def test_the_nested_bullet_and_the_target_groups_of_order_00447_are_sub_lists(slides):
    nested = xp(slides, "//t:item/t:list")
    assert len(nested) == 2
    assert text(nested[0].getparent()).startswith("Alexander Orlov, a former NKVD official")
    groups = [text(i).split()[0] for i in xp(nested[1], "t:item")]
    assert groups == ["Former", "'Socially", "Former", "Anti-Soviet", "Anti-Soviet", "Terrorists"]


def test_the_seven_block_quotations_are_quote_elements(slides):
    openings = [text(q)[:20] for q in xp(slides, "//t:body//t:quote")]
    assert openings == ["“The defeat of the R", "“I hate the Germans,", "“the Japanese milita",
                        "“On the question of ", "“Stalin used to say:", "“Well, were they all",
                        "\"I want to say a few"]


def test_slides_have_no_page_furniture_and_no_footnotes(slides):
    assert xp(slides, "//t:text//t:pb | //t:text//t:fw | //t:text//t:ref | //t:note[@place='foot']") == []


def test_every_bold_and_italic_span_of_the_source_is_kept(slides):
    source = SOURCE.read_text(encoding="utf-8")
    assert len(xp(slides, "//t:text//t:hi[@rend='bold']")) == source.count("**") // 2
    single_stars = len(re.findall(r"(?<!\*)\*(?!\*)", source))
    assert len(xp(slides, "//t:text//t:hi[@rend='italic']")) == single_stars // 2


def test_guillemets_are_kept_in_the_slide_titles(slides):
    heads = [text(h) for h in xp(slides, "//t:div[@type='slide']/t:head")]
    assert sum("« Great Terror »" in h for h in heads) == 5


# Corrections -------------------------------------------------------------------------------

def test_the_slides_have_no_corrections_since_their_text_is_an_extraction_not_an_ocr(slides):
    # docs/encoding.md § Corrections: sic/corr only for transcription errors; these are the author's.
    assert xp(slides, "//t:text//t:choice | //t:text//t:corr") == []


def test_the_authors_slips_are_kept_as_printed_in_sic_in_order(slides):
    assert [text(s) for s in xp(slides, "//t:text//t:sic")] == [
        "Gullags", "Peoples'", "исправительно трудовые", "military", "588", "advices", "73", "Sander", "an", ",",
        "court-marshaled", "N.", "OGPUNKVD", "where", "Yezov", "where", "Manuisky", "Zhadanov",
        "..", "ECCL", "БКП", "Comrade.", "is also marked", "hosted", "Yezov",
    ]


def following_note(sic):
    """The element right after the word that holds sic: sic itself, or the name or span around it."""
    host = sic
    while host.getparent().tag.split("}")[1] in ("persName", "foreign", "hi", "title"):
        host = host.getparent()
    after = host.getnext()
    return after if after is not None and after.tag == f"{{{NS['t']}}}note" else None


def test_the_slips_that_would_mislead_have_a_note_with_the_intended_reading(slides):
    noted = {}
    for sic in xp(slides, "//t:text//t:sic"):
        note = following_note(sic)
        if note is not None and note.get("type") == "editorial" and "kept as printed" in text(note):
            noted.setdefault(text(sic), []).append((note.get("cert"), note.get("resp")))
    assert noted == {
        "588": [("low", ED)], "advices": [(None, ED)], "73": [("low", ED)], "N.": [("medium", ED)],
        "OGPUNKVD": [(None, ED)], "Sander": [(None, ED)], "Yezov": [(None, ED), (None, ED)],
        "Manuisky": [(None, ED)], "Zhadanov": [(None, ED)], "ECCL": [(None, ED)], "БКП": [(None, ED)],
        "hosted": [("low", ED)],
    }


def test_every_conjecture_is_marked_probably_and_graded(slides):
    conjectures = xp(slides, "//t:text//t:note[@type='editorial'][@cert]")
    assert [n.get("cert") for n in conjectures] == ["low", "low", "medium", "low"]
    assert all(text(n).startswith("Probably") for n in conjectures)


def test_every_kept_slip_is_printed_in_the_source_where_it_stands(slides):
    source = SOURCE.read_text(encoding="utf-8").replace("**", "")
    for sic in xp(slides, "//t:text//t:sic"):
        after = "" if sic.getnext() is not None and sic.getnext().tag == f"{{{NS['t']}}}note" else (sic.tail or "")[:6]
        assert text(sic) + after in source, text(sic) + after


def test_the_authors_own_errors_are_kept_with_an_editorial_note(slides):
    items = xp(slides, "//t:text//t:item")
    for printed in ("As Timothy Sander", "Commissariat for Foreign Affairs", "Anti-Comintern pact in 1935",
                    "Throughout 1920"):
        holders = [i for i in items if printed in source_reading(i)]
        assert len(holders) == 1, printed
        assert xp(holders[0], f"t:note[@type='editorial'][@resp='{ED}']"), printed
    assert not xp(slides, "//t:sic[contains(., '1935') or contains(., 'Foreign')]")


def test_the_unattributed_borrowing_is_noted_where_it_starts(slides):
    item = xp(slides, "//t:item[contains(., 'took place against the backdrop of war threat')]")[0]
    note = item[0]
    assert note.tag == f"{{{NS['t']}}}note" and "Kuromiya" in text(note) and not (item.text or "").strip()


# Languages, persons, dates -------------------------------------------------------------------------

def test_every_cyrillic_character_is_inside_a_russian_foreign_span(slides):
    stray = [t for t in xp(slides, "//t:text//text()[not(ancestor::t:foreign[@xml:lang='ru'])]")
             if CYRILLIC.search(t) and "№" not in t]
    assert stray == []


def test_the_eleven_cyrillic_lines_of_the_source_have_their_spans(slides, source_lines):
    cyrillic_lines = [line for line in source_lines if CYRILLIC.search(line)]
    assert len(cyrillic_lines) == 11
    spans = [source_reading(f) for f in xp(slides, "//t:text//t:foreign[@xml:lang='ru']")]
    for line in cyrillic_lines:
        assert any(span in line.replace("**", "") for span in spans), line


def test_cyrillic_names_are_person_mentions(slides):
    refs = {text(p): p.get("ref") for p in xp(slides, "//t:foreign[@xml:lang='ru']//t:persName")}
    assert refs == {"Генрих Григорьевич Ягода": "persons.xml#iagoda", "Генрих Ягода": "persons.xml#iagoda",
                    "Дзержинский": "persons.xml#dzerzhinskii"}


def test_misspelled_names_point_at_the_right_person(slides):
    def ref_of(sic):
        return xp(slides, f"//t:persName[.//t:sic='{sic}']/@ref")
    assert ref_of("Yezov") == ["persons.xml#ezhov"] * 2
    assert ref_of("Manuisky") == ["persons.xml#manuilskii"]
    assert ref_of("Zhadanov") == ["persons.xml#zhdanov"]
    assert xp(slides, "//t:persName[starts-with(., 'Timothy Sander')]/@ref") == ["persons.xml#snyder"]


def test_the_lyricist_petrov_is_not_another_petrov(slides):
    assert xp(slides, "//t:text//t:persName[contains(., 'Petrov')]/@ref") == ["persons.xml#petrov-stepan"]


def test_dates_in_unusual_forms_are_normalised(slides):
    def when(printed):
        return xp(slides, f"//t:text//t:date[.='{printed}']/@when")
    assert when("AUGUST 1 1919") == ["1919-08-01"]
    assert when("18.12.1921") == ["1921-12-18"] and when("14.04.1926") == ["1926-04-14"]
    assert when("7th November 1937") == ["1937-11-07"]
    assert when("January 30, 1930") == ["1930-01-30"]
    may = xp(slides, "//t:text//t:date[.='May']")
    assert [(d.get("when"), d.get("evidence")) for d in may] == [("1932-05", "conjecture")]


def test_order_numbers_and_page_numbers_are_not_dates(slides):
    printed = [text(d) for d in xp(slides, "//t:text//t:date")]
    assert not [p for p in printed if re.fullmatch(r"0\d{4}|52691|44-21|647.670|523-524|79-80", p)]


def test_every_year_of_the_twentieth_century_in_the_source_is_inside_a_date(slides):
    year = re.compile(r"\b19[0-4]\d\b")
    source_years = year.findall(SOURCE.read_text(encoding="utf-8"))
    dated = " ".join(text(d) for d in xp(slides, "//t:text//t:date[not(ancestor::t:note or ancestor::t:figDesc)]"))
    assert len(year.findall(dated)) == len(source_years)


# Header -------------------------------------------------------------------------------------------

def test_header_describes_an_inferred_slide_deck(slides):
    monogr = xp(slides, "//t:sourceDesc/t:biblStruct/t:monogr")[0]
    assert xp(monogr, "t:author/t:persName/@ref") == ["persons.xml#papadatos"]
    assert all(xp(monogr, f"t:imprint/t:{el}/@cert") for el in ("pubPlace", "publisher", "date"))
    assert "slide deck" in text(xp(slides, "//t:sourceDesc/t:biblStruct/t:note")[0])
    assert set(xp(slides, "//t:langUsage/t:language/@ident")) == {"en", "ru", "ru-Latn", "pl"}
