"""Deterministic synthetic series for the chart tests (no real data, no network)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from bench.synthetic import equity_frame, minute_bars
from widgets.chart.crypto_pane import OverlaySeries

__all__ = [
    "Event",
    "crypto_overlay",
    "day_number_overlay",
    "equity_frame",
    "events_for",
    "minute_bars",
]


@dataclass(frozen=True)
class Event:
    """Stands in for models.analysis.breakouts.BreakoutEvent (the fields the chart reads)."""

    date: pd.Timestamp
    band_start: pd.Timestamp
    band_end: pd.Timestamp
    level: float
    confirmed: bool


def crypto_overlay(key, label, seed, start="2019-01-01", end="2021-12-31", drift=0.002):
    """A daily (7 days a week) crypto series indexed to 100 at its first bar."""
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, end, freq="D").values.astype("datetime64[D]")
    price = np.exp(np.cumsum(rng.normal(drift, 0.035, len(dates))))
    return OverlaySeries(key, label, dates, price / price[0] * 100.0)


def events_for(frame: pd.DataFrame) -> list[Event]:
    """One confirmed and one failed breakout on the frame's dates."""
    d, c = frame.index, frame["close"].to_numpy()
    return [
        Event(d[300], d[295], d[320], float(c[300]), True),
        Event(d[600], d[600], d[615], float(c[600]), False),
    ]


def day_number_overlay(start="2020-01-01", days=400) -> OverlaySeries:
    """A crypto series whose value on each date is that date's day number since epoch."""
    dates = np.arange(np.datetime64(start, "D"), np.datetime64(start, "D") + days)
    return OverlaySeries("day", "DAY", dates, dates.astype(np.int64).astype(float))
