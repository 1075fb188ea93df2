"""The grammar of dates: one (name, regex, builder) row per form found in the five sources.

A builder turns a match into pieces `(start, end, year, make)`: `year` is the year the text
states (None when the context must supply it) and `make(year)` returns the TEI attributes.
Which candidate wins where rules overlap is the recogniser's business (leftmost, then longest,
then the earlier row here).
"""

import re

from .normalise import last_day, third_bounds
from .patterns import (DASH, NUMBER_WORDS, SEASON, SEASON_MONTHS, TO, day, month, month_number,
                       month_or_russian, qualifier, which_third, year)


# A piece's year when it needs no context and must not become the context (multi-year spans).
NO_CONTEXT = -1


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def _int(m, name):
    value = m.groupdict().get(name)
    return int(value) if value else None


def _mon(m, s=""):
    return month_number(m.group("m" + s))


def _whole(m, year_, make):
    return [(m.start(), m.end(), year_, make)]


def _month_third(y, mo, q):
    first, last = third_bounds(last_day(y, mo), which_third(q))
    return iso(y, mo, first), iso(y, mo, last)


def _year_third(y, q):
    first, last = third_bounds(12, which_third(q))
    return iso(y, first), iso(y, last)


# --- builders -------------------------------------------------------------------------------

def numeric(m):  # 14.04.1926: day.month.year, European order as in 004's Russian sources
    return _whole(m, _int(m, "y"), lambda y: {"when": iso(y, int(m["mo"]), int(m["d"]))})


def day_range(m):  # 19 to 24 August 1936; 5-17 July; between 11 and 19 February
    mo = _mon(m)
    return _whole(m, _int(m, "y"), lambda y: {"from": iso(y, mo, int(m["d1"])), "to": iso(y, mo, int(m["d2"]))})


def day_month_range(m):  # 1 February to 1 May 1936
    a, b = _mon(m, "1"), _mon(m, "2")
    return _whole(m, _int(m, "y"), lambda y: {"from": iso(y, a, int(m["d1"])), "to": iso(y, b, int(m["d2"]))})


def day_list(m):  # 17, 18 and 19 June: one date per day, the last one carrying the month
    mo, y_ = _mon(m), _int(m, "y")
    pieces = []
    for d in re.finditer(r"\d{1,2}", m.string[m.start():m.start("d2")]):
        dd = int(d.group())
        pieces.append((m.start() + d.start(), m.start() + d.end(), y_, lambda y, dd=dd: {"when": iso(y, mo, dd)}))
    pieces.append((m.start("d2"), m.end(), y_, lambda y: {"when": iso(y, mo, int(m["d2"]))}))
    return pieces


def full(m):  # 20 February 1934; January 28, 1937; 7th November 1937; 10 July (year from context)
    mo, dd = _mon(m), int(m["d"])
    return _whole(m, _int(m, "y"), lambda y: {"when": iso(y, mo, dd)})


def two_us_dates(m):  # October 4 and November 24, 1935: the one year is printed once for both
    y_ = _int(m, "y")
    first = (m.start("m1"), m.end("d1"), y_, lambda y: {"when": iso(y, _mon(m, "1"), int(m["d1"]))})
    second = (m.start("m2"), m.end(), y_, lambda y: {"when": iso(y, _mon(m, "2"), int(m["d2"]))})
    return [first, second]


def month_range(m):  # January–February 1934; from late March to late April; Ianvar' 1922-dekabr' 1936
    a, b = _mon(m, "1"), _mon(m, "2")
    y1, y2 = _int(m, "y1"), _int(m, "y2") or _int(m, "y")
    q1, q2 = m.groupdict().get("q1"), m.groupdict().get("q2")

    def make(y):
        start, end = y1 or y, y2 or y
        if not (q1 or q2):
            return {"from": iso(start, a), "to": iso(end, b)}
        lo = _month_third(start, a, q1)[0] if q1 else iso(start, a, 1)
        hi = _month_third(end, b, q2)[1] if q2 else iso(end, b, last_day(end, b))
        return {"notBefore": lo, "notAfter": hi}
    return _whole(m, y2 or y1, make)


def month_year(m):  # September 1936; early July 1926; September (1936) plenum; early October
    mo, q = _mon(m), m.groupdict().get("q")
    if not q:
        return _whole(m, _int(m, "y"), lambda y: {"when": iso(y, mo)})
    return _whole(m, _int(m, "y"), lambda y: dict(zip(("notBefore", "notAfter"), _month_third(y, mo, q))))


