"""The cross-correlation over many lags and its no-relation distribution (block bootstrap).

Each surrogate rebuilds the equity return series from blocks of consecutive returns
drawn at random (a circular block bootstrap) and sets it against the crypto returns
exactly as observed at every lag. Blocks keep the equity's short-range
autocorrelation and volatility clustering; the crypto side is untouched; only the
alignment of the two is destroyed. So the spread of the surrogate correlations allows
for autocorrelation, unlike a 1/sqrt(N) band.

Returns are resampled per square-root day of their interval and put back on the
original intervals: a Monday return spans three days on both sides, and that shared
pattern must stay in place or the bands come out too narrow.

Every draw is a fresh series, so the largest |correlation| over all lags of each draw
gives an honest family-wise null for the best lag. Every correlation, observed or
surrogate, is an exact Pearson correlation on the pairs that exist at that lag,
computed for all lags and a chunk of draws with one matrix product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

_CHUNK = 250


@dataclass(frozen=True)
class NullDraws:
    """Pointwise 2.5%/97.5% null bands per lag and each draw's largest |correlation|."""

    band_low: np.ndarray
    band_high: np.ndarray
    max_abs: np.ndarray
    block: int


@dataclass(frozen=True)
class CcfSums:
    """Everything about the pairs that stays fixed across draws.

    ``values`` are the finite equity returns divided by ``scale`` (root days);
    ``centred`` (lags x returns, float32) the crypto returns centred per lag over
    the pairs that exist, 0 elsewhere; ``common`` marks returns that pair at every
    lag and ``extra_valid`` (lags x the others) which of the others pair at each lag.
    """

    values: np.ndarray
    scale: np.ndarray
    centred: np.ndarray
    sum_squares: np.ndarray
    counts: np.ndarray
    common: np.ndarray
    extra_valid: np.ndarray
    observed: np.ndarray


def prepare(x: np.ndarray, lagged: np.ndarray, spans: np.ndarray) -> CcfSums:
    """Fix the crypto side: ``lagged`` is (returns x lags), NaN where no pair exists."""
    keep = np.isfinite(x)
    lagged = lagged[keep]
    valid = np.isfinite(lagged)
    counts = valid.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(valid, lagged, 0.0).sum(axis=0) / counts
    centred = np.where(valid, lagged - means, 0.0)
    common = valid.all(axis=1)
    scale = np.sqrt(np.maximum(spans[keep], 1))
    return CcfSums(
        x[keep] / scale,
        scale.astype(np.float32),
        np.ascontiguousarray(centred.T, dtype=np.float32),
        np.einsum("ij,ij->j", centred, centred),
        counts,
        common,
        np.ascontiguousarray(valid[~common].T, dtype=np.float32),
        x[keep] @ centred,
    )


def _correlations(sums: CcfSums, numerator, series) -> np.ndarray:
    """Exact Pearson correlation at every lag of each row of ``series`` (draws x returns)."""
    common, other = series[:, sums.common], series[:, ~sums.common]
    sum_x = common.sum(axis=1)[:, None] + other @ sums.extra_valid.T
    sum_xx = (common * common).sum(axis=1)[:, None] + (other * other) @ sums.extra_valid.T
    with np.errstate(invalid="ignore", divide="ignore"):
        var_x = sum_xx - sum_x * sum_x / sums.counts
        corr = numerator / np.sqrt(var_x * sums.sum_squares)
    return np.where(sums.counts >= 3, np.clip(corr, -1, 1), np.nan)


def observed_correlations(sums: CcfSums) -> tuple[np.ndarray, np.ndarray]:
    """The observed correlation and number of pairs at each lag."""
    x = (sums.values * sums.scale)[None, :].astype(float)
    return _correlations(sums, sums.observed[None, :], x)[0], sums.counts


def default_block(n: int) -> int:
    """Block length in returns: about 1.5 n^(1/3) (a month of sessions for 10k days)."""
    return int(max(5, min(max(n // 4, 1), round(1.5 * n ** (1 / 3)))))


def block_resample(values: np.ndarray, draws: int, block: int, rng) -> np.ndarray:
    """``draws`` circular block bootstrap copies of ``values`` (float32, draws x n)."""
    n = len(values)
    wrapped = np.concatenate([values, values[: block - 1]]).astype(np.float32)
    windows = sliding_window_view(wrapped, block)
    starts = rng.integers(0, n, size=(draws, -(-n // block)))
    return windows[starts].reshape(draws, -1)[:, :n]


def null_draws(sums: CcfSums, draws: int, seed: int = 0, block: int | None = None) -> NullDraws:
    """Bands per lag and the per-draw maximum |correlation| over lags."""
    block = int(block or default_block(len(sums.values)))
    if draws <= 0 or len(sums.values) < 3:
        nan = np.full(len(sums.counts), np.nan)
        return NullDraws(nan, nan.copy(), np.empty(0), block)
    rng = np.random.default_rng(seed)
    table = np.empty((len(sums.counts), draws), dtype=np.float32)
    for first in range(0, draws, _CHUNK):  # each chunk of draws is one matrix product
        count = min(_CHUNK, draws - first)
        series = block_resample(sums.values, count, block, rng) * sums.scale
        numerator = (sums.centred @ series.T).T
        table[:, first : first + count] = _correlations(sums, numerator, series).T
    return _summarise(table, block)


def _summarise(table: np.ndarray, block: int) -> NullDraws:
    usable = np.isfinite(table).all(axis=1)
    low = np.full(len(table), np.nan)
    high = low.copy()
    if not usable.any():
        return NullDraws(low, high, np.zeros(table.shape[1]), block)
    max_abs = np.abs(table[usable]).max(axis=0).astype(float)
    ordered = np.sort(table[usable], axis=1)
    low[usable] = _pick(ordered, 0.025)
    high[usable] = _pick(ordered, 0.975)
    return NullDraws(low, high, max_abs, block)


def _pick(ordered: np.ndarray, q: float) -> np.ndarray:
    """Linear-interpolated quantile ``q`` of each row of a row-sorted array."""
    position = q * (ordered.shape[1] - 1)
    below = int(np.floor(position))
    above = min(below + 1, ordered.shape[1] - 1)
    weight = position - below
    return ordered[:, below] * (1 - weight) + ordered[:, above] * weight
