"""Re-indexing a changed document leaves the full-text index exactly as a fresh build would: a
contentless FTS5 table forgets a row only when the delete repeats every value inserted,
persons' ids and place and organisation tokens included."""

import re
import shutil

from edition.search.index import SearchIndex


def _vocabulary(index: SearchIndex) -> list[tuple]:
    """Every indexed term occurrence, by unit (document id, seq): row ids differ between builds."""
    index.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, fts, 'instance')")
    return index.conn.execute("SELECT term, u.doc_id, u.seq, col, offset FROM temp.vocab v"
                              " LEFT JOIN units u ON u.id = v.doc ORDER BY 1, 2, 3, 4, 5").fetchall()


def test_a_changed_document_with_places_and_persons_reindexes_without_a_trace(tei_files, tmp_path):
    folder = tmp_path / "tei"
    folder.mkdir()
    source = tei_files[0].parent
    for name in ("persons.xml", "places.xml", "organisations.xml", "papadatos-comintern-slides.xml",
                 "cia-1957-khrushchev-purge.xml"):
        shutil.copy(source / name, folder / name)
    paths = sorted(folder.glob("*-*.xml"))
    changed = folder / "cia-1957-khrushchev-purge.xml"
    assert "<placeName" in changed.read_text(encoding="utf-8") and "<orgName" in changed.read_text(encoding="utf-8")
    kept = SearchIndex()
    kept.sync(paths, folder / "persons.xml")
    before = _vocabulary(kept)
    assert any(term.startswith("places.") for term, *_ in before)  # the tokens the delete must repeat

    head, body, rest = changed.read_text(encoding="utf-8").partition("<body")
    changed.write_text(head + body + re.sub(r"(<p\b[^>]*>)", r"\1Quetzalcoatl ", rest, count=1), encoding="utf-8")
    assert kept.sync(paths, folder / "persons.xml")  # the one changed file is read again
    fresh = SearchIndex()
    fresh.sync(paths, folder / "persons.xml")
    assert _vocabulary(kept) == _vocabulary(fresh)
    assert {t for t, *_ in _vocabulary(kept)} - {t for t, *_ in before} == {"quetzalcoatl"}