MAY_BEFORE = re.compile(r"(?:\b(?:in|of|since|until|till|by|from|to|and|or|last|next|early|late|mid|end of|of)\s+|mid-)$", re.I)


def bare_month(m):  # the September plenum; in March; last February (year from context)
    if m["m"].endswith("."):
        return []  # an abbreviation alone is not a date
    if m["m"] == "May" and not MAY_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return []  # "May" is a verb more often than a month
    mo = _mon(m)
    return _whole(m, None, lambda y: {"when": iso(y, mo)})


def decade(m):  # the 1930s; early 1930s; mid-1920s; the middle of the 1930's; second half of the 1920s
    dec, q, half = int(m["dec"]), m.groupdict().get("q"), m.groupdict().get("half")
    if half:
        lo, hi = (dec, dec + 4) if half == "first" else (dec + 5, dec + 9)
        return _whole(m, NO_CONTEXT, lambda y: {"from": iso(lo), "to": iso(hi)})
    if q:
        first, last = third_bounds(10, which_third(q))
        return _whole(m, NO_CONTEXT, lambda y: {"notBefore": iso(dec + first - 1), "notAfter": iso(dec + last - 1)})
    return _whole(m, NO_CONTEXT, lambda y: {"from": iso(dec), "to": iso(dec + 9)})


def year_part(m):  # late 1927; mid-1935; Early in 1938; the end of 1956; the early months of 1935
    q = m["q"]
    return _whole(m, _int(m, "y"), lambda y: dict(zip(("notBefore", "notAfter"), _year_third(y, q))))


def year_months(m):  # the second half of 1956; the first seven months of 1938; the last six months of 1937
    y_ = _int(m, "y")
    if m.groupdict().get("half"):
        lo, hi = (1, 6) if m["half"] == "first" else (7, 12)
    else:
        n = NUMBER_WORDS.index(m["n"]) + 1
        lo, hi = (1, n) if m["fl"] == "first" else (13 - n, 12)
    return _whole(m, y_, lambda y: {"from": iso(y, lo), "to": iso(y, hi)})


def season(m):  # the summer of 1935; the autumn and winter of 1937 (winter = Dec-Feb, into the next year)
    y_ = _int(m, "y")
    lo = SEASON_MONTHS[m["s1"].lower()][0]
    hi = SEASON_MONTHS[(m.groupdict().get("s2") or m["s1"]).lower()][1]
    end_year, end_month = (y_ + 1, hi - 12) if hi > 12 else (y_, hi)
    return _whole(m, y_, lambda y: {"notBefore": iso(y_, lo), "notAfter": iso(end_year, end_month)})


NOT_A_YEAR_BEFORE = re.compile(r"(?:\bpp?\.|\bNos?\.|\bnos?\.|\bNo|\bvol\.|\bf\.|\bl\.|\bnumber|№)\s*$")


def year_range(m):  # 1937-38; 1948-9; 1930-1949; from 1917 until 1934; mid-1937 to late 1938
    if NOT_A_YEAR_BEFORE.search(m.string[max(0, m.start() - 8):m.start()]):
        return []  # pp. 1917-20 is a page range
    y1 = int(m["y1"])
    short = m.groupdict().get("short")
    y2 = int(str(y1)[: 4 - len(short)] + short) if short else int(m["y2"])
    if y2 <= y1:
        return []
    q1, q2 = m.groupdict().get("q1"), m.groupdict().get("q2")
    if q1 or q2:
        lo = _year_third(y1, q1)[0] if q1 else iso(y1)
        hi = _year_third(y2, q2)[1] if q2 else iso(y2)
        return _whole(m, NO_CONTEXT, lambda y: {"notBefore": lo, "notAfter": hi})
    return _whole(m, NO_CONTEXT, lambda y: {"from": iso(y1), "to": iso(y2)})


def bare_year(m):  # 1937 standing alone (not a page, not "No. 1937")
    if NOT_A_YEAR_BEFORE.search(m.string[max(0, m.start() - 8):m.start()]):
        return []
    return _whole(m, int(m["y"]), lambda y: {"when": iso(int(m["y"]))})


# --- the table ------------------------------------------------------------------------------

_N = "|".join(NUMBER_WORDS)
_Q1, _Q2 = qualifier("1"), qualifier("2")
_OPT_YEAR = rf"(?:,?\s+{year()})?"

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
