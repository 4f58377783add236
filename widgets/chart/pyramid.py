"""A precomputed min/max pyramid: O(pixels) level-of-detail slices of a long series.

Level ``k`` holds, for each bin of ``2**k`` consecutive samples, the minimum of ``low`` and
the maximum of ``high``. A view of ``n`` samples on ``w`` pixel columns reads the coarsest
level that still gives at least ``w`` bins, so the work per frame depends on the screen,
not on the length of the data. Pure numpy: no Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LevelSlice:
    """The bins of one pyramid level that cover a visible x range."""

    level: int
    start: int  # first sample index covered
    stop: int  # one past the last sample index covered
    lows: np.ndarray
    highs: np.ndarray

    @property
    def step(self) -> int:
        """Samples per bin at this level."""
        return 1 << self.level


class MinMaxPyramid:
    """Min of ``low`` and max of ``high`` over power-of-two bins of samples sorted by ``x``."""

    def __init__(self, x: np.ndarray, low: np.ndarray, high: np.ndarray | None = None) -> None:
        self.x = np.ascontiguousarray(x, dtype=np.float64)
        low = np.ascontiguousarray(low, dtype=np.float64)
        high = low if high is None else np.ascontiguousarray(high, dtype=np.float64)
        if not (len(self.x) == len(low) == len(high)):
            raise ValueError("x, low and high must have the same length")
        self.lows = [low]
        self.highs = [high]
        self._build()

    def __len__(self) -> int:
        return len(self.x)

    def _build(self) -> None:
        low, high = self.lows[0], self.highs[0]
        while len(low) > 2:
            if len(low) % 2:
                # Repeat the last sample so bins pair up; min/max are unchanged by it.
                low = np.append(low, low[-1])
                high = np.append(high, high[-1])
            low = np.fmin(low[0::2], low[1::2])
            high = np.fmax(high[0::2], high[1::2])
            self.lows.append(low)
            self.highs.append(high)

    def index_range(self, x_lo: float, x_hi: float) -> tuple[int, int]:
        """Sample indices [start, stop) visible in [x_lo, x_hi], plus one neighbour each side."""
        start = max(int(np.searchsorted(self.x, x_lo, "left")) - 1, 0)
        stop = min(int(np.searchsorted(self.x, x_hi, "right")) + 1, len(self.x))
        return start, max(stop, start)

    def level_for(self, n_samples: int, max_bins: int) -> int:
        """The finest level whose bins over ``n_samples`` number at most ``max_bins``."""
        if n_samples <= max_bins or max_bins < 1:
            return 0
        level = math.ceil(math.log2(n_samples / max_bins))
        return min(level, len(self.lows) - 1)

    def slice(self, x_lo: float, x_hi: float, max_bins: int) -> LevelSlice:
        """The bins of the right level that cover [x_lo, x_hi] with at most ~max_bins bins."""
        start, stop = self.index_range(x_lo, x_hi)
        level = self.level_for(stop - start, max_bins)
        b0, b1 = start >> level, ((stop - 1) >> level) + 1 if stop > start else start >> level
        return LevelSlice(
            level=level,
            start=b0 << level,
            stop=min(b1 << level, len(self.x)),
            lows=self.lows[level][b0:b1],
            highs=self.highs[level][b0:b1],
        )

    def bin_x(self, cut: LevelSlice) -> np.ndarray:
        """x of the first sample of each bin of ``cut``."""
        return self.x[cut.start : cut.stop : cut.step]

    def value_range(self, x_lo: float, x_hi: float) -> tuple[float, float] | None:
        """(min, max) of the samples in [x_lo, x_hi] (bins touching the edges count), or None."""
        start = int(np.searchsorted(self.x, x_lo, "left"))
        stop = int(np.searchsorted(self.x, x_hi, "right"))
        if stop <= start:
            return None
        level = self.level_for(stop - start, 512)
        # Bins strictly inside the range, plus raw samples at the ragged edges.
        b0 = -(-start >> level)
        b1 = stop >> level
        parts_lo = [self.lows[level][b0:b1]] if b1 > b0 else []
        parts_hi = [self.highs[level][b0:b1]] if b1 > b0 else []
        edge = [slice(start, min(b0 << level, stop)), slice(max(b1 << level, start), stop)]
        if b1 <= b0:
            edge = [slice(start, stop)]
        for cut in edge:
            parts_lo.append(self.lows[0][cut])
            parts_hi.append(self.highs[0][cut])
        lo = np.concatenate(parts_lo)
        hi = np.concatenate(parts_hi)
        if not (np.isfinite(lo).any() and np.isfinite(hi).any()):
            return None
        return float(np.nanmin(lo)), float(np.nanmax(hi))

    def asof(self, x_value: float) -> int | None:
        """Index of the last sample at or before ``x_value``, or None before the first."""
        i = int(np.searchsorted(self.x, x_value, "right")) - 1
        return i if i >= 0 else None


def interleave_peaks(x_bins: np.ndarray, lows: np.ndarray, highs: np.ndarray):
    """Line vertices that draw each bin as a vertical min-max stroke joined to the next."""
    n = min(len(x_bins), len(lows))
    xs = np.repeat(x_bins[:n], 2)
    ys = np.empty(2 * n)
    ys[0::2] = lows[:n]
    ys[1::2] = highs[:n]
    return xs, ys
