"""The two exception lists (tei/exceptions/persons.txt and dates.txt) share one format and one
loader (edition.exceptionlist): a phrase, then " #" and why; a phrase without why is refused."""

import sys
from pathlib import Path

import pytest

from edition import exceptionlist
from edition.errors import EditionError, InputError

sys.path.insert(0, str(Path(__file__).parent / "persons"))
from scratch import edition_dir  # noqa: E402,F401

TEI = Path(__file__).resolve().parents[1] / "tei"


def test_phrases_are_read_without_comments_blank_lines_or_extra_spaces():
    text = "# header\n\nLenin   order  # the award\nOctober Hall\t# a hall in Moscow\n"
    assert exceptionlist.parse(text) == ["Lenin order", "October Hall"]


@pytest.mark.parametrize("line", ["October Hall", "October Hall #", "October Hall #   ", "October Hall# glued"])
def test_a_phrase_without_its_reason_is_refused_at_its_line(line):
    with pytest.raises(InputError, match=r"^list.txt:2:1: error: exception without a '# why' comment"):
        exceptionlist.parse(f"# header\n{line}\n", "list.txt")


@pytest.mark.parametrize("name", ["persons.txt", "dates.txt"])
def test_both_committed_lists_read_in_the_shared_format(name):
    assert len(exceptionlist.read(TEI / "exceptions" / name)) > 0


def test_a_named_list_that_is_absent_is_an_error_and_an_absent_default_is_none(tmp_path):
    with pytest.raises(EditionError, match="no such exceptions file"):
        exceptionlist.read(tmp_path / "absent.txt")
    assert exceptionlist.beside(tmp_path, "persons.txt") is None


def test_a_list_that_is_not_utf8_is_refused_naming_the_file(tmp_path):
    bad = tmp_path / "persons.txt"
    bad.write_bytes("Bucharin\xa0 # a form".encode("latin-1"))
    with pytest.raises(InputError, match=f"^{bad}:1:9: error: not valid UTF-8 \\(byte 0xa0\\)"):
        exceptionlist.read(bad)


@pytest.mark.parametrize("command, name", [("persons", "persons.txt"), ("dates", "dates.txt")])
def test_each_command_refuses_a_list_entry_without_its_reason(cli, edition_dir, tmp_path, command, name):
    # persons.txt used to take an entry without a reason silently while dates.txt refused it
    folder = edition_dir("mentions.xml")
    bad = tmp_path / name
    bad.write_text("# known non-names\nMoscow\n", encoding="utf-8")
    result = cli(command, folder / "mentions.xml", "--exceptions", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{bad}:2:1: error: exception without a '# why' comment")


@pytest.mark.parametrize("command", ["persons", "dates"])
def test_each_command_says_a_named_list_is_missing(cli, edition_dir, tmp_path, command):
    folder = edition_dir("mentions.xml")
    result = cli(command, folder / "mentions.xml", "--exceptions", tmp_path / "absent.txt")
    assert (result.exit_code, result.stderr.strip()) == (2, f"{tmp_path / 'absent.txt'}: error: no such exceptions file")
