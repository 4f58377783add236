"""Lead-lag statistics between an equity and a crypto series, on log returns only.

Lags are calendar days: lag ``k`` sets the crypto return over ``(t_prev + k, t + k]``
against the equity return over ``(t_prev, t]``, for consecutive rows ``t_prev, t`` of
an ``AlignedPair``. Positive ``k`` means the equity leads. Every figure carries the N
it rests on. The test of the best lag is ``cross_correlation`` (method in
``models.analysis.robust_ccf`` and ``models.analysis.ccf_null``; the result in
``models.analysis.ccf_result``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.analysis.align import AlignedPair, resample_weekly
from models.analysis.ccf_null import POINTWISE_Z, multiplier_draws, pointwise_critical
from models.analysis.ccf_result import CcfResult, judged
from models.analysis.lag_window import MAX_SEARCH_DAYS, LagWindow
from models.analysis.returns import ReturnBasis, return_basis
from models.analysis.robust_ccf import lag_statistics
from models.errors import InvalidParameter, NoOverlap


@dataclass(frozen=True)
class LagCorrelation:
    """Pearson correlation of log returns at one lag, with the number of pairs used."""

    lag_days: int
    correlation: float
    n: int


MIN_RETURNS = 30
SAMPLINGS: tuple[str, ...] = ("daily", "weekly")


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
class NullBand:
    """Where 95% of rolling correlations fall when the two series are unrelated.

    ``half_width`` is ``1.96 / sqrt(window)``: the large-sample spread of a correlation
    of ``window`` independent pairs. Within one window a slow volatility regime is
    nearly constant, so it holds there too; autocorrelated returns widen it a little.
    A rolling line inside ``±half_width`` is noise, not a regime change.
    """

    half_width: float
    window: int

    @property
    def label(self) -> str:
        """The legend entry, e.g. ``no relation, 95%: ±0.21 (1.96/√90)``."""
        return f"no relation, 95%: ±{self.half_width:.2f} (1.96/√{self.window})"


def rolling_null_band(window: int) -> NullBand:
    """The null band of a rolling correlation over ``window`` pairs."""
    window = int(window)
    if window < 3:
        raise InvalidParameter(f"A rolling window needs at least 3 pairs, not {window}.")
    return NullBand(float(POINTWISE_Z / np.sqrt(window)), window)


@dataclass(frozen=True)
class LagStats:
    """What the slider shows at one lag: the correlation (with N), its rolling series
    and the rolling series' null band (None for a window under 3 pairs)."""

    correlation: LagCorrelation
    rolling: pd.Series
    null_band: NullBand | None = None


class LagStatsCache:
    """Precomputed returns of a pair so each slider step costs one lookup and a few sums."""

    def __init__(self, pair: AlignedPair, window: int = 90) -> None:
        self.pair = pair
        self.window = int(window)
        self.basis = return_basis(pair)
        self._valid_x = np.isfinite(self.basis.x)
        self.null_band = rolling_null_band(self.window) if self.window >= 3 else None

    def at(self, lag_days: int) -> LagStats:
        """Correlation at ``lag_days`` and the rolling correlation series at that lag."""
        y = self.basis.crypto_returns(int(lag_days))
        corr, n = _pearson(self.basis.x, y, self._valid_x & np.isfinite(y))
        rolling = _rolling_pearson(self.basis.x, y, self.window)
        return LagStats(
            LagCorrelation(int(lag_days), float(corr), int(n)),
            pd.Series(rolling, index=self.basis.dates, name=f"corr_lag_{int(lag_days)}d"),
            self.null_band,
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


def cross_correlation(
    pair: AlignedPair,
    max_lag: int = 365,
    sampling: str = "daily",
    draws: int = 1000,
    prewhiten: bool = False,
    seed: int = 0,
    *,
    min_lag: int | None = None,
    search: LagWindow | None = None,
    block: int | None = None,
) -> CcfResult:
    """Cross-correlation of log returns over a lag window, and the best lag's test.

    The CCF covers ``min_lag..max_lag`` calendar days, or ``-max_lag..+max_lag`` when
    ``min_lag`` is None. The best lag and its family-wise p-value are for ``search``
    (default: every lag computed; a wider ``search`` widens the CCF to cover it).
    ``draws`` null CCFs come from a block multiplier bootstrap (``block`` returns per
    block, default about 1.5 n^(1/3)) seeded by ``seed``. ``sampling='weekly'``
    samples the pair on the last row of each week first (see ``CcfResult.caveat``).
    Raises ``InvalidParameter`` for bad arguments or too short a sample, ``NoOverlap``
    when no lag of the window searched has pairs.
    """
    shown = _check_ccf_arguments(max_lag, min_lag, sampling, draws)
    search = search or shown
    computed = LagWindow(min(shown.min_lag, search.min_lag), max(shown.max_lag, search.max_lag))
    basis = return_basis(resample_weekly(pair) if sampling == "weekly" else pair, prewhiten)
    if basis.n_returns < MIN_RETURNS:
        raise InvalidParameter(
            f"Only {basis.n_returns} returns to correlate; at least {MIN_RETURNS} are needed."
        )
    stats = lag_statistics(basis, computed.lags, block)
    if not np.isfinite(stats.correlation).any():
        raise NoOverlap("No lag has equity and crypto returns on the same dates.")
    null_t = multiplier_draws(stats.scaled, int(draws), seed)
    half = pointwise_critical(null_t) * stats.standard_error
    result = CcfResult(
        lags=stats.lags,
        correlation=stats.correlation,
        band_low=-half,
        band_high=half,
        n=stats.n,
        best_lag=0,
        best_correlation=float("nan"),
        p_value=float("nan"),
        n_total=basis.n_returns,
        sampling=sampling,
        prewhitened=bool(prewhiten),
        draws=int(draws),
        block=stats.block,
        t_stat=stats.t_stat,
        standard_error=stats.standard_error,
        seed=int(seed),
        null_t=null_t,
    )
    return judged(result, search)


def _check_ccf_arguments(max_lag, min_lag, sampling: str, draws: int) -> LagWindow:
    """The window the arguments ask for, or ``InvalidParameter``."""
    if sampling not in SAMPLINGS:
        raise InvalidParameter(f"Unknown sampling {sampling!r}; use one of {SAMPLINGS}.")
    if int(draws) < 0:
        raise InvalidParameter(f"The number of draws cannot be negative ({draws}).")
    if min_lag is None and not 0 <= int(max_lag) <= MAX_SEARCH_DAYS:
        raise InvalidParameter(
            f"The maximum lag must be 0 to {MAX_SEARCH_DAYS} days, not {max_lag}."
        )
    if min_lag is None:
        return LagWindow.symmetric(int(max_lag))
    return LagWindow(int(min_lag), int(max_lag))
