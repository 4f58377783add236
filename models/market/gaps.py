"""Which bars a series lacks: missing days, sessions or intraday bars between its ends.

``find_gaps(frame, calendar, timeframe)`` compares the frame's index with the bars its
calendar expects between the first and the last bar (nothing before or after counts):

* 24/7 daily: every UTC calendar day; weekly: every 7th day.
* NYSE daily: every NYSE session (``models.market.nyse_calendar``); weekly: every 7th day.
* intraday, 24/7: every bar of the timeframe.
* intraday, NYSE: missing bars between two bars of the same New York session date, and
  whole sessions without a bar (counted as 6.5 hours of bars; early closes ignored).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.market.frames import is_daily
from models.market.instruments import ALWAYS_OPEN, NYSE
from models.market.nyse_calendar import nyse_sessions
from models.units import count

_BAR = {"1m": "1min", "5m": "5min", "15m": "15min", "1h": "1h", "4h": "4h"}
_NEW_YORK = "America/New_York"
_SESSION_OPEN, _SESSION_CLOSE = pd.Timedelta(hours=9, minutes=30), pd.Timedelta(hours=16)


@dataclass(frozen=True)
class Gap:
    """A run of consecutive missing bars: the first and last missing bar, and how many."""

    start: pd.Timestamp
    end: pd.Timestamp
    missing: int

    def describe(self) -> str:
        """One line for a report, e.g. '2001-09-11 .. 2001-09-14 (4 bars missing)'."""
        span = _fmt(self.start)
        if self.end != self.start:
            span += f" .. {_fmt(self.end)}"
        return f"{span} ({count(self.missing, 'bar')} missing)"


def _fmt(stamp: pd.Timestamp) -> str:
    if stamp.tzinfo is None and stamp == stamp.normalize():
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%d %H:%M UTC")


def find_gaps(frame: pd.DataFrame, calendar: str, timeframe: str) -> list[Gap]:
    """Missing bars of ``frame`` between its first and last bar, as runs, oldest first."""
    if calendar not in (NYSE, ALWAYS_OPEN):
        raise ValueError(f"unknown calendar {calendar!r}")
    index = pd.DatetimeIndex(frame.index)
    if len(index) < 2:
        return []
    if timeframe == "1w":
        return _runs(pd.date_range(index[0], index[-1], freq="7D"), index)
    if is_daily(timeframe):
        return _runs(_expected_days(index[0], index[-1], calendar), index)
    if timeframe not in _BAR:
        raise ValueError(f"unknown timeframe {timeframe!r}")
    if calendar == ALWAYS_OPEN:
        return _runs(pd.date_range(index[0], index[-1], freq=_BAR[timeframe]), index)
    return _nyse_intraday_gaps(index, pd.Timedelta(_BAR[timeframe]))


def _expected_days(first: pd.Timestamp, last: pd.Timestamp, calendar: str) -> pd.DatetimeIndex:
    if calendar == NYSE:
        return nyse_sessions(first, last)
    return pd.date_range(first, last, freq="D")


def _runs(expected: pd.DatetimeIndex, present: pd.DatetimeIndex) -> list[Gap]:
    """Group the expected stamps absent from ``present`` into runs of neighbours."""
    absent = ~expected.isin(present)
    if not absent.any():
        return []
    positions = np.flatnonzero(absent)
    breaks = np.flatnonzero(np.diff(positions) > 1) + 1
    gaps = []
    for run in np.split(positions, breaks):
        gaps.append(Gap(expected[run[0]], expected[run[-1]], len(run)))
    return gaps


def _nyse_intraday_gaps(index: pd.DatetimeIndex, bar: pd.Timedelta) -> list[Gap]:
    utc = index if index.tz is not None else index.tz_localize("UTC")
    days = utc.tz_convert(_NEW_YORK).normalize().tz_localize(None)
    gaps = _within_session_gaps(index, days, bar)
    gaps += _missing_sessions(days, bar)
    return sorted(gaps, key=lambda g: g.start)


def _within_session_gaps(
    index: pd.DatetimeIndex, days: pd.DatetimeIndex, bar: pd.Timedelta
) -> list[Gap]:
    steps = np.diff(index.as_unit("ns").asi8)
    same_day = days[1:] == days[:-1]
    skipped = (steps // bar.value) - 1
    gaps = []
    for pos in np.flatnonzero(same_day & (skipped > 0)):
        start = index[pos] + bar
        gaps.append(Gap(start, start + bar * (int(skipped[pos]) - 1), int(skipped[pos])))
    return gaps


def _missing_sessions(days: pd.DatetimeIndex, bar: pd.Timedelta) -> list[Gap]:
    sessions = nyse_sessions(days[0], days[-1])
    per_session = int((_SESSION_CLOSE - _SESSION_OPEN) / bar)
    gaps = []
    for day in sessions[~sessions.isin(days.unique())]:
        opens = (day + _SESSION_OPEN).tz_localize(_NEW_YORK).tz_convert("UTC")
        closes = (day + _SESSION_CLOSE).tz_localize(_NEW_YORK).tz_convert("UTC")
        gaps.append(Gap(opens, closes - bar, per_session))
    return gaps
