"""Exchange candle rows to contract frames, and the gaps between candles.

ccxt gives rows ``[open_ms, open, high, low, close, volume]``. A daily candle opens at
00:00 UTC, so its UTC date is the bar's date; intraday candles keep their UTC instant.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.errors import BadResponse
from models.market.frames import COLUMNS, conform, empty_frame, is_daily


def rows_to_frame(rows: list[list], timeframe: str) -> pd.DataFrame:
    """A contract frame from candle rows (any order, duplicates keep the last)."""
    if not rows:
        return empty_frame(timeframe)
    try:
        data = np.array([[np.nan if v is None else v for v in r[1:6]] for r in rows], "float64")
        stamps = pd.to_datetime(np.array([int(r[0]) for r in rows], "int64"), unit="ms", utc=True)
    except (TypeError, ValueError) as exc:
        raise BadResponse(f"an exchange sent candles that could not be read ({exc}).") from exc
    if np.isnan(data[:, :4]).any():
        raise BadResponse("an exchange sent candles with missing prices.")
    frame = pd.DataFrame(data, columns=list(COLUMNS), index=stamps)
    return conform(frame, timeframe)


def find_gaps(open_ms: np.ndarray, step_ms: int) -> list[tuple[int, int]]:
    """Missing candles between the first and the last: ``(first missing, last missing)``."""
    if len(open_ms) < 2:
        return []
    stamps = np.sort(np.asarray(open_ms, "int64"))
    jumps = np.flatnonzero(np.diff(stamps) > step_ms)
    return [(int(stamps[i]) + step_ms, int(stamps[i + 1]) - step_ms) for i in jumps]


def gap_stamps(
    gaps: list[tuple[int, int]], timeframe: str
) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Gaps as timestamps in the frame's own terms (dates for daily bars, UTC otherwise)."""

    def stamp(ms: int) -> pd.Timestamp:
        ts = pd.Timestamp(ms, unit="ms", tz="UTC")
        return ts.tz_localize(None).normalize() if is_daily(timeframe) else ts

    return [(stamp(a), stamp(b)) for a, b in gaps]
