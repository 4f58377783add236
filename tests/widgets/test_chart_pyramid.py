"""The min/max pyramid behind every level-of-detail item (pure numpy)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.chart.pyramid import MinMaxPyramid, interleave_peaks


def _series(n, seed=0):
    rng = np.random.default_rng(seed)
    x = np.cumsum(rng.uniform(0.5, 1.5, n))
    return x, rng.normal(size=n).cumsum()


def test_slice_never_exceeds_the_bin_budget_and_covers_the_view():
    x, y = _series(100_000)
    pyramid = MinMaxPyramid(x, y)
    cut = pyramid.slice(x[1000], x[90_000], 800)
    assert len(cut.lows) <= 2 * 800  # ceil(log2) picks a level with at most budget bins (+edges)
    assert cut.level > 0
    assert cut.start <= 999 and cut.stop >= 90_000


def test_each_bin_holds_the_true_min_and_max_of_its_samples():
    x, y = _series(10_000, seed=3)
    pyramid = MinMaxPyramid(x, y)
    cut = pyramid.slice(x[0], x[-1], 100)
    for b, (lo, hi) in enumerate(zip(cut.lows, cut.highs, strict=True)):
        chunk = y[cut.start + b * cut.step : cut.start + (b + 1) * cut.step]
        assert lo == chunk.min() and hi == chunk.max()


def test_a_narrow_view_reads_raw_samples():
    x, y = _series(10_000)
    cut = MinMaxPyramid(x, y).slice(x[500], x[600], 800)
    assert cut.level == 0
    np.testing.assert_array_equal(cut.lows, y[cut.start : cut.stop])


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(2, 3000),
    a=st.floats(0, 1),
    b=st.floats(0, 1),
    seed=st.integers(0, 1000),
)
def test_value_range_equals_brute_force(n, a, b, seed):
    x, y = _series(n, seed)
    lo_x, hi_x = sorted((x[0] + a * (x[-1] - x[0]), x[0] + b * (x[-1] - x[0])))
    inside = (x >= lo_x) & (x <= hi_x)
    found = MinMaxPyramid(x, y).value_range(lo_x, hi_x)
    if not inside.any():
        assert found is None
    else:
        assert found == (y[inside].min(), y[inside].max())


def test_nan_samples_are_ignored_by_coarse_levels():
    x = np.arange(1024.0)
    y = np.arange(1024.0)
    y[::3] = np.nan
    pyramid = MinMaxPyramid(x, y)
    assert np.isfinite(pyramid.lows[5]).all()
    assert pyramid.value_range(0, 1023) == (1.0, 1022.0)


def test_asof_finds_the_last_sample_at_or_before():
    pyramid = MinMaxPyramid(np.array([10.0, 20.0, 30.0]), np.array([1.0, 2.0, 3.0]))
    assert pyramid.asof(9.9) is None
    assert pyramid.asof(20.0) == 1
    assert pyramid.asof(29.0) == 1
    assert pyramid.asof(99.0) == 2


def test_interleave_draws_min_then_max_per_bin():
    xs, ys = interleave_peaks(np.array([0.0, 4.0]), np.array([1.0, 2.0]), np.array([5.0, 6.0]))
    assert xs.tolist() == [0.0, 0.0, 4.0, 4.0]
    assert ys.tolist() == [1.0, 5.0, 2.0, 6.0]


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError):
        MinMaxPyramid(np.arange(3.0), np.arange(4.0))
