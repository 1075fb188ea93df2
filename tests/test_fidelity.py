"""`edition fidelity`: the share of each source's words kept, in order, in its TEI file."""

import pytest

from conftest import DOCUMENTS, SOURCES
from edition.fidelity import measure, source_words
from edition.xmlsafe import parse_bytes

HEAD = ('<teiHeader><fileDesc><sourceDesc><bibl type="transcription">'
        '<idno type="source-file">{name}</idno></bibl></sourceDesc></fileDesc></teiHeader>')


def tei(body: str, name: str = "s.txt") -> bytes:
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEAD.format(name=name)}'
            f"<text><body>{body}</body></text></TEI>").encode()


def root(body: str):
    return parse_bytes(tei(body)).getroot()


def test_edition_files_keep_their_sources_words(cli, tei_files):
    result = cli("fidelity", SOURCES, tei_files[0].parent, "--min", "0.995", "--show-missing", "10")
    assert result.exit_code == 0, result.stdout
    for source, stem in DOCUMENTS.items():   # each source was paired with its own edition file
        assert any(line.startswith(source) and f"{stem}.xml" in line for line in result.stdout.splitlines())


def test_note_body_moved_to_its_marker_still_counts_as_kept():
    source = "The text says something here.<sup>1</sup> And goes on.\n\n<sup>1</sup> A body of four words.\n"
    moved = root("<p>The text says something here.<ref>1</ref><note>A body of four words.</note> And goes on.</p>")
    assert measure(source, moved).share == 1.0


def test_correction_counts_the_printed_reading_not_the_editors():
    source = "Kameney was tried.\n"
    sic = root("<p><choice><sic>Kameney</sic><corr>Kamenev</corr></choice> was tried.</p>")
    corr_only = root("<p>Kamenev was tried.</p>")
    assert measure(source, sic).share == 1.0
    assert measure(source, corr_only).share == pytest.approx(2 / 3)


def test_markers_and_conversion_debris_are_not_source_words():
    line = "<sup>&</sup>lt;sup>4</sup> Ibid., p. 53.<sup>5</sup> ~~SECRET~~ \\*\n"
    assert [w for w, _ in source_words(line)] == ["ibid", "p", "53", "secret"]


def test_header_words_do_not_count_as_kept():
    measured = measure("Stalin's Loyal Executioner\n", parse_bytes(tei("<p/>", "Stalin's Loyal Executioner")).getroot())
    assert measured.kept == 0


def test_missing_word_is_reported_with_its_source_line(cli, tmp_path):
    (tmp_path / "s.txt").write_text("First line.\n\nSecond line lost.\n", encoding="utf-8")
    (tmp_path / "s.xml").write_bytes(tei("<p>First line.</p><p>Second lost.</p>"))
    result = cli("fidelity", tmp_path / "s.txt", tmp_path / "s.xml", "--show-missing", "5")
    assert f"{tmp_path / 's.txt'}:3: missing: line" in result.stdout


def test_share_below_min_exits_1(cli, tmp_path):
    (tmp_path / "s.txt").write_text("one two three four\n", encoding="utf-8")
    (tmp_path / "s.xml").write_bytes(tei("<p>one two three</p>"))
    assert cli("fidelity", tmp_path / "s.txt", tmp_path / "s.xml", "--min", "0.7").exit_code == 0
    assert cli("fidelity", tmp_path / "s.txt", tmp_path / "s.xml", "--min", "0.8").exit_code == 1


def test_source_no_tei_file_names_counts_as_nothing_kept(cli, tmp_path):
    (tmp_path / "s.txt").write_text("one two\n", encoding="utf-8")
    (tmp_path / "other.xml").write_bytes(tei("<p>one two</p>", "another.txt"))
    result = cli("fidelity", tmp_path / "s.txt", tmp_path / "other.xml")
    assert result.exit_code == 1 and "no TEI file names this source" in result.stdout


def test_unsafe_tei_is_refused(cli, tmp_path):
    (tmp_path / "s.txt").write_text("one\n", encoding="utf-8")
    (tmp_path / "bad.xml").write_text('<!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>')
    result = cli("fidelity", tmp_path / "s.txt", tmp_path / "bad.xml")
    assert result.exit_code == 1 and "bad.xml:1:1: error: DOCTYPE" in result.stderr


def test_marker_glued_to_its_word_counts_as_kept_once_split_off():
    source = "the Yugoslav Communist Party20 (although the exact date)\n"
    split = root('<p>the Yugoslav Communist Party<ref type="noteAnchor">20</ref> (although the exact date)</p>')
    assert measure(source, split).share == 1.0
