"""The first pass's results kept between viewers (web/catalogue.py): a viewer started again
reads only the files that changed, and shows what they now say; a catalogue that is not
exactly the one this user's viewer wrote is not trusted."""

import json
import shutil

import pytest

from edition.web import catalogue, create_app
from edition.web import corpus as corpus_mod

from .conftest import FIXTURE_TEI, page


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "tei"
    shutil.copytree(FIXTURE_TEI, copy)
    return copy


@pytest.fixture
def parsed(monkeypatch) -> list:
    """The files the first pass reads, in order."""
    seen = []
    real = corpus_mod._read

    def counting(path):
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(corpus_mod, "_read", counting)
    return seen


def titles(folder) -> list[str]:
    home = page(create_app({"TEI_DIR": str(folder), "TESTING": True}).test_client().get("/"))
    return [" ".join(h.text_content().split()) for h in home.xpath("//ol[@class='document-list']/li/h3")]


def test_a_viewer_started_again_reads_no_unchanged_file(folder, parsed):
    first = corpus_mod.scan(folder)
    assert sorted(parsed) == sorted(p.name for p in corpus_mod.edition_files(folder))
    parsed.clear()
    assert corpus_mod.scan(folder) == first
    assert parsed == []


def test_a_changed_file_alone_is_read_again_and_the_front_page_shows_it(folder, parsed):
    before = titles(folder)
    path = corpus_mod.edition_files(folder)[0]
    text = path.read_text(encoding="utf-8")
    old = corpus_mod.scan(folder).documents[path.stem].title
    path.write_text(text.replace(f"<title>{old}</title>", "<title>Quetzalcoatl</title>", 1), encoding="utf-8")
    parsed.clear()
    after = titles(folder)
    assert parsed == [path.name]
    assert "Quetzalcoatl" in after and old not in after and len(after) == len(before)


def test_a_doctored_catalogue_is_not_trusted(folder, parsed):
    corpus_mod.scan(folder)
    (kept,) = (catalogue.store.cache_dir() / catalogue.FOLDER).glob("*.json")
    records = json.loads(kept.read_text(encoding="utf-8"))
    name = next(iter(records))
    records[name]["document"]["title"] = "Planted title"
    kept.write_text(json.dumps(records), encoding="utf-8")
    parsed.clear()
    assert "Planted title" not in titles(folder)
    assert name in parsed  # read from the TEI again


def test_without_a_usable_cache_folder_every_file_is_read(folder, parsed, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(blocked))
    first = corpus_mod.scan(folder)
    again = corpus_mod.scan(folder)
    assert first == again and len(parsed) == 2 * len(first.documents)
