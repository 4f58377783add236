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
surrogate, is an exact Pearson correlation on the pairs that exist at that lag.

Speed: a surrogate's covariance with the crypto at every lag is one FFT
cross-correlation on the daily grid (the equity return spread over the days of its
interval, against daily crypto log returns). The crypto's log level is interpolated
over missing days for this, which keeps every interval sum equal to the difference
of its end points; the few pairs that do not exist at some lag (the ends of the
sample, holes in the data) are corrected exactly with one small matrix product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# numpy 2 loads np.fft lazily on first use; two worker threads doing that first use at
# once have segfaulted here, so load it when this module is imported.
import numpy.fft

from models.align import lookup_days

_CHUNK = 200


@dataclass(frozen=True)
class NullDraws:
    """Pointwise 2.5%/97.5% null bands per lag and each draw's largest |correlation|."""

    band_low: np.ndarray
    band_high: np.ndarray
    max_abs: np.ndarray
    block: int


@dataclass(frozen=True)
class Intervals:
    """The equity's return intervals ``(start, end]`` in day numbers and the lags searched."""

    start: np.ndarray
    end: np.ndarray
    lags: np.ndarray
    day0: int
    levels: np.ndarray


@dataclass(frozen=True)
class CcfSums:
    """Everything about the pairs that stays fixed across draws.

    ``returns`` are the finite equity returns; ``values`` the same divided by
    ``scale`` (root days).
    ``means``, ``sum_squares`` and ``counts`` describe the crypto side per lag over
    the pairs that exist; ``observed`` is the sum of x times the crypto return.
    ``other`` lists the returns that lack a pair at some lag; ``missing`` sums them
    over the lags where they lack one and ``correction`` holds what the FFT sum
    must be corrected by for them. Return ``day_owner[i]`` covers FFT grid day
    ``day_start + i``.
    """

    values: np.ndarray
    scale: np.ndarray
    returns: np.ndarray
    means: np.ndarray
    sum_squares: np.ndarray
    counts: np.ndarray
    other: np.ndarray
    missing: EdgeSums
    correction: SparseLags
    observed: np.ndarray
    day_owner: np.ndarray
    day_start: int
    spectrum: np.ndarray
    size: int


class EdgeSums:
    """Per lag, the sum of x over the returns with no pair at that lag.

    At the ends of the sample each return has pairs over one contiguous range of
    lags, so sorted cumulative sums give every lag at once without a matrix product
    (whose threads stall on a busy machine). Holes in the data break that shape;
    then a plain matrix product is used.
    """

    def __init__(self, valid: np.ndarray) -> None:
        n_lags = valid.shape[1]
        has = valid.any(axis=1)
        first = np.where(has, valid.argmax(axis=1), n_lags)
        last = np.where(has, n_lags - 1 - valid[:, ::-1].argmax(axis=1), n_lags - 1)
        self.contiguous = bool((valid.sum(axis=1) == np.maximum(last - first + 1, 0)).all())
        self.matrix = np.ascontiguousarray(1.0 - valid.T, dtype=np.float32)
        lags = np.arange(n_lags)
        self.by_first = np.argsort(-first, kind="stable")  # largest first
        self.after = np.searchsorted(-first[self.by_first], -lags, side="left")
        self.by_last = np.argsort(last, kind="stable")
        self.before = np.searchsorted(last[self.by_last], lags, side="left")

    @classmethod
    def of(cls, valid: np.ndarray) -> EdgeSums:
        """Build from a (returns x lags) validity mask."""
        return cls(valid)

    def apply(self, values: np.ndarray) -> np.ndarray:
        """(draws x lags): sum of ``values`` (draws x returns) where the pair is missing."""
        if not self.contiguous:
            return values @ self.matrix.T
        rows = len(values)
        zero = np.zeros((rows, 1), dtype=values.dtype)
        head = np.cumsum(np.concatenate([zero, values[:, self.by_first]], axis=1), axis=1)
        tail = np.cumsum(np.concatenate([zero, values[:, self.by_last]], axis=1), axis=1)
        return head[:, self.after] + tail[:, self.before]


class SparseLags:
    """A (returns x lags) matrix with few non-zero cells, applied without BLAS threads."""

    def __init__(self, matrix: np.ndarray) -> None:
        rows, lags = np.nonzero(matrix)
        order = np.argsort(lags, kind="stable")
        self.rows, self.lags = rows[order], lags[order]
        self.values = matrix[self.rows, self.lags].astype(np.float32)
        self.n_lags = matrix.shape[1]
        self.starts = np.flatnonzero(np.diff(self.lags, prepend=-1))

    @classmethod
    def of(cls, matrix: np.ndarray) -> SparseLags:
        """Build from a dense (returns x lags) matrix."""
        return cls(matrix)

    def apply(self, values: np.ndarray) -> np.ndarray:
        """(draws x lags): ``values`` (draws x returns) times the matrix."""
        out = np.zeros((len(values), self.n_lags), dtype=np.float32)
        if len(self.rows):
            cells = values[:, self.rows] * self.values
            out[:, self.lags[self.starts]] = np.add.reduceat(cells, self.starts, axis=1)
        return out


def smooth_length(n: int) -> int:
    """The smallest length >= ``n`` whose only prime factors are 2, 3 and 5 (fast FFT)."""
    length = max(1, int(n))
    while True:
        rest = length
        for prime in (2, 3, 5):
            while rest % prime == 0:
                rest //= prime
        if rest == 1:
            return length
        length += 1


