"""Lead-lag statistics between an equity and a crypto series, on log returns only.

Lags are calendar days: lag ``k`` sets the crypto return over ``(t_prev + k, t + k]``
against the equity return over ``(t_prev, t]``, for consecutive rows ``t_prev, t`` of
an ``AlignedPair``. Positive ``k`` means the equity leads. Every figure carries the N
it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

from models.analysis.align import AlignedPair, lookup_days, resample_weekly
from models.analysis.ccf_null import Intervals, null_draws, observed_correlations, prepare
from models.errors import InvalidParameter, NoOverlap


@dataclass(frozen=True)
class LagCorrelation:
    """Pearson correlation of log returns at one lag, with the number of pairs used."""

    lag_days: int
    correlation: float
    n: int


@dataclass
class CcfResult:
    """The cross-correlation function over ``lags`` (calendar days) and its honesty checks.

    ``band_low``/``band_high`` are the 2.5% and 97.5% points of the correlation at
    each lag under no relation (circular block bootstrap of the equity returns in
    blocks of ``block`` returns, which keeps their autocorrelation and volatility
    clustering). ``p_value`` is family-wise: the share of surrogates whose largest
    |correlation| over all lags reaches the observed one at ``best_lag`` (add-one, so
    never below 1 / (draws + 1)). ``n`` holds the pairs behind each lag, ``n_total``
    the returns in the sample.
    """

    lags: np.ndarray
    correlation: np.ndarray
    band_low: np.ndarray
    band_high: np.ndarray
    n: np.ndarray
    best_lag: int
    best_correlation: float
    p_value: float
    n_total: int
    sampling: str
    prewhitened: bool
    draws: int
    block: int = 0


MIN_RETURNS = 30
SAMPLINGS: tuple[str, ...] = ("daily", "weekly")


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


def _pearson(x, y, valid, axis=-1):
    """Correlation and N from masked sums; works on rows of 2-D inputs."""
    xm, ym = np.where(valid, x, 0.0), np.where(valid, y, 0.0)
    n = valid.sum(axis=axis)
    sx, sy = xm.sum(axis=axis), ym.sum(axis=axis)
    cov = n * (xm * ym).sum(axis=axis) - sx * sy
    var_x = n * (xm * xm).sum(axis=axis) - sx * sx
    var_y = n * (ym * ym).sum(axis=axis) - sy * sy
    with np.errstate(divide="ignore", invalid="ignore"):
        corr = cov / np.sqrt(var_x * var_y)
    corr = np.where((n >= 3) & (var_x > 0) & (var_y > 0), np.clip(corr, -1, 1), np.nan)
    return corr, n


def _correlation(basis: ReturnBasis, lag_days: int) -> LagCorrelation:
    y = basis.crypto_returns(lag_days)
    corr, n = _pearson(basis.x, y, np.isfinite(basis.x) & np.isfinite(y))
    return LagCorrelation(int(lag_days), float(corr), int(n))


def correlation_at_lag(pair: AlignedPair, lag_days: int) -> LagCorrelation:
    """Correlation of equity and lagged crypto log returns at ``lag_days``, with its N."""
    return _correlation(return_basis(pair), int(lag_days))


def _rolling_pearson(x: np.ndarray, y: np.ndarray, window: int) -> np.ndarray:
    """Rolling correlation over ``window`` rows ending at each row (NaN until enough pairs)."""
    out = np.full(len(x), np.nan)
    if window < 3 or len(x) < window:
        return out
    valid = np.isfinite(x) & np.isfinite(y)
    xm, ym = np.where(valid, x, 0.0), np.where(valid, y, 0.0)
    sums = np.cumsum(np.stack([valid, xm, ym, xm * xm, ym * ym, xm * ym]), axis=1)
    sums = np.concatenate([np.zeros((6, 1)), sums], axis=1)
    n, sx, sy, sxx, syy, sxy = sums[:, window:] - sums[:, :-window]
    var_x, var_y = n * sxx - sx * sx, n * syy - sy * sy
    with np.errstate(divide="ignore", invalid="ignore"):
        corr = (n * sxy - sx * sy) / np.sqrt(var_x * var_y)
    enough = (n >= max(3, window // 2)) & (var_x > 1e-300) & (var_y > 1e-300)
    out[window - 1 :] = np.where(enough, np.clip(corr, -1, 1), np.nan)
    return out


def rolling_correlation(pair: AlignedPair, lag_days: int, window: int) -> pd.Series:
    """Rolling correlation of log returns at ``lag_days`` over ``window`` rows.

    Indexed by the date each return ends on; NaN where the window holds fewer than
    half its pairs (a series shorter than the window gives all NaN, not an error).
    """
    basis = return_basis(pair)
    values = _rolling_pearson(basis.x, basis.crypto_returns(int(lag_days)), int(window))
    return pd.Series(values, index=basis.dates, name=f"corr_lag_{int(lag_days)}d")


@dataclass(frozen=True)
class LagStats:
    """What the slider shows at one lag: the correlation (with N) and its rolling series."""

    correlation: LagCorrelation
    rolling: pd.Series


class LagStatsCache:
    """Precomputed returns of a pair so each slider step costs one lookup and a few sums."""

    def __init__(self, pair: AlignedPair, window: int = 90) -> None:
        self.pair = pair
        self.window = int(window)
        self.basis = return_basis(pair)
        self._valid_x = np.isfinite(self.basis.x)

    def at(self, lag_days: int) -> LagStats:
        """Correlation at ``lag_days`` and the rolling correlation series at that lag."""
        y = self.basis.crypto_returns(int(lag_days))
        corr, n = _pearson(self.basis.x, y, self._valid_x & np.isfinite(y))
        rolling = _rolling_pearson(self.basis.x, y, self.window)
        return LagStats(
            LagCorrelation(int(lag_days), float(corr), int(n)),
            pd.Series(rolling, index=self.basis.dates, name=f"corr_lag_{int(lag_days)}d"),
        )


def lag_time_matrix(
    pair: AlignedPair, lags, window: int, step: int = 5
) -> tuple[pd.DatetimeIndex, np.ndarray, np.ndarray]:
    """Rolling correlations for a heatmap: (dates, lags, matrix[date, lag]).

    Rows are every ``step``-th return date; NaN where a window holds too few pairs.
    """
    basis = return_basis(pair)
    lags = np.asarray(list(lags), dtype=int)
    rows = np.arange(len(basis.x))[:: max(1, int(step))]
    matrix = np.full((len(rows), len(lags)), np.nan)
    for column, lag in enumerate(lags):  # one rolling pass per lag, not per draw
        matrix[:, column] = _rolling_pearson(basis.x, basis.crypto_returns(lag), window)[rows]
    return basis.dates[rows], lags, matrix


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


def cross_correlation(
    pair: AlignedPair,
    max_lag: int = 365,
    sampling: str = "daily",
    draws: int = 1000,
    prewhiten: bool = False,
    seed: int = 0,
) -> CcfResult:
    """Cross-correlation of log returns from ``-max_lag`` to ``+max_lag`` calendar days.

    Bands and the family-wise p-value of the best lag come from ``draws`` circular
    block bootstrap surrogates (``models.analysis.ccf_null``). ``sampling='weekly'`` samples
    the pair on the last row of each week first. Raises ``InvalidParameter`` for
    bad arguments or too short a sample, ``NoOverlap`` when no lag has pairs.
    """
    _check_ccf_arguments(max_lag, sampling, draws)
    basis = return_basis(resample_weekly(pair) if sampling == "weekly" else pair, prewhiten)
    if basis.n_returns < MIN_RETURNS:
        raise InvalidParameter(
            f"Only {basis.n_returns} returns to correlate; at least {MIN_RETURNS} are needed."
        )
    lags = np.arange(-int(max_lag), int(max_lag) + 1)
    intervals = Intervals(basis.start_days, basis.end_days, lags, basis.day0, basis.levels)
    sums = prepare(basis.x, lagged_return_matrix(basis, lags), intervals)
    corr, n = observed_correlations(sums)
    if not np.isfinite(corr).any():
        raise NoOverlap("No lag has equity and crypto returns on the same dates.")
    best = int(np.nanargmax(np.abs(corr)))
    null = null_draws(sums, int(draws), seed)
    return CcfResult(
        lags,
        corr,
        null.band_low,
        null.band_high,
        n,
        best_lag=int(lags[best]),
        best_correlation=float(corr[best]),
        p_value=_family_p_value(null.max_abs, abs(corr[best])),
        n_total=basis.n_returns,
        sampling=sampling,
        prewhitened=bool(prewhiten),
        draws=int(draws),
        block=null.block,
    )


def _family_p_value(null_max_abs: np.ndarray, observed: float) -> float:
    """Share of surrogates whose best |correlation| reaches the observed best (add-one)."""
    if len(null_max_abs) == 0:
        return float("nan")
    hits = int((null_max_abs >= observed - 1e-12).sum())
    return (hits + 1) / (len(null_max_abs) + 1)


def _check_ccf_arguments(max_lag: int, sampling: str, draws: int) -> None:
    if sampling not in SAMPLINGS:
        raise InvalidParameter(f"Unknown sampling {sampling!r}; use one of {SAMPLINGS}.")
    if not 0 <= int(max_lag) <= 1000:
        raise InvalidParameter(f"The maximum lag must be 0 to 1000 days, not {max_lag}.")
    if int(draws) < 0:
        raise InvalidParameter(f"The number of draws cannot be negative ({draws}).")
