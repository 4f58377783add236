"""Chart x coordinates: days since 1970-01-01 as float64, for daily and intraday bars alike.

Daily bars are dates, so a bar's x is its whole day number (no time zone is applied).
Intraday bars are UTC instants, so their x carries the fraction of the UTC day. One unit
everywhere means a lag of ``k`` calendar days is a shift of exactly ``k`` in x.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

NS_PER_DAY = 86_400_000_000_000


def index_to_days(index) -> np.ndarray:
    """x (days) of a DatetimeIndex, Series index or datetime64 array; tz-aware is taken as UTC."""
    if isinstance(index, pd.DatetimeIndex) and index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    values = np.asarray(index)
    if values.dtype.kind != "M":
        values = pd.DatetimeIndex(values).tz_localize(None).values
    if np.datetime_data(values.dtype)[0] == "D":
        return values.astype(np.int64).astype(np.float64)
    return values.astype("datetime64[ns]").astype(np.int64) / NS_PER_DAY


def value_to_days(value) -> float:
    """x (days) of one date-like value: date, datetime, Timestamp, datetime64 or str."""
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.value / NS_PER_DAY


def days_to_datetime64(x: float, intraday: bool) -> np.datetime64:
    """The date (daily) or UTC instant to the second (intraday) at x."""
    if intraday:
        return np.datetime64(round(x * 86_400), "s")
    return np.datetime64(int(np.floor(x + 0.5)), "D")


def days_to_datetime(x: float) -> dt.datetime:
    """A naive datetime for x (UTC for intraday, the date itself for daily)."""
    return dt.datetime(1970, 1, 1) + dt.timedelta(days=float(x))
