"""The ISO checks and the fuzzy-date conventions of docs/dates.md."""

import pytest

from edition.dates.normalise import in_order, is_valid, problems, third_bounds


@pytest.mark.parametrize("value", ["1936", "1936-09", "1936-09-30", "1936-02-29", "2000-02-29", "1800"])
def test_real_calendar_dates_are_valid(value):
    assert is_valid(value)


@pytest.mark.parametrize("value", ["1937-06-31", "1937-02-29", "1900-02-29", "1936-13", "1936-00", "1936-09-00",
                                   "36", "1936-9", "1936-09-1", "1936/09", "September 1936", "", "19360901"])
def test_impossible_or_non_iso_values_are_invalid(value):
    assert not is_valid(value)


@pytest.mark.parametrize("start,end,ok", [("1937", "1938", True), ("1937-05", "1937", True), ("1937", "1937-05", True),
                                          ("1938-01", "1937-12", False), ("1936-08-24", "1936-08-19", False)])
def test_ranges_are_compared_at_their_common_precision(start, end, ok):
    assert in_order(start, end) is ok


def test_early_mid_late_are_thirds_of_a_year():
    assert [third_bounds(12, i) for i in range(3)] == [(1, 4), (5, 8), (9, 12)]


def test_early_mid_late_are_thirds_of_a_decade():
    assert [third_bounds(10, i) for i in range(3)] == [(1, 4), (5, 7), (8, 10)]  # 1930-33, 1934-36, 1937-39


@pytest.mark.parametrize("days,thirds", [(31, [(1, 11), (12, 21), (22, 31)]), (30, [(1, 10), (11, 20), (21, 30)]),
                                         (28, [(1, 10), (11, 19), (20, 28)])])
def test_early_mid_late_are_thirds_of_a_month(days, thirds):
    assert [third_bounds(days, i) for i in range(3)] == thirds


def test_exactly_one_form_is_required():
    assert problems({"when": "1936"}) == []
    assert problems({"from": "1936", "to": "1937"}) == []
    assert problems({}) == ["no normalisation (@when, @from+@to or @notBefore+@notAfter)"]
    assert problems({"when": "1936", "notBefore": "1936", "notAfter": "1937"}) == [
        "more than one normalisation form (@when and @notBefore+@notAfter)"]
    assert problems({"to": "1937"}) == ["@to without @from"]
