"""The dates a range preset shows: the last 1, 3 or 5 years, all the data, or the cycle
around a breakout (TradingView's range buttons, and "this cycle" for the thesis).

Pure functions of a prepared session: the window and every test read the same spans.
"""

from __future__ import annotations

import pandas as pd

from models.session.prepared import Prepared

#: the presets, in the order the toolbar shows them
PRESETS: tuple[str, ...] = ("1y", "3y", "5y", "all", "cycle")
YEARS = {"1y": 1, "3y": 3, "5y": 5}
#: room after the last bar, so the latest move is not against the edge
END_MARGIN = pd.Timedelta(days=10)
#: "this cycle": half a year before the breakout, a year and a half after it (the thesis
#: has crypto follow within one to three months; the rest shows how it played out)
CYCLE_BEFORE = pd.Timedelta(days=182)
CYCLE_AFTER = pd.Timedelta(days=548)


def preset_span(prepared: Prepared, preset: str, event=None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last date ``preset`` shows; "cycle" is around ``event`` (a breakout
    with a ``date``). Raises ValueError for an unknown preset, or "cycle" without event."""
    series = [s for s in prepared.session.series if s.rows]
    first = min(pd.Timestamp(s.first) for s in series)
    last = max(pd.Timestamp(s.last) for s in series)
    if preset in YEARS:
        start = last - pd.DateOffset(years=YEARS[preset])
        return max(pd.Timestamp(start), first - END_MARGIN), last + END_MARGIN
    if preset == "all":
        return first - END_MARGIN, last + END_MARGIN
    if preset == "cycle":
        if event is None:
            raise ValueError("no breakout to show the cycle of")
        day = pd.Timestamp(event.date)
        return day - CYCLE_BEFORE, min(day + CYCLE_AFTER, last + END_MARGIN)
    raise ValueError(f"unknown range preset {preset!r}; expected one of {PRESETS}")


def latest_event(events):
    """The most recent of ``events`` (breakouts), or None."""
    return max(events, key=lambda e: pd.Timestamp(e.date)) if events else None
