"""Synthetic OHLCV bars for the benchmarks (and the chart tests), when no real data is at hand.

Seeded random walks: business-day equity bars and one-minute UTC crypto bars. They live
with the benchmarks so ``bench/`` never imports ``tests/``; the chart tests take them
from here too, so there is one generator of each kind.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


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


def minute_bars(n: int, seed: int = 2, start: str = "2024-01-01") -> pd.DataFrame:
    """``n`` one-minute UTC OHLCV bars following a seeded random walk."""
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
