"""ISO date values as TEI uses them (YYYY, YYYY-MM, YYYY-MM-DD) and the checks on a `date`.

Also the arithmetic behind the fuzzy conventions of docs/dates.md: the thirds of a span
(early/mid/late) and the last day of a month. Importable by the schema's tests.
"""

import calendar
import re

ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# The three normalisation forms a TEI `date` may carry; exactly one is allowed.
FORMS = (("when",), ("from", "to"), ("notBefore", "notAfter"))
ATTRIBUTES = tuple(a for form in FORMS for a in form)


def is_valid(value: str) -> bool:
    """True for YYYY, YYYY-MM, YYYY-MM-DD naming a real calendar date (no 31 June, no 29 Feb 1937)."""
    m = ISO.match(value or "")
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return True
    if not 1 <= int(month) <= 12:
        return False
    if day is None:
        return True
    return 1 <= int(day) <= last_day(int(year), int(month))


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def in_order(start: str, end: str) -> bool:
    """start <= end, comparing at the precision both share ("1937" vs "1937-05" is in order)."""
    n = min(len(start), len(end))
    return start[:n] <= end[:n]


def third(index: int, size: int) -> int:
    """Which third (0 early, 1 mid, 2 late) unit `index` (0-based) of `size` units falls in."""
    return index * 3 // size


def third_bounds(size: int, which: int) -> tuple[int, int]:
    """First and last unit (1-based) of third `which` of a span of `size` units.

    Months of a year: 1-4, 5-8, 9-12; years of a decade: 0-3, 4-6, 7-9 (as 1-based 1-4, 5-7,
    8-10); days of a 31-day month: 1-11, 12-21, 22-31.
    """
    units = [i + 1 for i in range(size) if third(i, size) == which]
    return units[0], units[-1]


def problems(attrs: dict) -> list[str]:
    """What is wrong with a `date`'s normalisation attributes (empty when all is well)."""
    present = [form for form in FORMS if any(attrs.get(a) is not None for a in form)]
    if not present:
        return ["no normalisation (@when, @from+@to or @notBefore+@notAfter)"]
    if len(present) > 1:
        names = " and ".join("+".join("@" + a for a in form) for form in present)
        return [f"more than one normalisation form ({names})"]
    form = present[0]
    found = []
    for name in form:
        value = attrs.get(name)
        if value is None:
            other = [a for a in form if a != name][0]
            found.append(f"@{other} without @{name}")
        elif not is_valid(value):
            found.append(f'@{name}="{value}" is not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
    if len(form) == 2 and not found and not in_order(attrs[form[0]], attrs[form[1]]):
        found.append(f'@{form[0]}="{attrs[form[0]]}" is after @{form[1]}="{attrs[form[1]]}"')
    return found
