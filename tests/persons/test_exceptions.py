"""The exceptions file's format (one entry a line, `#` comment) and how an entry shields text."""

from conftest import TEI
from edition.persons import exceptions


def test_entries_are_read_without_their_comments_and_blank_lines():
    known = exceptions.parse("# header\n\nLenin order  # the award\nMoscow # a place\n")
    assert known.phrases == ("Lenin order", "Moscow")


def test_an_entry_matches_whole_tokens_only():
    known = exceptions.parse("Moskvina  # a form discussed in a note\n")
    text = "Trilisser-Moskvina, Moskvinaia and Moskvina."
    assert [text[s:e] for s, e in known.spans(text)] == ["Moskvina"]
    assert known.spans(text)[0][0] == text.rindex("Moskvina")


def test_every_entry_of_the_committed_file_says_why():
    lines = (TEI / "exceptions" / "persons.txt").read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert entries
    assert [line for line in entries if "#" not in line or not line.split("#", 1)[1].strip()] == []
