"""The chronology's axes as geometry (web/timeline.py): lanes keep marks apart, identical dates
are one mark, a span is cut at the ends of the year it is drawn in."""

import datetime as dt
from types import SimpleNamespace

from edition.web.timeline import WIDTH, month_axis, pack, year_axis


def dated(first, last, form="when", conjecture=False, label="x"):
    return SimpleNamespace(first=dt.date(*first), last=dt.date(*last), form=form, conjecture=conjecture, label=label)


def test_overlapping_marks_go_on_lanes_of_their_own_and_free_lanes_are_reused():
    assert pack([(0, 10), (5, 10), (12, 5), (18, 1)]) == [0, 1, 0, 1]


def test_passages_giving_the_same_date_are_one_mark():
    axis = month_axis(1937, [dated((1937, 1, 1), (1937, 12, 31))] * 25 + [dated((1937, 3, 12), (1937, 3, 12))], str)
    assert len(axis.marks) == 2
    whole = next(m for m in axis.marks if m.width == WIDTH)
    assert whole.label == "x: 25 passages"


def test_a_span_into_the_next_year_is_cut_at_the_years_end():
    (mark,) = month_axis(1937, [dated((1937, 9, 1), (1938, 2, 28), form="fuzzy")], str).marks
    assert mark.x == round((dt.date(1937, 9, 1) - dt.date(1937, 1, 1)).days * WIDTH / 365, 1)
    assert mark.x + mark.width == WIDTH and mark.form == "fuzzy"


def test_the_overview_counts_passages_per_year_and_draws_only_spans_over_a_year():
    axis = year_axis([dated((1930, 1, 1), (1939, 12, 31), form="span"), dated((1937, 5, 1), (1937, 5, 31)),
                      dated((1937, 6, 1), (1937, 6, 30))], str)
    assert [(year, n) for _, _, _, n, year in axis.bars] == [(1930, 1), (1937, 2)]
    assert len(axis.marks) == 1 and axis.marks[0].width == WIDTH
