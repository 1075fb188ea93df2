"""The tagger and the reporter on copies of the five real documents (the files are never touched)."""

import shutil

import pytest

from conftest import ROOT
from edition.dates.normalise import ATTRIBUTES, problems
from edition.xmlsafe import NS, parse_file

EXCEPTIONS = ROOT / "tei" / "exceptions" / "dates.txt"


@pytest.fixture(scope="module")
def tagged_copies(tmp_path_factory, tei_files):
    from edition.cli import main

    folder = tmp_path_factory.mktemp("tagged")
    copies = []
    for path in tei_files:
        copy = folder / path.name
        shutil.copy(path, copy)
        assert main(["dates", "--tag", str(copy), "--exceptions", str(EXCEPTIONS)]) == 0
        copies.append((path, copy))
    return copies


def test_tagging_a_document_keeps_every_character_of_its_text(tagged_copies):
    for original, copy in tagged_copies:
        assert "".join(parse_file(copy).getroot().itertext()) == "".join(parse_file(original).getroot().itertext()), copy.name


def test_every_date_the_tagger_writes_has_exactly_one_valid_normalisation(tagged_copies):
    for _original, copy in tagged_copies:
        for date in parse_file(copy).iterfind(".//tei:text//tei:date", NS):
            attrs = {a: date.get(a) for a in ATTRIBUTES if date.get(a) is not None}
            assert problems(attrs) == [], (copy.name, date.sourceline, "".join(date.itertext()))


def test_each_reported_position_points_at_the_reported_text(tei_files, cli):
    for path in tei_files:
        lines = path.read_text(encoding="utf-8").split("\n")
        for line in cli("dates", path, "--exceptions", EXCEPTIONS).stdout.splitlines():
            if ": untagged: " not in line:
                continue
            where, message = line.split(": untagged: ")
            row, col = map(int, where.rsplit(":", 2)[1:])
            text = message.split("not in <date>: ", 1)[1][1:-1]
            assert lines[row - 1][col - 1:].startswith(text[:4]), line
