"""Synthetic series with planted properties for the analytics tests (truth by construction)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.market.frames import COLUMNS


def clustered_returns(rng: np.random.Generator, days: int, scale: float = 0.01) -> np.ndarray:
    """Daily returns with volatility clustering (a GARCH(1,1)-like recursion)."""
    shocks = rng.standard_normal(days)
    out = np.empty(days)
    variance = 1.0
    for day in range(days):
        out[day] = np.sqrt(variance) * shocks[day]
        variance = 0.05 + 0.10 * out[day] ** 2 + 0.85 * variance
    return scale * out / out.std()


def frame_from_closes(dates: pd.DatetimeIndex, closes: np.ndarray, volume=None) -> pd.DataFrame:
    """A contract frame whose OHLC are all the close (enough for close-based analytics)."""
    closes = np.asarray(closes, dtype="float64")
    data = {c: closes for c in COLUMNS[:4]}
    data["volume"] = np.full(len(closes), 1e6) if volume is None else np.asarray(volume, float)
    frame = pd.DataFrame(data, index=pd.DatetimeIndex(dates, name="date"))
    return frame[list(COLUMNS)]


def planted_pair(
    lead_days: int, seed: int, days: int = 2400, beta: float = 0.8, noise: float = 0.012
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An equity (weekdays minus a few holidays) and a 24/7 crypto that follows it by
    ``lead_days`` calendar days: crypto return on day d = beta x equity factor on day
    d - lead + noise. ``lead_days=None`` makes the two independent."""
    rng = np.random.default_rng(seed)
    calendar = pd.date_range("2015-01-01", periods=days, freq="D", name="date")
    factor = clustered_returns(rng, days + 400)
    noise_part = clustered_returns(rng, days, scale=noise)
    if lead_days is None:
        crypto_returns = beta * clustered_returns(rng, days) + noise_part
    else:
        crypto_returns = beta * factor[400 - lead_days : 400 - lead_days + days] + noise_part
    equity_level = 1000 * np.exp(np.cumsum(factor[400:]))
    crypto_level = 200 * np.exp(np.cumsum(crypto_returns))
    sessions = (calendar.day_of_week < 5) & (rng.random(days) > 0.03)  # weekends + holidays
    equity = frame_from_closes(calendar[sessions], equity_level[sessions])
    return equity, frame_from_closes(calendar, crypto_level)
