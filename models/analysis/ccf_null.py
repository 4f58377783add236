"""The no-relation distribution of the studentised cross-correlation, for any lag window.

A block sign-flip (Rademacher multiplier, "wild") bootstrap: each draw gives every
block of cross products a random sign, the same at every lag, so the draw's t at lag
``k`` is ``T*_k = sum_b e_b U_bk`` with ``U`` the scaled block sums of
``models.analysis.robust_ccf`` (a sign never changes ``sum_b S_b^2``, so each draw is
studentised exactly as the observed t is). Flipping the sign of the equity returns in
a block leaves the joint law of the two series unchanged whenever the equity's
returns are symmetric and the blocks are independent, whatever their volatility:
both series stay exactly as observed and aligned, so a volatility regime they share,
heavy tails and GARCH are kept, and under that symmetry the test is exact, not just
right in large samples. Blocks (see ``automatic_block``) carry autocorrelation.

The same signs act on every lag, so a draw is a whole CCF under the null and the
largest ``|T*|`` over the lags of a window gives an honest family-wise null for the
best lag in that window. A draw costs one row of a matrix product: 1,000 draws over
731 lags of 10,000 returns (in 1,000 blocks of 10) is a (1,000 x 1,000) by
(1,000 x 731) float32 product.

Two tempting variants fail and are not used: normal weights (the null is then a
normal, too liberal when few blocks carry the variance and too cautious when a few
panics do: 7-8% and 1-4% at 5% over 60 lags), and block sums centred on their mean
before flipping (with about as many lags as blocks the centred sums miss the
direction the observed sum lies in: 12% at 5%).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.analysis.pvalues import add_one_p

#: draws multiplied at once (bounds the matrix of signs)
DRAW_CHUNK = 250
#: coverage of both bands
BAND_LEVEL = 0.95
#: the rolling correlation's band in standard errors: the two-sided normal 95% point
POINTWISE_Z = 1.959963984540054


@dataclass(frozen=True)
class WindowTest:
    """The best lag of a window and how unusual it is under no relation at any of its lags.

    ``best`` indexes the lag with the largest ``|t|``; ``p_value`` is the share of draws
    whose largest ``|T*|`` over the window reaches it (add-one); ``critical_t`` is the
    95% point of that maximum (the simultaneous band's half-width in standard errors).
    """

    best: int
    p_value: float
    critical_t: float


def multiplier_draws(scaled: np.ndarray, draws: int, seed: int = 0) -> np.ndarray:
    """``draws`` null CCFs in t units (draws x lags, float32): random signs on the scaled
    block sums (blocks x lags)."""
    blocks, lags = scaled.shape
    out = np.empty((max(0, int(draws)), lags), dtype=np.float32)
    rng = np.random.default_rng(seed)
    for first in range(0, len(out), DRAW_CHUNK):
        count = min(DRAW_CHUNK, len(out) - first)
        signs = rng.integers(0, 2, size=(count, blocks), dtype=np.int8).astype(np.float32)
        signs = 2 * signs - 1
        np.matmul(signs, scaled, out=out[first : first + count])
    return out


def pointwise_critical(null_t: np.ndarray) -> np.ndarray:
    """Per lag, the 95% point of ``|T*|`` over the draws (NaN without draws)."""
    if null_t.shape[0] == 0:
        return np.full(null_t.shape[1], np.nan)
    return np.quantile(np.abs(null_t), BAND_LEVEL, axis=0).astype(float)


def judge_window(t_stat: np.ndarray, null_t: np.ndarray, columns: slice) -> WindowTest:
    """Judge the lags ``columns`` of ``t_stat`` against the null draws ``null_t``."""
    observed = np.abs(t_stat[columns])
    if not np.isfinite(observed).any():
        return WindowTest(-1, float("nan"), float("nan"))
    inside = int(np.nanargmax(observed))
    best = inside + (columns.start or 0)
    if null_t.shape[0] == 0:
        return WindowTest(best, float("nan"), float("nan"))
    maxima = np.abs(null_t[:, columns]).max(axis=1)
    critical = float(np.quantile(maxima, BAND_LEVEL))
    return WindowTest(best, add_one_p(maxima, float(observed[inside])), critical)
