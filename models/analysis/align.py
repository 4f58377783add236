"""Put an equity series (New York sessions) and a crypto series (24/7) on one date axis.

Three policies, chosen by the user and stated in every export:

* ``sessions``: one row per equity session; crypto sampled at each session date.
* ``calendar``: one row per calendar day; the equity close is carried over weekends
  and holidays and those rows are flagged in ``carried``.
* ``weekly``: one row per week, on the last equity session of the week.

The lag is in calendar days: lag ``k`` sets the crypto close on date ``t + k`` against
the equity on date ``t`` (positive ``k`` = equity leads). Crypto is kept on a dense
daily grid so any lag is one array lookup; a day with no crypto bar stays NaN, so
shifting never invents or silently drops observations and ``n`` says what is left.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.errors import InvalidParameter, NoOverlap

POLICIES: tuple[str, ...] = ("sessions", "calendar", "weekly")

_NS_PER_DAY = 86_400 * 10**9


@dataclass(frozen=True)
class AlignedPair:
    """Equity and crypto closes on one date axis, under one alignment policy.

    ``dates`` are the rows; ``equity`` and ``crypto`` the closes on those dates
    (crypto at lag 0, NaN where the crypto has no bar); ``carried`` flags rows whose
    equity close was carried from an earlier session (calendar policy only).
    ``day_numbers`` are ``dates`` as days since 1970-01-01. ``crypto_daily`` holds
    every crypto close on a dense daily grid starting at day ``crypto_day0`` (NaN
    where no bar exists), so the crypto at any lag is a lookup. ``n`` counts rows
    where both closes are present at lag 0.
    """

    dates: pd.DatetimeIndex
    equity: np.ndarray
    crypto: np.ndarray
    carried: np.ndarray
    policy: str
    day_numbers: np.ndarray
    crypto_day0: int
    crypto_daily: np.ndarray
    n: int

    @property
    def n_carried(self) -> int:
        """Rows whose equity close was carried over a weekend or holiday."""
        return int(self.carried.sum())

    def __len__(self) -> int:
        return len(self.dates)


@dataclass(frozen=True)
class LaggedCrypto:
    """Crypto closes at ``t + lag_days`` for each row date ``t``, and how many exist."""

    lag_days: int
    values: np.ndarray
    n: int


def day_numbers(index: pd.DatetimeIndex) -> np.ndarray:
    """Dates as integer days since 1970-01-01 (naive daily index)."""
    return index.as_unit("ns").asi8 // _NS_PER_DAY


def daily_closes(frame: pd.DataFrame, what: str) -> pd.Series:
    """The close column of a daily contract frame, checked to be usable."""
    if "close" not in frame.columns or not isinstance(frame.index, pd.DatetimeIndex):
        raise InvalidParameter(f"The {what} series is not a daily price frame.")
    if frame.index.tz is not None:
        raise InvalidParameter(f"The {what} series has intraday bars; daily bars are needed.")
    close = frame["close"].astype("float64")
    if not close.index.is_monotonic_increasing or close.index.has_duplicates:
        close = close[~close.index.duplicated(keep="last")].sort_index()
    return close


def dense_daily(close: pd.Series) -> tuple[int, np.ndarray]:
    """A close series spread on a gap-free daily grid: (first day number, values)."""
    days = day_numbers(pd.DatetimeIndex(close.index))
    grid = np.full(int(days[-1] - days[0]) + 1, np.nan)
    grid[days - days[0]] = close.to_numpy()
    return int(days[0]), grid


def lookup_days(day0: int, grid: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Values of a dense daily grid at integer ``days``; NaN outside the grid."""
    pos = days - day0
    inside = (pos >= 0) & (pos < len(grid))
    out = np.full(pos.shape, np.nan)
    out[inside] = grid[pos[inside]]
    return out


