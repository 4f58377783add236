"""Deterministic synthetic series for the chart tests (no real data, no network)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from widgets.chart.chart_view import OverlaySeries


@dataclass(frozen=True)
class Event:
    """Stands in for models.analysis.breakouts.BreakoutEvent (the fields the chart reads)."""

    date: pd.Timestamp
    band_start: pd.Timestamp
    band_end: pd.Timestamp
    level: float
    confirmed: bool


def equity_frame(start="2019-01-01", end="2021-12-31", seed=1, base=1500.0) -> pd.DataFrame:
    """Business-day OHLCV bars following a seeded random walk."""
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range(start, end, name="date")
    close = base * np.exp(np.cumsum(rng.normal(0.0004, 0.012, len(dates))))
    open_ = close * np.exp(rng.normal(0, 0.004, len(dates)))
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.005, len(dates))))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.005, len(dates))))
    volume = rng.lognormal(20, 0.3, len(dates))
    data = {"open": open_, "high": high, "low": low, "close": close, "volume": volume}
    return pd.DataFrame(data, index=dates)


def intraday_frame(n: int, seed=2, start="2024-01-01") -> pd.DataFrame:
    """``n`` one-minute UTC bars."""
    rng = np.random.default_rng(seed)
    index = pd.date_range(start, periods=n, freq="min", tz="UTC", name="time")
    close = 40_000 * np.exp(np.cumsum(rng.normal(0, 0.0008, n)))
    open_ = np.concatenate([[close[0]], close[:-1]])
    spread = np.abs(rng.normal(0, 0.0005, n)) * close
    data = {
        "open": open_,
        "high": np.maximum(open_, close) + spread,
        "low": np.minimum(open_, close) - spread,
        "close": close,
        "volume": rng.lognormal(3, 0.5, n),
    }
    return pd.DataFrame(data, index=index)


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
