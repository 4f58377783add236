"""Synthetic series and helpers shared by the cache and repository tests."""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.market.frames import COLUMNS, conform
from models.market.instruments import Instrument

BTC = Instrument("BTC/USDT", "Bitcoin (BTC/USDT)", "ccxt", "24/7", "crypto", in_catalogue=True)
RUT = Instrument("^RUT", "Russell 2000", "yahoo", "nyse", "equity", in_catalogue=True)


def bars(start: str, periods: int, timeframe: str = "1d", level: float = 100.0, seed: int = 0):
    """A contract frame of ``periods`` bars with distinct, positive random prices."""
    daily = timeframe == "1d"
    freq = "D" if daily else "min"
    index = pd.date_range(start, periods=periods, freq=freq, tz=None if daily else "UTC")
    rng = np.random.default_rng(seed)
    close = level * np.exp(np.cumsum(rng.normal(0, 0.01, periods)))
    data = {
        "open": close * 0.999,
        "high": close * 1.01,
        "low": close * 0.99,
        "close": close,
        "volume": rng.uniform(1, 1000, periods),
    }
    return conform(pd.DataFrame(data, index=index)[list(COLUMNS)], timeframe)


def walk_bars(
    index: pd.DatetimeIndex, level: float = 1000.0, seed: int = 0, sigma: float = 0.01
) -> pd.DataFrame:
    """Sound OHLCV bars (open the previous close, high and low around both) of a random
    walk from ``level`` on ``index`` (dates or UTC instants), rounded like a source's."""
    rng = np.random.default_rng(seed)
    close = level * np.exp(np.cumsum(rng.normal(0, sigma, len(index))))
    opens = np.r_[close[0], close[:-1]]
    frame = pd.DataFrame(
        {
            "open": opens,
            "high": np.maximum(opens, close) * 1.004,
            "low": np.minimum(opens, close) * 0.996,
            "close": close,
            "volume": rng.uniform(1e6, 2e6, len(index)),
        },
        index=index.rename("date" if index.tz is None else "time"),
    )
    return frame.round(4)


def constant_bars(start: str, periods: int, value: float, timeframe: str = "1m"):
    """Bars whose every price equals ``value`` (identifies which write a row came from)."""
    frame = bars(start, periods, timeframe)
    frame.loc[:, list(COLUMNS)] = value
    return frame


def crash_step(version: int, rows: int, append_rows: int) -> tuple[pd.DataFrame, int, bool]:
    """The write that takes the crash test's series to ``version``: (frame, code, replace?).

    Every fourth version replaces the series with ``rows`` bars valued ``version + 1``
    (a price is positive); the three after it append ``append_rows`` bars that overlap
    the previous five.
    """
    step = version % 4
    if step == 0:
        return constant_bars("2024-01-01", rows, float(version + 1)), 0, True
    minutes = rows + (step - 1) * append_rows - 5
    start = pd.Timestamp("2024-01-01", tz="UTC") + pd.Timedelta(minutes=minutes)
    return constant_bars(str(start), append_rows + 5, float(version + 1)), 1, False
