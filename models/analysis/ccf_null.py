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

When the "crypto" side is itself on a session calendar (an equity against an equity),
weekends and holidays are holes on nearly every lag, so those corrections would be
dense (gigabytes and minutes for ten years). ``GappedLags`` then takes over: the sums
are split by the length of the return interval and each part is one exact FFT
cross-correlation with no correction at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# numpy 2 loads np.fft lazily on first use; two worker threads doing that first use at
# once have segfaulted here, so load it when this module is imported.
import numpy.fft

from models.analysis.align import lookup_days

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
    ``day_start + i``. When ``gapped`` is set (a crypto side with holes on most
    lags) it computes every surrogate sum and the fields from ``other`` on are None;
    ``observed_x`` and ``observed_xx`` then hold the observed sums of x and x^2 over
    the pairs at each lag.
    """

    values: np.ndarray
    scale: np.ndarray
    returns: np.ndarray
    means: np.ndarray
    sum_squares: np.ndarray
    counts: np.ndarray
    observed: np.ndarray
    other: np.ndarray | None = None
    missing: EdgeSums | None = None
    correction: SparseLags | None = None
    day_owner: np.ndarray | None = None
    day_start: int = 0
    spectrum: np.ndarray | None = None
    size: int = 0
    gapped: GappedLags | None = None
    observed_x: np.ndarray | None = None
    observed_xx: np.ndarray | None = None


class EdgeSums:
    """Per lag, the sum of x over the returns with no pair at that lag.

    At the ends of the sample each return has pairs over one contiguous range of
    lags, so sorted cumulative sums give every lag at once without a matrix product
    (whose threads stall on a busy machine). Holes in the data break that shape;
    then a plain matrix product is used.
    """

    def __init__(self, valid: np.ndarray) -> None:
        n_lags = valid.shape[1]
        first, last = _valid_range(valid)
        self.contiguous = self.is_contiguous(valid)
        self.matrix = np.ascontiguousarray(1.0 - valid.T, dtype=np.float32)
        lags = np.arange(n_lags)
        self.by_first = np.argsort(-first, kind="stable")  # largest first
        self.after = np.searchsorted(-first[self.by_first], -lags, side="left")
        self.by_last = np.argsort(last, kind="stable")
        self.before = np.searchsorted(last[self.by_last], lags, side="left")

    @staticmethod
    def is_contiguous(valid: np.ndarray) -> bool:
        """Whether every return has its pairs over one unbroken range of lags."""
        first, last = _valid_range(valid)
        return bool((valid.sum(axis=1) == np.maximum(last - first + 1, 0)).all())

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


def _valid_range(valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last lag with a pair, per return (n_lags and n_lags - 1 when none)."""
    n_lags = valid.shape[1]
    has = valid.any(axis=1)
    first = np.where(has, valid.argmax(axis=1), n_lags)
    last = np.where(has, n_lags - 1 - valid[:, ::-1].argmax(axis=1), n_lags - 1)
    return first, last


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
    fixed = dict(
        values=x / np.sqrt(np.maximum(end - start, 1)),
        scale=np.sqrt(np.maximum(end - start, 1)).astype(np.float32),
        returns=x,
        means=means,
        sum_squares=np.einsum("ij,ij->j", lagged, lagged) - sum_y * means,
        counts=counts,
        observed=x @ lagged,
    )
    other = np.flatnonzero(~valid.all(axis=1))
    n_lags = len(intervals.lags)
    if GappedLags.cost(start, end, n_lags) < _correction_cost(valid[other], n_lags):
        valid_float = valid.astype(np.float64)
        return CcfSums(
            **fixed,
            gapped=GappedLags.of(start, end, intervals),
            observed_x=x @ valid_float,
            observed_xx=(x * x) @ valid_float,
        )
    return _with_corrections(fixed, lagged, valid, other, start, end, intervals)


def _correction_cost(valid_other: np.ndarray, n_lags: int) -> float:
    """Work per draw of the edge and hole corrections (cells touched)."""
    cells = float(len(valid_other)) * n_lags
    # holes break the cumulative-sum shape: two matrix products instead
    return cells if EdgeSums.is_contiguous(valid_other) else 3 * cells


def _with_corrections(fixed: dict, lagged, valid, other, start, end, intervals) -> CcfSums:
    """The single-FFT path: interpolated crypto levels plus exact corrections."""
    filled, origin = _filled_levels(intervals, start, end)
    grid = _DayGrid(start, end, origin, len(intervals.lags))
    base = int(origin + intervals.lags[0] - 1)
    fft_other = _interval_sums(filled, base, start[other], end[other], intervals.lags)
    return CcfSums(
        **fixed,
        other=other,
        missing=EdgeSums.of(valid[other]),
        correction=SparseLags.of(lagged[other] - fft_other),
        day_owner=grid.owner,
        day_start=grid.first,
        spectrum=np.fft.rfft(np.diff(filled).astype(np.float32), grid.size),
        size=grid.size,
    )


