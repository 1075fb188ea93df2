"""The five edition documents against the personography (issue 4's "done when").

These hold only once the document editors have tagged their files (`edition persons --tag`, then
review): every persName resolves to exactly one person, and every person is mentioned.
"""

from conftest import TEI
from edition.persons import personography
from edition.xmlsafe import NS, parse_file

PERSONS = TEI / "persons.xml"


def refs(tei_files):
    for path in tei_files:
        for el in parse_file(path).getroot().iter(f"{{{NS['tei']}}}persName"):
            yield path, el


def test_every_persname_in_the_documents_resolves_to_exactly_one_person(tei_files):
    people = personography.load(PERSONS)
    bad = []
    for path, el in refs(tei_files):
        ref = (el.get("ref") or "").split()
        if len(ref) != 1 or not ref[0].startswith("persons.xml#") or ref[0][12:] not in people.persons:
            bad.append(f"{path.name}:{el.sourceline}: {''.join(el.itertext())!r} ref={el.get('ref')!r}")
    assert not bad, "\n".join(bad)


def test_every_person_is_mentioned_in_some_document(tei_files):
    people = personography.load(PERSONS)
    mentioned = {ref[12:] for _, el in refs(tei_files) for ref in (el.get("ref") or "").split()}
    assert sorted(set(people.persons) - mentioned) == []

