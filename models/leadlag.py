"""Lead-lag statistics between an equity and a crypto series, on log returns only.

Lags are calendar days: lag ``k`` sets the crypto return over ``(t_prev + k, t + k]``
against the equity return over ``(t_prev, t]``, for consecutive rows ``t_prev, t`` of
an ``AlignedPair``. Positive ``k`` means the equity leads. Every figure carries the N
it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


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
    each lag under no relation (circular-shift surrogates that keep each series'
    autocorrelation and volatility clustering). ``p_value`` is family-wise: the share
    of surrogates whose largest |correlation| over all lags reaches the observed one
    at ``best_lag``. ``n`` holds the pairs behind each lag, ``n_total`` the returns
    in the sample.
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