def align(equity: pd.DataFrame, crypto: pd.DataFrame, policy: str = "sessions") -> AlignedPair:
    """Align an equity and a crypto daily frame under ``policy`` (see ``POLICIES``).

    Rows span the dates both series cover. Raises ``NoOverlap`` when they share no
    span, ``InvalidParameter`` for an unknown policy or a frame that is not daily.
    """
    if policy not in POLICIES:
        raise InvalidParameter(f"Unknown alignment policy {policy!r}; use one of {POLICIES}.")
    eq = daily_closes(equity, "equity").dropna()
    cr = daily_closes(crypto, "crypto").dropna()
    if eq.empty or cr.empty:
        raise NoOverlap("One of the two series has no prices, so nothing can be compared.")
    start, end = max(eq.index[0], cr.index[0]), min(eq.index[-1], cr.index[-1])
    eq_in = eq[(eq.index >= start) & (eq.index <= end)]
    if start > end or eq_in.empty:
        raise NoOverlap(f"The series do not overlap: equity {_span(eq)}, crypto {_span(cr)}.")
    dates, closes, carried = _rows(eq, eq_in, start, end, policy)
    crypto_day0, crypto_daily = dense_daily(cr)
    days = day_numbers(dates)
    crypto_values = lookup_days(crypto_day0, crypto_daily, days)
    n = int((np.isfinite(closes) & np.isfinite(crypto_values)).sum())
    return AlignedPair(
        dates, closes, crypto_values, carried, policy, days, crypto_day0, crypto_daily, n
    )


def _rows(eq, eq_in, start, end, policy):
    if policy == "sessions":
        return _as_rows(eq_in)
    if policy == "weekly":
        last_session = eq_in.groupby(eq_in.index.to_period("W-FRI")).tail(1)
        return _as_rows(last_session)
    dates = pd.date_range(start, end, freq="D", name="date")
    closes = eq.reindex(eq.index.union(dates)).ffill().reindex(dates).to_numpy()
    carried = ~dates.isin(eq.index)
    return dates, closes, carried


def _as_rows(close: pd.Series):
    dates = pd.DatetimeIndex(close.index, name="date")
    return dates, close.to_numpy(copy=True), np.zeros(len(dates), dtype=bool)


def _span(close: pd.Series) -> str:
    return f"{close.index[0]:%Y-%m-%d} to {close.index[-1]:%Y-%m-%d}"


def crypto_at_lag(
    pair: AlignedPair | tuple[pd.DataFrame, pd.DataFrame], lag_days: int, policy: str = "sessions"
) -> LaggedCrypto:
    """The crypto close at ``t + lag_days`` for every row date ``t`` of ``pair``.

    ``pair`` may also be an (equity, crypto) pair of frames, aligned under ``policy``.
    Days with no crypto bar (before its first, after its last, or a hole) are NaN;
    ``n`` counts rows where both the equity and the lagged crypto are present.
    """
    if not isinstance(pair, AlignedPair):
        pair = align(*pair, policy=policy)
    values = lookup_days(pair.crypto_day0, pair.crypto_daily, pair.day_numbers + int(lag_days))
    n = int((np.isfinite(values) & np.isfinite(pair.equity)).sum())
    return LaggedCrypto(int(lag_days), values, n)


def resample_weekly(pair: AlignedPair) -> AlignedPair:
    """The same pair sampled on the last row of each week (the ``weekly`` sampling)."""
    if pair.policy == "weekly":
        return pair
    frame = pd.Series(np.arange(len(pair.dates)), index=pair.dates)
    real = frame[~pair.carried]
    keep = real.groupby(real.index.to_period("W-FRI")).tail(1).to_numpy()
    crypto = pair.crypto[keep]
    equity = pair.equity[keep]
    n = int((np.isfinite(crypto) & np.isfinite(equity)).sum())
    return AlignedPair(
        pair.dates[keep],
        equity,
        crypto,
        np.zeros(len(keep), dtype=bool),
        "weekly",
        pair.day_numbers[keep],
        pair.crypto_day0,
        pair.crypto_daily,
        n,
    )
