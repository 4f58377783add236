"""Intraday bars made daily, by the session rule of the instrument's calendar.

The window and the analytics work on daily bars: an intraday file imported for them is
made daily here instead of being stored as bars nothing shows. The session rule:

* a 24/7 instrument (crypto): the UTC day, as exchanges close their daily candles;
* an NYSE instrument: the New York date of each bar (``America/New_York``, daylight
  saving included), as Yahoo dates its daily bars; bars outside regular hours count
  for the date they fall on.

A day's bar opens with its first bar's open, closes with its last bar's close, spans the
highest high and the lowest low, and holds the summed volume (missing when no bar of
the day had one).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.market.frames import COLUMNS, conform, is_daily
from models.market.instruments import NYSE

_NEW_YORK = "America/New_York"


def session_rule(calendar: str) -> str:
    """The rule in words, for what the user is told."""
    return "New York session dates" if calendar == NYSE else "UTC days"


def to_daily(frame: pd.DataFrame, timeframe: str, calendar: str) -> pd.DataFrame:
    """Daily bars of an intraday contract frame (a daily frame is returned as it is)."""
    if is_daily(timeframe) or frame.empty:
        return frame
    index = pd.DatetimeIndex(frame.index)
    local = index.tz_convert(_NEW_YORK) if calendar == NYSE else index.tz_convert("UTC")
    days = local.tz_localize(None).normalize().as_unit("ns").asi8
    starts = np.flatnonzero(np.r_[True, days[1:] != days[:-1]])
    ends = np.r_[starts[1:], len(days)] - 1
    values = frame.loc[:, list(COLUMNS)].to_numpy(dtype="float64")
    volume = values[:, 4]
    known = np.add.reduceat(np.isfinite(volume).astype(np.int64), starts)
    summed = np.add.reduceat(np.nan_to_num(volume, nan=0.0), starts)
    out = pd.DataFrame(
        {
            "open": values[starts, 0],
            "high": np.maximum.reduceat(values[:, 1], starts),
            "low": np.minimum.reduceat(values[:, 2], starts),
            "close": values[ends, 3],
            "volume": np.where(known > 0, summed, np.nan),
        },
        index=pd.DatetimeIndex(days[starts].view("datetime64[ns]"), name="date"),
    )
    return conform(out, "1d")
