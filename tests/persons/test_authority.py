"""`edition persons --authority`: who in the personography still lacks an authority id."""

import json

from conftest import TEI
from edition.persons import personography

FIXTURE = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="persons"><text><body><listPerson>
<person xml:id="with"><persName type="pref"><surname>Ezhov</surname></persName>
  <idno type="wikidata" source="#src">Q1</idno></person>
<person xml:id="only-isbn"><persName type="pref"><surname>Stalin</surname></persName>
  <idno type="isbn">0</idno></person>
<person xml:id="without"><persName type="pref"><forename>Lev</forename> <surname>Trotskii</surname></persName></person>
</listPerson></body></text></TEI>
"""


def run(cli, folder, *more):
    result = cli("persons", "--authority", "--format", "json", str(folder), *more)
    return result.exit_code, json.loads(result.stdout or "[]")


def test_persons_without_a_wikidata_viaf_or_gnd_id_are_listed_at_their_line(cli, tmp_path):
    (tmp_path / "persons.xml").write_text(FIXTURE, encoding="utf-8")
    code, found = run(cli, tmp_path)
    assert code == 1
    assert [(f["kind"], f["line"], f["col"], f["message"].split()[0]) for f in found] == [
        ("no-authority", 4, 1, "only-isbn"), ("no-authority", 6, 1, "without")]
    assert "Lev Trotskii" in found[1]["message"]


def test_a_personography_where_everyone_has_an_id_is_clean(cli, tmp_path):
    text = FIXTURE.replace('<idno type="isbn">0</idno>', '<idno type="gnd" source="#src">118</idno>')
    text = text.replace("Trotskii</surname></persName>", "Trotskii</surname></persName><idno type=\"viaf\">1</idno>")
    (tmp_path / "persons.xml").write_text(text, encoding="utf-8")
    assert run(cli, tmp_path) == (0, [])


def test_the_report_over_the_edition_names_exactly_the_persons_without_an_id(cli):
    people = personography.load(TEI / "persons.xml")
    code, found = run(cli, TEI)
    lacking = {p.id for p in people.persons.values()
               if not any(kind in ("wikidata", "viaf", "gnd") for kind, _, _ in p.authorities)}
    assert {f["message"].split()[0] for f in found} == lacking
    assert code == (1 if lacking else 0)


def test_authority_and_tag_cannot_be_combined(cli, tmp_path):
    result = cli("persons", "--authority", "--tag", str(tmp_path / "x.xml"))
    assert result.exit_code == 2
