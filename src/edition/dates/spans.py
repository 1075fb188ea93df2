"""Builders for spans (`@from`/`@to`) and fuzzy dates (`@notBefore`/`@notAfter`).

The conventions (thirds, halves, seasons) are those of docs/dates.md; each builder takes a regex
match from `rules.RULES` and returns pieces (see `pieces.py`).
"""

from .normalise import last_day, third_bounds
from .patterns import NUMBER_WORDS, SEASON_MONTHS, which_third
from .pieces import NO_CONTEXT, iso, month_of, month_third, number, whole, year_third
from .points import NOT_A_YEAR_BEFORE


def day_range(m):  # 19 to 24 August 1936; 5-17 July; between 11 and 19 February
    mo = month_of(m)
    return whole(m, number(m, "y"), lambda y: {"from": iso(y, mo, int(m["d1"])), "to": iso(y, mo, int(m["d2"]))})


def day_month_range(m):  # 1 February to 1 May 1936
    a, b = month_of(m, "1"), month_of(m, "2")
    return whole(m, number(m, "y"), lambda y: {"from": iso(y, a, int(m["d1"])), "to": iso(y, b, int(m["d2"]))})


def month_range(m):  # January–February 1934; from late March to late April; Ianvar' 1922-dekabr' 1936
    a, b = month_of(m, "1"), month_of(m, "2")
    y1, y2 = number(m, "y1"), number(m, "y2") or number(m, "y")
    q1, q2 = m.groupdict().get("q1"), m.groupdict().get("q2")

    def make(y):
        start, end = y1 or y, y2 or y
        if not (q1 or q2):
            return {"from": iso(start, a), "to": iso(end, b)}
        lo = month_third(start, a, q1)[0] if q1 else iso(start, a, 1)
        hi = month_third(end, b, q2)[1] if q2 else iso(end, b, last_day(end, b))
        return {"notBefore": lo, "notAfter": hi}
    return whole(m, y2 or y1, make)


def decade(m):  # the 1930s; early 1930s; mid-1920s; the middle of the 1930's; second half of the 1920s
    dec, q, half = int(m["dec"]), m.groupdict().get("q"), m.groupdict().get("half")
    if half:
        lo, hi = (dec, dec + 4) if half == "first" else (dec + 5, dec + 9)
        return whole(m, NO_CONTEXT, lambda y: {"from": iso(lo), "to": iso(hi)})
    if q:
        first, last = third_bounds(10, which_third(q))
        return whole(m, NO_CONTEXT, lambda y: {"notBefore": iso(dec + first - 1), "notAfter": iso(dec + last - 1)})
    return whole(m, NO_CONTEXT, lambda y: {"from": iso(dec), "to": iso(dec + 9)})


def year_part(m):  # late 1927; mid-1935; Early in 1938; the end of 1956; the early months of 1935
    q = m["q"]
    return whole(m, number(m, "y"), lambda y: dict(zip(("notBefore", "notAfter"), year_third(y, q))))


def year_months(m):  # the second half of 1956; the first seven months of 1938; the last six months of 1937
    y_ = number(m, "y")
    if m.groupdict().get("half"):
        lo, hi = (1, 6) if m["half"] == "first" else (7, 12)
    else:
        n = NUMBER_WORDS.index(m["n"]) + 1
        lo, hi = (1, n) if m["fl"] == "first" else (13 - n, 12)
    return whole(m, y_, lambda y: {"from": iso(y, lo), "to": iso(y, hi)})


def season(m):  # the summer of 1935; the autumn and winter of 1937 (winter = Dec-Feb, into the next year)
    y_ = number(m, "y")
    lo = SEASON_MONTHS[m["s1"].lower()][0]
    hi = SEASON_MONTHS[(m.groupdict().get("s2") or m["s1"]).lower()][1]
    end_year, end_month = (y_ + 1, hi - 12) if hi > 12 else (y_, hi)
    return whole(m, y_, lambda y: {"notBefore": iso(y_, lo), "notAfter": iso(end_year, end_month)})


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
        lo = year_third(y1, q1)[0] if q1 else iso(y1)
        hi = year_third(y2, q2)[1] if q2 else iso(y2)
        return whole(m, NO_CONTEXT, lambda y: {"notBefore": lo, "notAfter": hi})
    return whole(m, NO_CONTEXT, lambda y: {"from": iso(y1), "to": iso(y2)})
