"""Log returns of an aligned pair, in the shape every lag statistic needs.

Lags are calendar days: lag ``k`` sets the crypto return over ``(t_prev + k, t + k]``
against the equity return over ``(t_prev, t]``, for consecutive rows ``t_prev, t`` of
an ``AlignedPair``. Positive ``k`` means the equity leads.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

from models.analysis.align import AlignedPair, lookup_days


@dataclass(frozen=True)
class ReturnBasis:
    """What every lag statistic needs, computed once per pair.

    ``x`` holds the equity log return of each row interval ``(start_days, end_days]``
    (NaN where a close is missing). ``levels`` is the crypto log close on a dense
    daily grid from day ``day0`` (NaN where no bar), so the crypto log return over
    any interval shifted by ``k`` days is ``levels[end + k] - levels[start + k]``.
    """

    dates: pd.DatetimeIndex
    x: np.ndarray
    start_days: np.ndarray
    end_days: np.ndarray
    day0: int
    levels: np.ndarray
    prewhitened: bool = False

    @property
    def n_returns(self) -> int:
        """Equity returns that exist (the most pairs any lag can have)."""
        return int(np.isfinite(self.x).sum())

    def crypto_returns(self, lag_days: int) -> np.ndarray:
        """Crypto log return over each row interval shifted by ``lag_days``."""
        end = lookup_days(self.day0, self.levels, self.end_days + lag_days)
        start = lookup_days(self.day0, self.levels, self.start_days + lag_days)
        return end - start

    def with_equity_returns(self) -> ReturnBasis:
        """The same basis without the rows that have no equity return."""
        keep = np.isfinite(self.x)
        if keep.all():
            return self
        return ReturnBasis(
            self.dates[keep],
            self.x[keep],
            self.start_days[keep],
            self.end_days[keep],
            self.day0,
            self.levels,
            self.prewhitened,
        )


def _log(values: np.ndarray) -> np.ndarray:
    values = np.asarray(values, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log(np.where(values > 0, values, np.nan))


def return_basis(pair: AlignedPair, prewhiten: bool = False) -> ReturnBasis:
    """Equity log returns and crypto log levels of ``pair`` (optionally prewhitened).

    Prewhitening fits an autoregression to each series on its own (equity per row,
    crypto per day) and keeps the residuals, so autocorrelation in either series
    cannot pass for a lead.
    """
    x = np.diff(_log(pair.equity))
    levels = _log(pair.crypto_daily)
    if prewhiten:
        x = ar_residuals(x)
        levels = _prewhitened_levels(levels)
    days = pair.day_numbers
    return ReturnBasis(pair.dates[1:], x, days[:-1], days[1:], pair.crypto_day0, levels, prewhiten)


def ar_residuals(series: np.ndarray, max_order: int = 10) -> np.ndarray:
    """Residuals of an AR(p) fit, p <= ``max_order`` chosen by AIC; NaN where undefined."""
    series = np.asarray(series, dtype="float64")
    best = None
    for order in range(1, max_order + 1):
        fit = _ar_fit(series, order)
        if fit is not None and (best is None or fit[0] < best[0]):
            best = fit
    return best[1] if best is not None else series - np.nanmean(series)


def _ar_fit(series: np.ndarray, order: int):
    n = len(series)
    if n <= 3 * order + 10:
        return None
    columns = [series[order - j - 1 : n - j - 1] for j in range(order)]
    design = np.column_stack([np.ones(n - order), *columns])
    target = series[order:]
    rows = np.isfinite(target) & np.isfinite(design).all(axis=1)
    if rows.sum() <= 3 * order + 10:
        return None
    coef, *_ = np.linalg.lstsq(design[rows], target[rows], rcond=None)
    residuals = np.full(n, np.nan)
    residuals[order:] = target - design @ coef
    sigma2 = np.nanmean(residuals[order:][rows] ** 2)
    aic = rows.sum() * np.log(sigma2) + 2 * (order + 1)
    return aic, residuals


def _prewhitened_levels(levels: np.ndarray) -> np.ndarray:
    """Cumulated AR residuals of the daily crypto returns, NaN where none exists."""
    residuals = ar_residuals(np.diff(levels, prepend=np.nan))
    cumulative = np.cumsum(np.nan_to_num(residuals))
    cumulative[~np.isfinite(residuals)] = np.nan
    return cumulative


def lagged_return_matrix(basis: ReturnBasis, lags: np.ndarray) -> np.ndarray:
    """Crypto log returns (row intervals x lags) over each interval shifted by each lag.

    ``lags`` must be consecutive integers; each row is then two contiguous slices.
    """
    low = int(basis.start_days.min() + lags[0])
    high = int(basis.end_days.max() + lags[-1])
    padded = lookup_days(basis.day0, basis.levels, np.arange(low, high + 1))
    windows = sliding_window_view(padded, len(lags))
    first = int(lags[0]) - low
    return windows[basis.end_days + first] - windows[basis.start_days + first]
