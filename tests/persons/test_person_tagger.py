"""`edition persons --tag`: each rule of docs/encoding.md "Persons" on the mentions.xml fixture."""

import sys
from pathlib import Path

import pytest

from edition.xmlsafe import NS, parse_file

sys.path.insert(0, str(Path(__file__).parent))
from scratch import FIXTURES, edition_dir  # noqa: E402,F401


def tagged(cli, folder: Path, name: str = "mentions.xml"):
    result = cli("persons", "--tag", folder / name)
    assert result.exit_code == 0, result.stderr
    return result, parse_file(folder / name)


def names(tree, n: str) -> list[tuple[str, str]]:
    p = tree.find(f".//tei:p[@n='{n}']", NS)
    return [("".join(el.itertext()), el.get("ref")) for el in p.iter(f"{{{NS['tei']}}}persName")]


@pytest.fixture
def tree(cli, edition_dir):
    return tagged(cli, edition_dir("mentions.xml"))[1]


def test_possessive_and_title_stay_outside_the_name(tree):
    assert names(tree, "possessive") == [
        ("Stalin", "persons.xml#stalin"), ("Tucker", "persons.xml#tucker"),
        ("Tukhachevsky", "persons.xml#tukhachevskii"),
    ]
    p = tree.find(".//tei:p[@n='possessive']", NS)
    assert p[0].tail.startswith("'s telegram reached Mr. ")


def test_initials_are_part_of_the_name(tree):
    assert names(tree, "initials") == [("N. I. Bukharin", "persons.xml#bukharin"), ("A. I. Rykov", "persons.xml#rykov")]


def test_derived_adjectives_and_group_nouns_are_not_mentions(tree):
    assert names(tree, "derived") == []


def test_names_as_modifiers_and_in_titles_are_tagged(tree):
    assert names(tree, "modifier") == [
        ("Zinoviev", "persons.xml#zinovev"), ("Kamenev", "persons.xml#kamenev"), ("Stalin", "persons.xml#stalin"),
    ]


def test_existing_persname_is_not_tagged_again(tree):
    assert names(tree, "tagged") == [("Ezhov", "persons.xml#ezhov"), ("Iagoda", "persons.xml#iagoda")]


def test_cyrillic_names_are_tagged_inside_foreign(tree):
    assert names(tree, "cyrillic") == [
        ("Генрих Григорьевич Ягода", "persons.xml#iagoda"), ("Дзержинский", "persons.xml#dzerzhinskii"),
    ]
    assert tree.find(".//tei:p[@n='cyrillic']/tei:foreign/tei:persName", NS) is not None


def test_a_corrected_name_is_wrapped_whole_with_its_choice(tree):
    pers = tree.find(".//tei:p[@n='correction']/tei:persName", NS)
    assert pers.get("ref") == "persons.xml#kamenev"
    assert [child.tag.split("}")[1] for child in pers] == ["choice"]


def test_a_forename_before_a_corrected_surname_joins_the_mention(tree):
    pers = tree.find(".//tei:p[@n='forename-correction']/tei:persName", NS)
    assert (pers.get("ref"), pers.text, pers[0].tag.split("}")[1]) == ("persons.xml#iagoda", "Genrikh ", "choice")
    assert pers.getparent().text == "under "


def test_a_name_shared_by_two_persons_is_left_and_reported(cli, edition_dir):
    result, tree = tagged(cli, edition_dir("mentions.xml"))
    assert names(tree, "ambiguous") == []
    assert "'Efimov'" in result.stdout and "efimov-boris" in result.stdout and "efimov-vasilii" in result.stdout


def test_a_known_non_name_phrase_shields_the_name_inside(tree):
    assert names(tree, "place") == [("Pavel Postyshev", "persons.xml#postyshev")]


def test_pen_name_links_to_the_real_person(tree):
    assert names(tree, "pseudonym") == [("A. Ouralov", "persons.xml#avtorkhanov"), ("Staline", "persons.xml#stalin")]


def test_a_name_split_by_a_page_break_is_left_for_the_editor(tree):
    assert names(tree, "split") == []


def test_in_the_header_only_authors_and_editors_are_tagged(tree):
    tagged = tree.findall(".//tei:teiHeader//tei:persName", NS)
    assert [(el.getparent().tag.split("}")[1], el.text, el.get("ref")) for el in tagged] == [
        ("author", "Robert Conquest", "persons.xml#conquest")
    ]


def test_tagging_changes_no_text_and_keeps_the_prolog(cli, edition_dir):
    folder = edition_dir("mentions.xml")
    before_raw = (folder / "mentions.xml").read_text(encoding="utf-8")
    before = "".join(parse_file(folder / "mentions.xml").getroot().itertext())
    result, tree = tagged(cli, folder)
    after_raw = (folder / "mentions.xml").read_text(encoding="utf-8")
    assert "".join(tree.getroot().itertext()) == before
    assert after_raw.split("<TEI")[0] == before_raw.split("<TEI")[0]
    assert after_raw.endswith("</TEI>\n")
    count = int(result.stdout.split("tagged ")[1].split()[0])
    assert count == len(list(tree.iter(f"{{{NS['tei']}}}persName"))) - 1  # one was tagged before


def test_tagging_twice_tags_nothing_new(cli, edition_dir):
    folder = edition_dir("mentions.xml")
    tagged(cli, folder)
    again = (folder / "mentions.xml").read_bytes()
    result, _ = tagged(cli, folder)
    assert "tagged 0 mentions" in result.stdout
    assert (folder / "mentions.xml").read_bytes() == again


def test_tag_refuses_the_personography_and_extra_paths(cli, edition_dir):
    folder = edition_dir("mentions.xml")
    assert cli("persons", "--tag", folder / "persons.xml").exit_code == 2
    assert cli("persons", "--tag", folder / "mentions.xml", folder).exit_code == 2


def test_tag_of_a_missing_file_is_a_usage_error(cli, edition_dir):
    folder = edition_dir()
    result = cli("persons", "--tag", folder / "absent.xml")
    assert result.exit_code == 2 and "no such file" in result.stderr  # a usage error: nothing to tag
