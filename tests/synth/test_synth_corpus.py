"""The synthetic corpus generator (edition.synth): its corpora are valid editions that differ
from the real documents, so benchmarks on them measure the toolkit on realistic input."""

import pytest

from edition.errors import EditionError
from edition.synth import generate
from edition.tei.registers import FILE_NAMES, documents, is_register
from edition.xmlsafe import NS, XML_NS, parse_file

from conftest import TEI


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth") / "corpus"
    return out, generate(TEI, out, 12, seed=1)


def test_synthetic_corpus_is_a_valid_edition(corpus, cli):
    out, summary = corpus
    result = cli("validate", out)
    assert result.exit_code == 0, result.stdout
    assert len(documents(out.glob("*.xml"))) == summary.documents
    assert {p.name for p in out.glob("*.xml") if is_register(p)} == FILE_NAMES  # places, organisations as they are


def test_every_generated_person_is_in_the_personography_and_mentioned(corpus):
    out, summary = corpus
    persons = parse_file(out / "persons.xml").xpath("//tei:person/@xml:id", namespaces=NS)
    real = parse_file(TEI / "persons.xml").xpath("//tei:person/@xml:id", namespaces=NS)
    generated = set(persons) - set(real)
    assert len(persons) == summary.persons and len(generated) == summary.documents // 2
    refs = {ref.split("#")[1] for doc in out.glob("syn*.xml")
            for ref in parse_file(doc).xpath("//tei:persName/@ref", namespaces=NS)}
    assert generated <= refs


def test_documents_get_new_ids_and_shifted_dates(corpus):
    out, _ = corpus
    shifted = 0
    for doc in sorted(out.glob("syn*.xml")):
        root = parse_file(doc).getroot()
        new_id, old_id = root.get(f"{{{XML_NS}}}id"), doc.stem.split("-", 1)[1]
        assert new_id == doc.stem
        ids = root.xpath("//@xml:id", namespaces=NS)
        assert all(i == new_id or i.startswith(new_id + "-") for i in ids)
        real = parse_file(TEI / f"{old_id}.xml").xpath("//tei:text//tei:date/@when", namespaces=NS)
        synthetic = root.xpath("//tei:text//tei:date/@when", namespaces=NS)
        assert len(real) == len(synthetic)
        shifted += real != synthetic
    assert shifted > 0


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    out, _ = corpus
    again = tmp_path / "again"
    generate(TEI, again, 12, seed=1)
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in out.iterdir())
    assert all((again / p.name).read_bytes() == p.read_bytes() for p in out.iterdir())


def test_a_folder_already_holding_tei_is_refused(corpus):
    out, _ = corpus
    with pytest.raises(EditionError, match="already holds"):
        generate(TEI, out, 3)
