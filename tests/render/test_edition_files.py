"""The five edition documents through the real rendering path: well-formed pages, unique ids,
links that land, and a diplomatic text that keeps the source's words."""

from pathlib import Path

import lxml.html
import pytest

from edition import fidelity, xmlsafe
from edition.render import api

from conftest import DOCUMENTS, SOURCES, TEI

MIN_KEPT = 0.995


@pytest.fixture(scope="module", params=sorted(DOCUMENTS.items()), ids=lambda item: item[1])
def document(request):
    source, stem = request.param
    path = TEI / f"{stem}.xml"
    assert path.exists(), f"edition file missing: {path.name}"
    return SOURCES / source, path


@pytest.fixture(scope="module")
def article(document):
    return lxml.html.fragment_fromstring(api.to_html(document[1]))


def test_every_id_in_the_article_is_unique(article):
    ids = [el.get("id") for el in article.iter() if el.get("id")]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_every_fragment_link_lands_on_an_id(article):
    ids = {el.get("id") for el in article.iter() if el.get("id")}
    dangling = {a.get("href") for a in article.iter("a") if (a.get("href") or "").startswith("#") and a.get("href")[1:] not in ids}
    assert not dangling


def test_every_person_link_names_a_person_in_the_personography(article):
    known = set(xmlsafe.parse_file(TEI / "persons.xml").getroot().xpath("//tei:person/@xml:id", namespaces=xmlsafe.NS))
    linked = {a.get("data-person") for a in article.find_class("person") if a.tag == "a"}
    assert linked <= known, sorted(linked - known)


def test_every_note_body_is_listed_once(document, article):
    notes = xmlsafe.parse_file(document[1]).getroot().xpath("//tei:text//tei:note", namespaces=xmlsafe.NS)
    assert len(article.find_class("note-body")) == len(notes)


def test_diplomatic_text_keeps_the_words_of_the_source(document):
    source, path = document
    seed = [w for w, _ in fidelity.source_words(source.read_text(encoding="utf-8"))]
    words = [m.group().lower() for m in fidelity.WORD.finditer(api.to_text(path, diplomatic=True))]
    kept = len(fidelity.align(seed, words)) / len(seed)
    assert kept >= MIN_KEPT, f"{path.name}: diplomatic text keeps {kept:.4f} of the source's words"


def test_text_lines_fit_in_78_columns_unless_one_word_is_longer(document):
    for view in (False, True):
        long = [l for l in api.to_text(document[1], diplomatic=view).splitlines() if len(l) > 78 and " " in l.strip()]
        assert not long
