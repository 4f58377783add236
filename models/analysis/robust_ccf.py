"""Each lag's correlation with a standard error that survives shared volatility.

For the pairs that exist at lag ``k``, let ``z_t = (x_t - mean x)(y_t - mean y)`` be the
cross product of the centred equity return and the centred lagged crypto return. Their
sum is ``n`` times the covariance; under no relation at that lag its mean is zero.
Its variance is estimated from the sums ``S_b`` of ``z`` over consecutive blocks of
``block`` returns: ``V = sum_b S_b^2``. That estimate allows for any heteroskedasticity
(a volatility regime both markets share makes ``z`` large in panics and small in
calm) and, with blocks long enough, for autocorrelation, which a ``1/sqrt(N)`` band and
a bootstrap of one series alone do not. The block length follows the autocorrelation
of the products (twice Andrews' rule, ``automatic_block``), which under no relation is the
product of the two series' own autocorrelations: one return when either series is
uncorrelated, longer when both are autocorrelated. It depends on the pair alone, not
on the lags computed, so a window's p-value is the same whichever lags are shown.

``t = sum z / sqrt(V)`` is the studentised correlation; the correlation itself is the
exact Pearson correlation on the pairs that exist (``n`` of them), and its standard
error under no relation is ``sqrt(V / (Sxx Syy))``. Nothing is resampled: every return
stays on its own interval, so a Monday return (three calendar days for the crypto,
one session for the index) needs no scaling at all, by sqrt(3) or by anything else.

``scaled`` holds ``S_b / sqrt(V)`` (blocks x lags): the sign-flip null of
``models.analysis.ccf_null`` draws from it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.analysis.returns import ReturnBasis, lagged_return_matrix

#: lags computed together (bounds the float64 work arrays to rows x LAG_CHUNK)
LAG_CHUNK = 64
#: fewest pairs a lag needs for a correlation
MIN_PAIRS = 3
#: fewest blocks the sample is cut into, whatever the autocorrelation
MIN_BLOCKS = 16
#: most blocks: beyond about a thousand, more random signs add nothing to the null but cost
MAX_BLOCKS = 1024


@dataclass(frozen=True)
class LagStatistics:
    """Per lag: Pearson correlation, pairs, studentised t and robust standard error.

    ``scaled`` (blocks x lags, float32) holds each lag's block sums of cross products
    over the square root of their sum of squares (zero where the statistic is
    missing); ``block`` is the block length in returns, ``product_autocorrelation``
    the first-order autocorrelation of the cross products it was chosen from.
    """

    lags: np.ndarray
    correlation: np.ndarray
    n: np.ndarray
    t_stat: np.ndarray
    standard_error: np.ndarray
    scaled: np.ndarray
    block: int
    product_autocorrelation: float


def automatic_block(autocorrelation: float, rows: int) -> int:
    """Block length for products with first-order autocorrelation ``autocorrelation``.

    Twice Andrews' (1991) length for a Bartlett-type variance, ``2 x 1.1447 (a n)^(1/3)``
    with ``a = 4 rho^2 / (1 - rho^2)^2``: his length minimises the variance's mean square
    error, but a test needs its bias (cross-block covariance left out, which lifted
    the size to 7% with two AR(1) series of 0.4) well under its noise. One return for
    uncorrelated products, 11 for those AR(1) series over 850 returns; never so
    long that fewer than ``MIN_BLOCKS`` blocks remain, nor so short that more than
    ``MAX_BLOCKS`` do (the sign-flip null is exact for any length when blocks are
    independent; with B blocks the variance, uncentred so that a sign flip cannot
    change it, divides the observed t by ``sqrt(1 + t^2 / B)``: about 1% at t = 5).
    """
    rho = float(np.clip(autocorrelation, -0.97, 0.97)) if np.isfinite(autocorrelation) else 0.0
    alpha = 4 * rho**2 / (1 - rho**2) ** 2
    length = max(int(np.ceil(2.2894 * (alpha * rows) ** (1 / 3))), -(-rows // MAX_BLOCKS))
    return int(max(1, min(length, rows // MIN_BLOCKS)))


def first_autocorrelation(values: np.ndarray) -> float:
    """Correlation of consecutive values over the neighbours that both exist (0 if none)."""
    earlier, later = values[:-1], values[1:]
    both = np.isfinite(earlier) & np.isfinite(later)
    if both.sum() < 3:
        return 0.0
    corr = np.corrcoef(earlier[both], later[both])[0, 1]
    return float(corr) if np.isfinite(corr) else 0.0


def block_starts(rows: int, block: int) -> np.ndarray:
    """First row of each block of ``block`` consecutive rows, and ``rows`` at the end."""
    return np.append(np.arange(0, rows, max(1, int(block))), rows)


def lag_statistics(basis: ReturnBasis, lags: np.ndarray, block: int | None = None):
    """The robust statistics of every lag in ``lags`` (consecutive integers).

    ``block`` fixes the block length (in returns) instead of ``automatic_block``.
    """
    basis = basis.with_equity_returns()
    rows = len(basis.x)
    products = np.empty((rows, len(lags)), dtype=np.float32)
    parts = []
    for first in range(0, len(lags), LAG_CHUNK):
        columns = slice(first, min(first + LAG_CHUNK, len(lags)))
        parts.append(_chunk(basis, lags[columns], products[:, columns]))
    correlation, n, covariance, scale, squares = (
        np.concatenate(values) for values in zip(*parts, strict=True)
    )
    autocorrelation = first_autocorrelation(basis.x) * first_autocorrelation(
        basis.crypto_returns(0)
    )
    block = int(block or automatic_block(autocorrelation, rows))
    if block > 1:
        sums = np.add.reduceat(products, block_starts(rows, block)[:-1], axis=0, dtype=np.float64)
        squares = np.einsum("ij,ij->j", sums, sums)
    else:
        sums = products
    with np.errstate(invalid="ignore", divide="ignore"):
        usable = np.isfinite(correlation) & (squares > 0)
        spread = np.where(usable, np.sqrt(squares), np.inf)
        t_stat = np.where(usable, covariance / spread, np.nan)
        error = np.where(usable, spread / scale, np.nan)
    scaled = np.divide(sums, spread, dtype=np.float32)
    return LagStatistics(lags, correlation, n, t_stat, error, scaled, block, autocorrelation)


def _chunk(basis: ReturnBasis, lags: np.ndarray, products_out: np.ndarray):
    """For a few lags: correlation, N, covariance sum, Pearson scale and the sum of
    squared cross products; fills ``products_out`` with the cross products."""
    y = lagged_return_matrix(basis, lags)
    valid = np.isfinite(y)
    n = valid.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        x = np.where(valid, basis.x[:, None], 0.0)
        x -= x.sum(axis=0) / n
        x[~valid] = 0.0
        y = np.where(valid, y, 0.0)
        y -= y.sum(axis=0) / n
        y[~valid] = 0.0
        scale = np.sqrt(np.einsum("ij,ij->j", x, x) * np.einsum("ij,ij->j", y, y))
        products = np.multiply(x, y, out=x)
        covariance = products.sum(axis=0)
        usable = (n >= MIN_PAIRS) & (scale > 0)
        correlation = np.where(usable, np.clip(covariance / scale, -1, 1), np.nan)
    squares = np.einsum("ij,ij->j", products, products)
    products_out[:] = products
    return correlation, n, covariance, scale, squares
