"""The grammar of dates: one (name, regex, builder) row per form found in the five sources.

Where rows overlap the recogniser takes the leftmost match, then the longest, then the earlier
row here. Builders are in `points.py` (`@when`) and `spans.py` (ranges and fuzzy dates).
"""

import re

from .patterns import DASH, NUMBER_WORDS, SEASON, TO, day, month, month_or_russian, qualifier, year
from .points import bare_month, bare_year, day_list, full, month_year, numeric, of_that_year, two_us_dates
from .spans import day_month_range, day_range, decade, month_range, season, year_months, year_part, year_range

# --- the table ------------------------------------------------------------------------------

_N = "|".join(NUMBER_WORDS)
_Q1, _Q2 = qualifier("1"), qualifier("2")
_OPT_YEAR = rf"(?:,?\s+{year()})?"
_THAT_YEAR = r"\s+of\s+(?:that|the\s+same)\s+year"

RULES = [
    ("numeric", rf"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<mo>0?[1-9]|1[0-2])\.(?P<y>1[89]\d\d|20[0-2]\d)(?!\d)", numeric),
    ("between-days", rf"(?<=between ){day('1')}\s+and\s+{day('2')}\s+{month()}{_OPT_YEAR}", day_range),
    ("day-month-range", rf"{day('1')}\s+{month('1')}{TO}{day('2')}\s+{month('2')}{_OPT_YEAR}", day_month_range),
    ("day-range", rf"{day('1')}{TO}{day('2')}\s+{month()}{_OPT_YEAR}", day_range),
    ("day-list", rf"{day('1')}(?:,\s*\d{{1,2}})*,?\s+and\s+{day('2')}\s+{month()}{_OPT_YEAR}", day_list),
    ("two-us-dates", rf"{month('1')}\s+{day('1')}\s+and\s+{month('2')}\s+{day('2')},\s+{year()}", two_us_dates),
    ("day-month-year", rf"{day()}\s+{month()},?\s+(?P<br>\[)?{year()}(?(br)\])", full),
    ("month-day-year", rf"{month()}\s+{day()},?\s+{year()}", full),
    ("month-year-range", rf"{month_or_russian('1')}\s+{year('1')}{TO}{month_or_russian('2')}\s+{year('2')}", month_range),
    ("month-range-plenum", rf"{month('1')}{DASH}{month('2')}(?=\s+[Pp]lenum\s+of\s+{year()})", month_range),
    ("month-range", rf"(?:{_Q1}\s*)?{month('1')}{TO}(?:{_Q2}\s*)?{month('2')}(?:,?\s+(?:of\s+)?{year()})?", month_range),
    ("month-year", rf"(?:{qualifier()}\s*)?{month_or_russian()}(?:\s+of)?\s+{year()}", month_year),
    ("month-plenum-year", rf"{month()}(?=\s+(?:\(|[Pp]lenum\s+of\s+){year()})", month_year),
    ("day-month-of-that-year", rf"{day()}\s+{month()}(?={_THAT_YEAR})", of_that_year(full)),
    ("month-of-that-year", rf"{month()}(?={_THAT_YEAR})", of_that_year(bare_month)),
    ("day-month", rf"{day()}\s+{month()}", full),
    ("month-day", rf"{month()}\s+{day()}", full),
    ("part-of-month", rf"{qualifier()}\s*{month()}", month_year),
    ("month", month(), bare_month),
    ("decade", rf"(?:(?:{qualifier()}|(?P<half>first|second) half of)\s*(?:the\s+)?)?(?<![\d,.])(?P<dec>1[89]\d0|20[0-2]0)['’]?s\b", decade),
    ("months-of-year", rf"(?:(?P<half>first|second) half|(?P<fl>first|last) (?P<n>{_N}) months) of {year()}", year_months),
    ("early-months", rf"(?P<q>early) months of {year()}", year_part),
    ("season", rf"(?P<s1>{SEASON})(?:\s+and\s+(?P<s2>{SEASON}))?(?:\s+of)?\s+{year()}", season),
    ("year-range", rf"(?:{_Q1}\s*)?{year('1')}(?:{DASH}(?P<short>\d{{1,2}})(?![\d])|{TO}(?:{_Q2}\s*)?{year('2')})", year_range),
    ("between-years", rf"(?<=between ){year('1')}\s+and\s+{year('2')}", year_range),
    ("part-of-year", rf"{qualifier()}\s*(?:in\s+)?{year()}(?!['’]?s\b)", year_part),
    ("year", rf"{year()}(?!['’]?s\b)", bare_year),
]

COMPILED = [(name, re.compile(rx), build) for name, rx, build in RULES]
