"""A bottom axis that labels x (days since epoch) with calendar dates and times."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg

from widgets.chart.timecoords import days_to_datetime
from widgets.formatting import month_name

LABEL_SPACING_PX = 80

# (unit, count, approximate length in days), finest first.
STEPS: tuple[tuple[str, int, float], ...] = (
    ("minute", 1, 1 / 1440),
    ("minute", 5, 5 / 1440),
    ("minute", 15, 15 / 1440),
    ("minute", 30, 30 / 1440),
    ("hour", 1, 1 / 24),
    ("hour", 3, 3 / 24),
    ("hour", 6, 6 / 24),
    ("hour", 12, 12 / 24),
    ("day", 1, 1.0),
    ("day", 2, 2.0),
    ("week", 1, 7.0),
    ("week", 2, 14.0),
    ("month", 1, 30.44),
    ("month", 3, 91.3),
    ("month", 6, 182.6),
    ("year", 1, 365.25),
    ("year", 2, 730.5),
    ("year", 5, 1826.0),
    ("year", 10, 3652.5),
    ("year", 25, 9131.0),
    ("year", 50, 18262.0),
)

# 1970-01-05 was a Monday: weekly ticks fall on Mondays.
FIRST_MONDAY = 4.0
MIN_X, MAX_X = -719_000.0, 2_900_000.0


def choose_step(span_days: float, size_px: float) -> tuple[str, int, float]:
    """The finest calendar step that keeps labels at least LABEL_SPACING_PX apart."""
    max_ticks = max(size_px / LABEL_SPACING_PX, 1.0)
    for step in STEPS:
        if span_days / step[2] <= max_ticks:
            return step
    return STEPS[-1]


def calendar_ticks(lo: float, hi: float, unit: str, count: int) -> list[float]:
    """x of every tick of ``count`` ``unit``s between lo and hi, on calendar boundaries."""
    if unit in ("minute", "hour", "day", "week"):
        size = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0}[unit] * count
        origin = FIRST_MONDAY if unit == "week" else 0.0
        first = np.ceil((lo - origin) / size) * size + origin
        return list(np.arange(first, hi + size * 1e-9, size))
    start = days_to_datetime(lo)
    months = count * (12 if unit == "year" else 1)
    index = start.year * 12 + start.month - 1
    index = -(-index // months) * months
    ticks = []
    while True:
        stamp = dt.datetime(index // 12, index % 12 + 1, 1)
        x = (stamp - dt.datetime(1970, 1, 1)).total_seconds() / 86_400
        if x > hi:
            return ticks
        if x >= lo:
            ticks.append(x)
        index += months


def tick_label(x: float, unit: str, first: bool = False) -> str:
    """The label of a tick at x, naming the larger unit where it rolls over; the ``first``
    tick of a day or month scale also names the year, so every view shows one."""
    stamp = days_to_datetime(x)
    if first and unit in ("day", "week", "month"):
        if unit == "month":
            return f"{month_name(stamp.month)} {stamp.year}"
        return f"{stamp.day} {month_name(stamp.month)} {stamp.year}"
    if unit in ("minute", "hour"):
        if stamp.hour == 0 and stamp.minute == 0:
            return f"{stamp.day} {month_name(stamp.month)}"
        return f"{stamp.hour:02d}:{stamp.minute:02d}"
    if unit in ("day", "week"):
        if stamp.day == 1 and stamp.month == 1:
            return str(stamp.year)
        return f"{stamp.day} {month_name(stamp.month)}"
    if unit == "month":
        return str(stamp.year) if stamp.month == 1 else month_name(stamp.month)
    return str(stamp.year)


class DateAxis(pg.AxisItem):
    """Bottom axis for x in days since epoch: calendar-aligned ticks, dates as labels."""

    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self._unit = "day"
        self._blank = False

    def set_blank(self, blank: bool) -> None:
        """No ticks, labels or grid lines: an empty chart's default range means nothing."""
        self._blank = bool(blank)
        self.picture = None
        self.update()

    def tickValues(self, min_value, max_value, size):
        """One level of calendar-aligned ticks (years, months, weeks, days, hours...)."""
        if self._blank:
            return []
        if not (np.isfinite(min_value) and np.isfinite(max_value)) or max_value <= min_value:
            return []
        # Python datetimes cover years 1-9999 only.
        lo, hi = max(min_value, MIN_X), min(max_value, MAX_X)
        if hi <= lo:
            return []
        unit, count, length = choose_step(hi - lo, size)
        self._unit = unit
        return [(length, calendar_ticks(lo, hi, unit, count))]

    def tickStrings(self, values, scale, spacing):
        """Date or time labels for the ticks chosen by tickValues."""
        lo, hi = self.range
        # pyqtgraph drops a label that would overflow the left edge; name the year on the
        # first one that surely shows.
        shown = [i for i, v in enumerate(values) if v >= lo + 0.04 * (hi - lo)]
        first = shown[0] if shown else 0
        return [tick_label(v, self._unit, first=i == first) for i, v in enumerate(values)]
