"""An incremental build makes again only the whole-corpus pages whose facets changed, and its site
is byte for byte the site a full build makes of the same files (the manifest apart)."""

import re
import shutil

import pytest

from edition.build import build_all
from edition.web import facets
from edition.web.parts_on_demand import OnDemand

from conftest import TEI

FORUM, CIA = "slavic-review-1967-forum.xml", "cia-1957-khrushchev-purge.xml"
WORDS = "Since my writings are primarily memoirs"  # a paragraph of the forum naming no one, dating nothing


@pytest.fixture(autouse=True)
def one_day(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # every page says the day: builds across midnight agree


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """The five documents and the site a first build made of them."""
    base = tmp_path_factory.mktemp("first")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
        shutil.copytree(TEI, base / "tei")
        report = build_all(base / "tei", base / "site")
    assert not report.failed and report.pages_made > 1000
    return base


@pytest.fixture
def edition(first, tmp_path):
    shutil.copytree(first / "tei", tmp_path / "tei")
    shutil.copytree(first / "site", tmp_path / "site")
    return tmp_path


def files_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".edition-build.json"}


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def rebuilt(edition, report=None):
    """(the incremental build's report, the files where its site and a full build's differ)."""
    report = report or build_all(edition / "tei", edition / "site")
    assert not report.failed and not report.faults
    full = build_all(edition / "tei", edition / "full")
    incremental, expected = files_of(edition / "site"), files_of(edition / "full")
    differing = sorted(name for name in incremental.keys() | expected.keys()
                       if incremental.get(name) != expected.get(name))
    assert report.pages_made + report.pages_kept == full.pages_made
    return report, differing


def test_words_changed_in_a_paragraph_remake_few_pages_and_the_same_site(edition, monkeypatch):
    (edition / "site" / "persons" / "index.html").unlink()  # a page whose file is gone is made again
    edit(edition / "tei" / FORUM, WORDS, "Since my writings are chiefly memoirs")
    quoted, add = [], OnDemand._add_quoted
    monkeypatch.setattr(OnDemand, "_add_quoted", lambda self, doc_id, tree: (quoted.append(doc_id), add(self, doc_id, tree)))
    report = build_all(edition / "tei", edition / "site")
    assert report.built == [FORUM]
    assert 2 <= report.pages_made <= report.pages_kept / 100  # that page and the edition's zip, not the indexes
    assert quoted == []  # no page made needed any document's quoted mentions, so none was read
    assert rebuilt(edition, report)[1] == []


def test_a_person_mention_added_gives_the_same_site(edition):
    edit(edition / "tei" / FORUM, WORDS, 'Since <persName ref="persons.xml#stalin">Stalin</persName> wrote memoirs')
    report, differing = rebuilt(edition)
    assert differing == [] and report.pages_made > 0


def test_a_title_changed_gives_the_same_site(edition):
    text = (edition / "tei" / CIA).read_text(encoding="utf-8")
    title = re.search(r"<titleStmt>\s*<title[^>]*>([^<]+)</title>", text).group(1)
    edit(edition / "tei" / CIA, f">{title}</title>", f">{title}, revised</title>")
    report, differing = rebuilt(edition)
    assert differing == [] and report.pages_made > 0


def test_a_date_changed_gives_the_same_site(edition):
    edit(edition / "tei" / CIA, '<date when="1954">1954</date>', '<date when="1952">1952</date>')
    report, differing = rebuilt(edition)
    assert differing == [] and report.pages_made > 0


def test_a_document_removed_and_another_added_give_the_same_site(edition):
    copy = (edition / "tei" / CIA).read_text(encoding="utf-8").replace("cia-1957-khrushchev-purge", "cia-1957-copy")
    (edition / "tei" / "cia-1957-copy.xml").write_text(copy, encoding="utf-8")
    (edition / "tei" / FORUM).unlink()
    report, differing = rebuilt(edition)
    assert differing == [] and report.built == ["cia-1957-copy.xml"]
    assert not (edition / "site" / "doc" / "slavic-review-1967-forum").exists()


def test_a_register_entry_renamed_gives_the_same_site(edition):
    edit(edition / "tei" / "persons.xml", ">Ezhov<", ">Yezhov<")
    _, differing = rebuilt(edition)
    assert differing == []


def test_a_facet_left_undigested_leaves_stale_pages_the_comparison_finds(tmp_path, monkeypatch):
    """The comparison above can fail: with the dated passages' digest blind to any change, the
    chronology's pages are kept as they were, and differ from a full build's."""
    monkeypatch.setitem(facets.DIGESTS, "dated", lambda c, doc: "blind")
    shutil.copytree(TEI, tmp_path / "tei")
    build_all(tmp_path / "tei", tmp_path / "site")
    edit(tmp_path / "tei" / CIA, '<date when="1954">1954</date>', '<date when="1952">1952</date>')
    _, differing = rebuilt(tmp_path)
    assert any(name.startswith("chronology/") for name in differing)
