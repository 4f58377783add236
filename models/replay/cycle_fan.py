"""The past cycles laid from the last breakout (or from today), and the nearest one.

Each past breakout gives a path: the target's return since its breakout-day close on
each calendar day 0..``FAN_DAYS`` after it (NaN where the target has no close, or the
day is after the as-of day: not known yet). The fan lays them all from the anchor:

* the last breakout, when it is at most ``FAN_DAYS`` old: "you are here: day 94 of the
  2026-01-08 breakout", with this cycle's own path so far beside the others;
* otherwise today (the as-of day): the past cycles laid from today's close, as a
  reading of "if it broke out now".

**Nearest** past cycle: the one whose path so far was closest to this one's, measured
as the root-mean-square gap between the two log paths (``log(1 + return)``) over the
days 1..day that both have; a cycle must have at least ``MIN_SHARED`` of this cycle's
days to be compared, and nothing is named before day ``MIN_COMPARE_DAYS``. Log paths
so that a fall of 50% and a rise of 100% weigh alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.analysis.align import day_numbers, dense_daily, lookup_days
from models.analysis.breakouts import verdict

FAN_DAYS = 365
MIN_COMPARE_DAYS = 5
MIN_SHARED = 0.8
NEAREST_MEASURE = (
    "the smallest root-mean-square gap between the two log paths (log of 1 + the return "
    "since the breakout) over the days since the breakout both have"
)
BREAKOUT, TODAY = "breakout", "today"


@dataclass(frozen=True)
class CyclePath:
    """One past breakout's path: its date, verdict and the return since its close on each
    day 0..``FAN_DAYS`` after it."""

    date: pd.Timestamp
    verdict: str
    path: np.ndarray


@dataclass(frozen=True)
class Nearest:
    """The past cycle nearest this one so far: its date and verdict, the gap (RMS of the
    log paths' difference) and the number of days compared."""

    date: pd.Timestamp
    verdict: str
    gap: float
    days_compared: int


@dataclass(frozen=True)
class CycleFan:
    """The past cycles laid from ``anchor`` (a breakout, or today), where we are on it
    (``day``), this cycle's path so far (``current``, days 0..day) and the nearest."""

    anchor: pd.Timestamp
    anchor_kind: str
    anchor_verdict: str | None
    anchor_close: float
    day: int
    current: np.ndarray
    cycles: list[CyclePath]
    nearest: Nearest | None
    days: np.ndarray

    def you_are_here(self) -> str:
        """``you are here: day 94 of the 2026-01-08 breakout (held)``, or where the fan is
        laid from when no breakout is that recent."""
        if self.anchor_kind == TODAY:
            return (
                f"no breakout in the last {FAN_DAYS} days: the past cycles are laid from "
                f"today's close ({self.anchor:%Y-%m-%d})"
            )
        return (
            f"you are here: day {self.day} of the {self.anchor:%Y-%m-%d} breakout "
            f"({self.anchor_verdict})"
        )


def cycle_fan(closes: pd.Series, events: list, now: pd.Timestamp) -> CycleFan | None:
    """The fan of ``events`` on the target's calendar-day ``closes`` as of ``now``; None
    when the target has no close by then."""
    closes = closes.dropna()
    closes = closes[closes.index <= now]
    if closes.empty:
        return None
    day0, grid = dense_daily(closes)
    today = int(day_numbers(pd.DatetimeIndex([now]))[0])
    known = [e for e in events if e.date <= now]
    last = known[-1] if known else None
    offsets = np.arange(FAN_DAYS + 1)
    if last is not None and (now - last.date).days <= FAN_DAYS:
        anchor_day = int(day_numbers(pd.DatetimeIndex([last.date]))[0])
        past, kind, anchor, said = known[:-1], BREAKOUT, last.date, verdict(last)
    else:
        anchor_day, past, kind, anchor, said = today, known, TODAY, now, None
    base = _close_on_or_before(day0, grid, anchor_day)
    day = today - anchor_day
    current = lookup_days(day0, grid, anchor_day + offsets[: day + 1]) / base - 1.0
    cycles = [
        CyclePath(e.date, verdict(e), path)
        for e in past
        if (path := _path(day0, grid, e.date, offsets, today)) is not None
    ]
    nearest = _nearest(current, cycles) if kind == BREAKOUT else None
    return CycleFan(anchor, kind, said, float(base), day, current, cycles, nearest, offsets)


def _close_on_or_before(day0: int, grid: np.ndarray, day: int) -> float:
    """The last close known on ``day`` (the anchor's close; a weekend reads Friday's)."""
    upto = grid[: max(0, day - day0 + 1)]
    finite = upto[np.isfinite(upto)]
    return float(finite[-1]) if len(finite) else float("nan")


def _path(day0, grid, date, offsets, today: int) -> np.ndarray | None:
    """The return since ``date``'s close on each day of ``offsets`` (NaN after ``today``);
    None when the target has no close that day."""
    start = int(day_numbers(pd.DatetimeIndex([date]))[0])
    base = lookup_days(day0, grid, np.array([start]))[0]
    if not np.isfinite(base):
        return None
    days = start + offsets
    path = lookup_days(day0, grid, days) / base - 1.0
    path[days > today] = np.nan
    return path


def _nearest(current: np.ndarray, cycles: list[CyclePath]) -> Nearest | None:
    """The cycle with the smallest RMS gap of log paths over days 1..day (see module)."""
    day = len(current) - 1
    if day < MIN_COMPARE_DAYS:
        return None
    now_log = np.log1p(current[1:])
    mine = np.isfinite(now_log)
    best = None
    for cycle in cycles:
        then_log = np.log1p(cycle.path[1 : day + 1])
        both = mine & np.isfinite(then_log)
        if both.sum() < max(1, MIN_SHARED * mine.sum()):
            continue
        gap = float(np.sqrt(np.mean((now_log[both] - then_log[both]) ** 2)))
        if best is None or gap < best.gap:
            best = Nearest(cycle.date, cycle.verdict, gap, int(both.sum()))
    return best
