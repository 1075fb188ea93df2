"""The chronology's time axes as geometry, for the inline SVG of templates/chronology.html.

Pure: dated passages in, numbers out. One axis for the whole edition (years: how many passages
each year holds, and the spans longer than a year as bars), and one per year (its months: every
passage of the year as a dot for a day, a bar for a month, a span or a fuzzy period). Marks
that would overlap go on lanes of their own, so a span is never hidden behind another.
"""

import datetime as dt
from dataclasses import dataclass

from ..dates.human import MONTHS

WIDTH = 1000  # viewBox units; the SVG scales to the column, the text stays readable
LANE = 14  # height of one lane
MIN_MARK = 6  # a day is drawn this wide, so it can be seen and does not vanish between lanes


@dataclass(frozen=True)
class Mark:
    x: float
    width: float
    lane: int
    form: str  # "when", "span", "fuzzy"
    conjecture: bool
    label: str  # the tooltip: the date and its document, or how many passages give it

    @property
    def y(self) -> int:
        return self.lane * LANE


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Axis:
    ticks: tuple
    marks: tuple
    bars: tuple = ()  # (x, width, height, count, year): the overview's passages per year
    lanes: int = 0

    @property
    def height(self) -> int:
        return self.lanes * LANE


def pack(spans: list[tuple[float, float]], gap: float = 2) -> list[int]:
    """The lane of each (x, width), in the given order: the first lane free from x on."""
    ends: list[float] = []
    out = []
    for x, w in spans:
        lane = next((i for i, end in enumerate(ends) if end + gap <= x), len(ends))
        if lane == len(ends):
            ends.append(0)
        ends[lane] = x + w
        out.append(lane)
    return out


def _marks(entries, left, right, scale, label) -> tuple:
    """One mark per distinct extent and kind (25 passages saying "1937" are one bar, not 25)."""
    same: dict[tuple, list] = {}
    for e in entries:
        same.setdefault((max(e.first, left), min(e.last, right), e.form, e.conjecture), []).append(e)
    placed = []
    for (a, b, form, conjecture), group in same.items():
        x = scale(a)
        text = label(group[0]) if len(group) == 1 else f"{group[0].label}: {len(group)} passages"
        placed.append((x, max(scale(b + dt.timedelta(days=1)) - x, MIN_MARK), form, conjecture, text))
    lanes = pack([(x, w) for x, w, *_ in placed])
    return tuple(Mark(round(x, 1), round(w, 1), lane, form, conjecture, text)
                 for (x, w, form, conjecture, text), lane in zip(placed, lanes))


def year_axis(entries, label) -> Axis:
    """The whole edition's span of years: passages per year, spans over a year below them."""
    first, last = min(e.first.year for e in entries), max(e.last.year for e in entries)
    years = last - first + 1
    step = WIDTH / years

    def scale(day: dt.date) -> float:
        start = dt.date(day.year, 1, 1)
        return (day.year - first + (day - start).days / (dt.date(day.year + 1, 1, 1) - start).days) * step

    counts: dict[int, int] = {}
    for e in entries:
        counts[e.first.year] = counts.get(e.first.year, 0) + 1
    top = max(counts.values())
    bars = tuple((round((y - first) * step, 1), round(max(step - 1, 1), 1), round(60 * n / top, 1), n, y)
                 for y, n in sorted(counts.items()))
    every = next(k for k in (1, 2, 5, 10, 20, 50, 100) if years / k <= 12)
    # a label needs room right of its tick: none in the last 6% of the axis
    ticks = tuple(Tick(round((y - first) * step, 1), str(y)) for y in range(first, last + 1)
                  if y % every == 0 and (y - first) * step < WIDTH * 0.94)
    long = [e for e in entries if e.last.year > e.first.year]
    marks = _marks(long, dt.date(first, 1, 1), dt.date(last, 12, 31), scale, label)
    return Axis(ticks, marks, bars, 1 + max((m.lane for m in marks), default=-1))


def month_axis(year: int, entries, label) -> Axis:
    """One year, month by month: every passage that falls in it (a span cut at the year's ends)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    days = (end - start).days + 1

    def scale(day: dt.date) -> float:
        return (day - start).days * WIDTH / days

    ticks = tuple(Tick(round(scale(dt.date(year, m, 1)), 1), MONTHS[m - 1]) for m in range(1, 13))
    marks = _marks(entries, start, end, scale, label)
    return Axis(ticks, marks, (), 1 + max((m.lane for m in marks), default=-1))
