"""What a rule's builder returns, and the small helpers every builder shares.

A piece is `(start, end, year, make)`: `year` is the year the text prints (None when the context
must supply it, THAT_YEAR for "of that year", NO_CONTEXT when none is needed and the piece must not become the context) and
`make(year)` returns the TEI attributes.
"""

from .normalise import last_day, third_bounds
from .patterns import month_number, which_third

# A piece's year when it needs no context and must not become the context (multi-year spans).
NO_CONTEXT = -1
# A piece's year when the text says "of that year" / "of the same year": the last year printed.
THAT_YEAR = -2


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def number(m, name):
    value = m.groupdict().get(name)
    return int(value) if value else None


def month_of(m, s=""):
    return month_number(m.group("m" + s))


def whole(m, year_, make):
    return [(m.start(), m.end(), year_, make)]


def month_third(y, mo, q):
    first, last = third_bounds(last_day(y, mo), which_third(q))
    return iso(y, mo, first), iso(y, mo, last)


def year_third(y, q):
    first, last = third_bounds(12, which_third(q))
    return iso(y, first), iso(y, last)
