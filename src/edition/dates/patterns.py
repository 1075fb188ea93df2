"""The regular-expression vocabulary of dates: months, days, years, qualifiers, seasons.

Kept apart from the rules so each rule in `rules.py` reads as one line of grammar.
Every piece that can repeat inside one rule is a function taking a group-name suffix.
"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# Abbreviations printed with a full stop ("Aug. 22, 1936"); "May", "June", "July" are never cut.
ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
# Transliterated Russian month names (Library of Congress style, as in 004 "Ianvar' 1922-dekabr' 1936"):
# recognised only when a year follows, since "mart" or "mai" could be other words.
RUSSIAN = ["ianvar", "fevral", "mart", "aprel", "mai", "iiun", "iiul", "avgust",
           "sentiabr", "oktiabr", "noiabr", "dekabr"]

_FULL = "|".join(MONTHS + [m.upper() for m in MONTHS])
_ABBR = "|".join(ABBREVIATIONS)
_RU = "|".join(f"[{r[0].upper()}{r[0]}]{r[1:]}" for r in RUSSIAN)

DASH = r"\s?[-–—‐]\s?"
TO = rf"(?:{DASH}|\s+(?:to|until|till|through)\s+)"
QUALIFIER = r"(?:early|Early|mid-|Mid-|mid|middle of|late|Late|beginning of|start of|end of)"
SEASON = r"(?:spring|Spring|summer|Summer|autumn|Autumn|fall|Fall|winter|Winter)"
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]


def month(s: str = "") -> str:
    """A month name: full (Title or UPPER case) or abbreviated with its full stop; a whole word."""
    return rf"(?<![A-Za-z])(?P<m{s}>(?:{_FULL})(?![A-Za-z])|(?:{_ABBR})\.)"


def month_or_russian(s: str = "") -> str:
    return rf"(?<![A-Za-z])(?P<m{s}>(?:{_FULL})(?![A-Za-z])|(?:{_ABBR})\.|(?:{_RU})['’ʹ]?(?![A-Za-z]))"


def day(s: str = "") -> str:
    """A day of the month, 1-31, optionally with an ordinal suffix ("7th November 1937")."""
    return rf"(?<![\d.,/])(?P<d{s}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"


def year(s: str = "") -> str:
    """A year 1800-2029 that is a whole number (not part of 1,500 or 00447)."""
    return rf"(?<![\d,.])(?P<y{s}>1[89]\d\d|20[0-2]\d)(?![\d]|,\d)"


def qualifier(s: str = "") -> str:
    return rf"(?P<q{s}>{QUALIFIER})"


def month_number(name: str) -> int:
    """1-12 for an English (full or abbreviated) or transliterated Russian month name."""
    key = name.rstrip(".'’ʹ").lower()
    for i, ru in enumerate(RUSSIAN):
        if key == ru:
            return i + 1
    for i, full in enumerate(MONTHS):
        if full.lower().startswith(key[:3]):
            return i + 1
    raise ValueError(name)


def which_third(word: str) -> int:
    """0, 1, 2 for early, mid, late (docs/dates.md: thirds of the span)."""
    w = word.lower().rstrip("-")
    if w.startswith(("early", "beginning", "start")):
        return 0
    if w.startswith(("mid", "middle")):
        return 1
    return 2


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
