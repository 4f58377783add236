"""Close-series helpers the derived computations share."""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.analysis.align import dense_daily, lookup_days


def positive_closes(close: pd.Series) -> pd.Series:
    """``close`` as float64 without missing, zero or negative values (no ratio or
    return can be taken from those)."""
    close = close.astype("float64")
    values = close.to_numpy()
    return close[np.isfinite(values) & (values > 0)]


def window_return(close: pd.Series, days: np.ndarray, window_days: int) -> np.ndarray:
    """``close(t) / close(t - window_days) - 1`` for each day number ``t`` (days since
    1970), NaN where either close is missing; ``close`` holds positive closes only."""
    if close.empty:
        return np.full(len(days), np.nan)
    day0, grid = dense_daily(close)
    with np.errstate(divide="ignore", invalid="ignore"):
        return lookup_days(day0, grid, days) / lookup_days(day0, grid, days - window_days) - 1.0
