"""Builders for dates that are points (`@when`): full dates, month and year, a month, a year, lists.

Each takes a regex match from `rules.RULES` and returns pieces (see `pieces.py`).
"""

import re

from .pieces import THAT_YEAR, iso, month_of, month_third, number, whole


def numeric(m):  # 14.04.1926: day.month.year, European order as in 004's Russian sources
    return whole(m, number(m, "y"), lambda y: {"when": iso(y, int(m["mo"]), int(m["d"]))})


def day_list(m):  # 17, 18 and 19 June: one date per day, the last one carrying the month
    mo, y_ = month_of(m), number(m, "y")
    pieces = []
    for d in re.finditer(r"\d{1,2}", m.string[m.start():m.start("d2")]):
        dd = int(d.group())
        pieces.append((m.start() + d.start(), m.start() + d.end(), y_, lambda y, dd=dd: {"when": iso(y, mo, dd)}))
    pieces.append((m.start("d2"), m.end(), y_, lambda y: {"when": iso(y, mo, int(m["d2"]))}))
    return pieces


def full(m):  # 20 February 1934; January 28, 1937; 7th November 1937; 10 July (year from context)
    mo, dd = month_of(m), int(m["d"])
    return whole(m, number(m, "y"), lambda y: {"when": iso(y, mo, dd)})


def two_us_dates(m):  # October 4 and November 24, 1935: the one year is printed once for both
    y_ = number(m, "y")
    first = (m.start("m1"), m.end("d1"), y_, lambda y: {"when": iso(y, month_of(m, "1"), int(m["d1"]))})
    second = (m.start("m2"), m.end(), y_, lambda y: {"when": iso(y, month_of(m, "2"), int(m["d2"]))})
    return [first, second]


def month_year(m):  # September 1936; early July 1926; September (1936) plenum; early October
    mo, q = month_of(m), m.groupdict().get("q")
    if not q:
        return whole(m, number(m, "y"), lambda y: {"when": iso(y, mo)})
    return whole(m, number(m, "y"), lambda y: dict(zip(("notBefore", "notAfter"), month_third(y, mo, q))))


MAY_BEFORE = re.compile(r"(?:\b(?:in|of|since|until|till|by|from|to|and|or|last|next|early|late|mid|end of|of)\s+|mid-)$", re.I)


def bare_month(m):  # the September plenum; in March; last February (year from context)
    if m["m"].endswith("."):
        return []  # an abbreviation alone is not a date
    if m["m"] == "May" and not MAY_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return []  # "May" is a verb more often than a month
    mo = month_of(m)
    return whole(m, None, lambda y: {"when": iso(y, mo)})


NOT_A_YEAR_BEFORE = re.compile(r"(?:\bpp?\.|\bNos?\.|\bnos?\.|\bNo|\bvol\.|\bf\.|\bl\.|\bnumber|№)\s*$")


def bare_year(m):  # 1937 standing alone (not a page, not "No. 1937")
    if NOT_A_YEAR_BEFORE.search(m.string[max(0, m.start() - 8):m.start()]):
        return []
    return whole(m, int(m["y"]), lambda y: {"when": iso(int(m["y"]))})


def of_that_year(build):
    """The same builder, for a date followed by "of that year" / "of the same year" (001, 003, 004)."""
    def build_that_year(m):
        return [(start, end, THAT_YEAR, make) for start, end, _year, make in build(m)]
    return build_that_year
