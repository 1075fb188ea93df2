"""The recogniser against the table of real examples in cases.py (>= 60 rows from the sources)."""

import sys
from pathlib import Path

import pytest

from conftest import DOCUMENTS, SOURCES
from edition.dates.recogniser import Context, find_dates

sys.path.insert(0, str(Path(__file__).parent))
from cases import CASES  # noqa: E402

SOURCE_BY_PREFIX = {name[:3]: SOURCES / name for name in DOCUMENTS}


def attrs(spec: str) -> dict:
    return dict(pair.split("=", 1) for pair in spec.split())


def ids(case):
    return f"{case[0]}:L{case[1]}:{case[2][:40]}"


def test_the_table_has_at_least_sixty_real_examples_from_every_source():
    assert len(CASES) >= 60
    assert {case[0] for case in CASES} == set(SOURCE_BY_PREFIX)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_example_is_copied_from_its_source_line(case):
    source, line, snippet = case[:3]
    lines = SOURCE_BY_PREFIX[source].read_text(encoding="utf-8").split("\n")
    assert snippet in lines[line - 1], f"{snippet!r} is not on line {line} of {source}"


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_example_gets_the_expected_dates_and_attributes(case):
    _source, _line, snippet, year, expected = case
    found = find_dates(snippet, Context(year))
    assert [(d.text, d.attrs) for d in found] == [(text, attrs(spec)) for text, spec in expected]