def prepare(x: np.ndarray, lagged: np.ndarray, intervals: Intervals) -> CcfSums:
    """Fix the crypto side; ``lagged`` is (returns x lags), NaN where no pair exists.

    ``lagged`` is overwritten (its missing pairs become 0) to spare a copy.
    """
    keep = np.isfinite(x)
    if not keep.all():
        lagged, x = lagged[keep], x[keep]
    start, end = intervals.start[keep], intervals.end[keep]
    valid = np.isfinite(lagged)
    np.nan_to_num(lagged, copy=False)
    counts = valid.sum(axis=0)
    sum_y = lagged.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sum_y / counts
    sum_squares = np.einsum("ij,ij->j", lagged, lagged) - sum_y * means
    common = valid.all(axis=1)
    other = np.flatnonzero(~common)
    scale = np.sqrt(np.maximum(end - start, 1))
    filled, origin = _filled_levels(intervals, start, end)
    grid = _DayGrid(start, end, origin, len(intervals.lags))
    base = int(origin + intervals.lags[0] - 1)
    fft_other = _interval_sums(filled, base, start[other], end[other], intervals.lags)
    return CcfSums(
        values=x / scale,
        scale=scale.astype(np.float32),
        returns=x,
        means=means,
        sum_squares=sum_squares,
        counts=counts,
        other=other,
        missing=EdgeSums.of(valid[other]),
        correction=SparseLags.of(lagged[other] - fft_other),
        observed=x @ lagged,
        day_owner=grid.owner,
        day_start=grid.first,
        spectrum=np.fft.rfft(np.diff(filled).astype(np.float32), grid.size),
        size=grid.size,
    )


class _DayGrid:
    """Where each return's days sit on the FFT grid (day ``origin`` is position 0)."""

    def __init__(self, start, end, origin: int, n_lags: int) -> None:
        # the intervals of consecutive rows tile the days; one with no equity return
        # leaves a hole, which the owner -1 (a zero column) fills
        self.first = int(start[0]) + 1 - origin
        days = np.arange(int(start[0]) + 1, int(end[-1]) + 1)
        self.owner = np.searchsorted(end, days, side="left")
        inside = start[self.owner] < days
        self.owner = np.where(inside, self.owner, -1)
        span = int(end.max()) - origin + 1
        self.size = smooth_length(span + n_lags - 1)


def _filled_levels(intervals: Intervals, start, end) -> tuple[np.ndarray, int]:
    """Crypto log levels from the first to the last day any lag needs, holes interpolated."""
    origin = int(start.min()) + 1
    first = origin + int(intervals.lags[0]) - 1
    last = int(end.max()) + int(intervals.lags[-1])
    days = np.arange(first, last + 1)
    levels = lookup_days(intervals.day0, intervals.levels, days)
    known = np.isfinite(levels)
    if not known.any():
        return np.zeros(len(days)), origin
    return np.interp(days, days[known], levels[known]), origin


def _interval_sums(filled, base: int, start, end, lags) -> np.ndarray:
    """Sum of filled daily returns over each interval shifted by each lag (returns x lags)."""
    at_end = filled[(end - base)[:, None] + lags[None, :]]
    return at_end - filled[(start - base)[:, None] + lags[None, :]]


def _correlations(sums: CcfSums, covariance, series) -> np.ndarray:
    """Exact Pearson correlation at every lag of each row of ``series`` (draws x returns).

    ``covariance`` holds, per draw and lag, the sum of x times the raw crypto return
    over the pairs that exist.
    """
    other = series[:, sums.other]
    sum_x = series.sum(axis=1)[:, None] - sums.missing.apply(other)
    squares = np.einsum("ij,ij->i", series, series)[:, None]
    sum_xx = squares - sums.missing.apply(other * other)
    with np.errstate(invalid="ignore", divide="ignore"):
        var_x = sum_xx - sum_x * sum_x / sums.counts
        corr = (covariance - sums.means * sum_x) / np.sqrt(var_x * sums.sum_squares)
    return np.where(sums.counts >= 3, np.clip(corr, -1, 1), np.nan)


def observed_correlations(sums: CcfSums) -> tuple[np.ndarray, np.ndarray]:
    """The observed correlation and number of pairs at each lag."""
    x = sums.returns[None, :]
    return _correlations(sums, sums.observed[None, :], x)[0], sums.counts


def _surrogate_covariance(sums: CcfSums, series: np.ndarray) -> np.ndarray:
    """Sum over existing pairs of x times the crypto return, per draw and lag, by FFT."""
    padded = np.concatenate([series, np.zeros((len(series), 1), np.float32)], axis=1)
    spread = np.zeros((len(series), sums.size), dtype=np.float32)
    stop = sums.day_start + len(sums.day_owner)
    np.take(padded, sums.day_owner, axis=1, out=spread[:, sums.day_start : stop])
    product = np.conj(np.fft.rfft(spread, axis=1)) * sums.spectrum
    raw = np.fft.irfft(product, sums.size, axis=1)[:, : len(sums.counts)]
    return raw + sums.correction.apply(series[:, sums.other])


def default_block(n: int) -> int:
    """Block length in returns: about 1.5 n^(1/3) (a month of sessions for 10k days)."""
    return int(max(5, min(max(n // 4, 1), round(1.5 * n ** (1 / 3)))))


def block_resample(values: np.ndarray, draws: int, block: int, rng) -> np.ndarray:
    """``draws`` circular block bootstrap copies of ``values`` (float32, draws x n)."""
    n = len(values)
    wrapped = np.concatenate([values, values[: block - 1]]).astype(np.float32)
    windows = np.lib.stride_tricks.sliding_window_view(wrapped, block)
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
    for first in range(0, draws, _CHUNK):  # each chunk of draws is one batch of FFTs
        count = min(_CHUNK, draws - first)
        series = block_resample(sums.values, count, block, rng) * sums.scale
        covariance = _surrogate_covariance(sums, series)
        table[:, first : first + count] = _correlations(sums, covariance, series).T
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
