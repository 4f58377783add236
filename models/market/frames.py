"""The one OHLCV frame format used everywhere in Liquidity Cascade.

A frame is a ``pandas.DataFrame`` with exactly the columns ``open, high, low, close,
volume`` (float64; volume may be NaN) and a sorted, unique index:

* daily bars: a ``DatetimeIndex`` of dates at midnight with no timezone, named
  ``date``. An equity's bar is its New York session date, a crypto pair's bar its
  UTC day. Dates are never converted between time zones.
* intraday bars: a ``DatetimeIndex`` in UTC, named ``time``.

``validate_frame`` repairs what is safe (duplicate rows, unsorted rows, wrong dtypes)
and reports the rest (non-positive prices, high below low) with the offending dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

COLUMNS: tuple[str, ...] = ("open", "high", "low", "close", "volume")
PRICE_COLUMNS: tuple[str, ...] = ("open", "high", "low", "close")
DAILY = "1d"
TIMEFRAMES: tuple[str, ...] = ("1m", "5m", "15m", "1h", "4h", "1d", "1w")


def is_daily(timeframe: str) -> bool:
    """True for timeframes whose bars are dates rather than instants."""
    return timeframe in ("1d", "1w")


def line_frame(close: pd.Series) -> pd.DataFrame:
    """A daily contract frame for a series that is one value a day (a derived series, a
    FRED series): open, high and low repeat the close; volume is empty (NaN)."""
    dates = pd.DatetimeIndex(close.index, name="date")
    values = close.to_numpy(dtype="float64")
    frame = pd.DataFrame({c: values for c in PRICE_COLUMNS}, index=dates)
    frame["volume"] = np.nan
    return frame


def empty_frame(timeframe: str = DAILY) -> pd.DataFrame:
    """An empty frame that obeys the contract for ``timeframe``."""
    tz = None if is_daily(timeframe) else "UTC"
    index = pd.DatetimeIndex([], tz=tz, name="date" if tz is None else "time")
    return pd.DataFrame({c: pd.Series([], dtype="float64") for c in COLUMNS}, index=index)


@dataclass
class ValidationReport:
    """What ``validate_frame`` repaired and what it found wrong but left alone."""

    duplicates_dropped: int = 0
    reordered: bool = False
    non_positive: list[pd.Timestamp] = field(default_factory=list)
    high_below_low: list[pd.Timestamp] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Human-readable problems, each naming the first offending dates."""
        out = []
        if self.non_positive:
            out.append(f"non-positive prices on {_dates(self.non_positive)}")
        if self.high_below_low:
            out.append(f"high below low on {_dates(self.high_below_low)}")
        return out

    @property
    def ok(self) -> bool:
        """True when nothing is left that needs a human look."""
        return not self.problems


def _dates(stamps: list[pd.Timestamp], limit: int = 5) -> str:
    shown = ", ".join(_fmt(t) for t in stamps[:limit])
    more = len(stamps) - limit
    return shown + (f" and {more} more" if more > 0 else "")


def _fmt(stamp: pd.Timestamp) -> str:
    if stamp.tzinfo is None and stamp == stamp.normalize():
        return stamp.strftime("%Y-%m-%d")
    return stamp.isoformat()


def normalise_index(index: pd.Index, timeframe: str) -> pd.DatetimeIndex:
    """Coerce an index to the contract: naive dates for daily bars, UTC for intraday."""
    idx = pd.DatetimeIndex(index)
    if is_daily(timeframe):
        # A daily bar is a date: drop any zone *without* converting, so an exchange-local
        # midnight stays on its own session date.
        if idx.tz is not None:
            idx = idx.tz_localize(None)
        idx = idx.normalize()
        idx = idx.as_unit("ns") if hasattr(idx, "as_unit") else idx
        return pd.DatetimeIndex(idx, name="date")
    idx = idx.tz_localize("UTC") if idx.tz is None else idx.tz_convert("UTC")
    return pd.DatetimeIndex(idx.as_unit("ns"), name="time")


def validate_frame(
    frame: pd.DataFrame, timeframe: str = DAILY
) -> tuple[pd.DataFrame, ValidationReport]:
    """Return a contract-conforming copy of ``frame`` and a report of what was found.

    Duplicate timestamps keep their last row (the newest fetch wins); rows are sorted.
    Bad prices are reported, not removed: the user decides what to do with them.
    """
    report = ValidationReport()
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"frame lacks columns: {', '.join(missing)}")
    out = frame.loc[:, list(COLUMNS)].astype("float64")
    out.index = normalise_index(out.index, timeframe)
    if not out.index.is_monotonic_increasing:
        report.reordered = True
        out = out.sort_index(kind="stable")
    dup = out.index.duplicated(keep="last")
    if dup.any():
        report.duplicates_dropped = int(dup.sum())
        out = out[~dup]
    prices = out[list(PRICE_COLUMNS)].to_numpy()
    with np.errstate(invalid="ignore"):
        bad_price = (prices <= 0).any(axis=1)
        bad_range = out["high"].to_numpy() < out["low"].to_numpy()
    report.non_positive = list(out.index[bad_price])
    report.high_below_low = list(out.index[bad_range])
    return out, report


def conform(frame: pd.DataFrame, timeframe: str = DAILY) -> pd.DataFrame:
    """Shorthand for ``validate_frame(frame, timeframe)[0]``."""
    return validate_frame(frame, timeframe)[0]