class GappedLags:
    """Exact surrogate sums per lag by interval length, for a crypto side full of holes.

    A return over ``d`` days ending on day ``e`` pairs at lag ``k`` with the crypto's
    ``d``-day return ending on ``e + k``, which counts as zero (and the pair as
    absent) when either end has no bar. For the returns of one length that is a
    plain cross-correlation of a spike train (x at each end day) with the crypto's
    ``d``-day returns, so the sums of x*y, x and x^2 over the pairs that exist are a
    few FFTs per length, summed in the frequency domain. Equity sessions have only a
    handful of lengths (1 to 4 days, rarely more).
    """

    def __init__(self, start: np.ndarray, end: np.ndarray, intervals: Intervals) -> None:
        lengths = (end - start).astype(np.int64)
        self.first = int(end.min())
        self.n_lags = len(intervals.lags)
        span = int(end.max()) - self.first + 1
        self.size = smooth_length(span + self.n_lags - 1)
        days = np.arange(span + self.n_lags - 1) + self.first + int(intervals.lags[0])
        at_end = lookup_days(intervals.day0, intervals.levels, days)
        self.classes = []
        for length in np.unique(lengths):
            members = np.flatnonzero(lengths == length)
            returns = at_end - lookup_days(intervals.day0, intervals.levels, days - length)
            present = np.isfinite(returns)
            # conjugated once here; each draw's sum is conjugated once at the end instead
            self.classes.append(
                (
                    members,
                    end[members] - self.first,
                    np.conj(
                        np.fft.rfft(np.where(present, returns, 0).astype(np.float32), self.size)
                    ),
                    np.conj(np.fft.rfft(present.astype(np.float32), self.size)),
                )
            )

    @classmethod
    def of(cls, start: np.ndarray, end: np.ndarray, intervals: Intervals) -> GappedLags:
        """Build from the return intervals (finite returns only) and the crypto levels."""
        return cls(start, end, intervals)

    @staticmethod
    def cost(start: np.ndarray, end: np.ndarray, n_lags: int) -> float:
        """Work per draw, comparable with ``_correction_cost``.

        Two forward FFTs per interval length and three inverse ones; measured at about
        four times the cost of a correction cell per grid cell and log2 of the size.
        """
        size = smooth_length(int(end.max() - end.min()) + n_lags)
        lengths = len(np.unique(end - start))
        return 4.0 * (2 * lengths + 3) * size * np.log2(max(size, 2))

    def sums(self, series: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(sum of x*y, sum of x, sum of x^2) per draw and lag over the pairs that exist."""
        spike = np.zeros((len(series), self.size), dtype=np.float32)
        totals = np.zeros((3, len(series), self.size // 2 + 1), dtype=np.complex64)
        product = np.empty_like(totals[0])
        for members, positions, returns, present in self.classes:
            spike[:, positions] = series[:, members]
            spectrum = np.fft.rfft(spike, axis=1)
            totals[0] += np.multiply(spectrum, returns, out=product)
            totals[1] += np.multiply(spectrum, present, out=product)
            spike[:, positions] = series[:, members] ** 2
            totals[2] += np.multiply(np.fft.rfft(spike, axis=1), present, out=product)
            spike[:, positions] = 0
        # sum of conj(F) G is the conjugate of the sum of F conj(G)
        first = [np.fft.irfft(np.conj(t), self.size, axis=1)[:, : self.n_lags] for t in totals]
        return first[0], first[1], first[2]


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
    return _pearson(sums, covariance, sum_x, sum_xx)


def _pearson(sums: CcfSums, covariance, sum_x, sum_xx) -> np.ndarray:
    """Correlation per lag from the sums over the pairs that exist (NaN below 3 pairs)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        var_x = sum_xx - sum_x * sum_x / sums.counts
        corr = (covariance - sums.means * sum_x) / np.sqrt(var_x * sums.sum_squares)
    return np.where(sums.counts >= 3, np.clip(corr, -1, 1), np.nan)


def observed_correlations(sums: CcfSums) -> tuple[np.ndarray, np.ndarray]:
    """The observed correlation and number of pairs at each lag."""
    if sums.gapped is not None:
        observed = sums.observed[None, :]
        corr = _pearson(sums, observed, sums.observed_x[None, :], sums.observed_xx[None, :])
        return corr[0], sums.counts
    x = sums.returns[None, :]
    return _correlations(sums, sums.observed[None, :], x)[0], sums.counts


def surrogate_correlations(sums: CcfSums, series: np.ndarray) -> np.ndarray:
    """Correlation at every lag of each surrogate row of ``series`` (draws x returns)."""
    if sums.gapped is not None:
        return _pearson(sums, *sums.gapped.sums(series))
    return _correlations(sums, _surrogate_covariance(sums, series), series)


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
        table[:, first : first + count] = surrogate_correlations(sums, series).T
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
