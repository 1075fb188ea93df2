"""ISO dates of the personography as a reader writes them: "1895-05-01" -> "1 May 1895".

Only what TEI's @when holds here: a year, a year and month, or a full date (a leading minus
for BCE is left as written). Anything else is returned unchanged rather than guessed at.
"""

import re

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def human(iso: str) -> str:
    m = _ISO.match(iso or "")
    if not m or not (m.group(2) is None or 1 <= int(m.group(2)) <= 12):
        return iso or ""
    year, month, day = m.groups()
    if month is None:
        return year
    name = MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def life(birth: str, death: str, birth_uncertain: bool = False, death_uncertain: bool = False) -> str:
    """'1 May 1895 – 4 Feb 1940', 'born 1908', 'died 1940', '' ; '?' after an uncertain date."""
    b = human(birth) + ("?" if birth and birth_uncertain else "")
    d = human(death) + ("?" if death and death_uncertain else "")
    if b and d:
        return f"{b} – {d}"
    return f"born {b}" if b else (f"died {d}" if d else "")
