"""Lead-lag statistics checked against direct computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import models.analysis.ccf_null as ccf_null
from models.analysis.align import align
from models.analysis.leadlag import (
    LagStatsCache,
    ar_residuals,
    correlation_at_lag,
    cross_correlation,
    lag_time_matrix,
    lagged_return_matrix,
    return_basis,
    rolling_correlation,
)
from models.errors import InvalidParameter
from tests.analytics_synth import planted_pair


@pytest.fixture(scope="module")
def pair():
    equity, crypto = planted_pair(10, seed=5, days=900)
    crypto = crypto.drop(crypto.index[[100, 101, 102, 400]])  # holes in the crypto
    equity.iloc[50, equity.columns.get_loc("close")] = np.nan
    return align(equity, crypto)


def _direct(pair, lag):
    """Log returns of the equity between rows and of the crypto between the same dates + lag."""
    dates = pair.dates
    equity = pd.Series(np.log(pair.equity), index=dates).diff()
    crypto_close = pd.Series(
        pair.crypto_daily,
        index=pd.date_range(
            pd.Timestamp(pair.crypto_day0, unit="D"), periods=len(pair.crypto_daily)
        ),
    )
    lagged = crypto_close.reindex(dates + pd.Timedelta(days=lag)).to_numpy()
    crypto = pd.Series(np.log(lagged), index=dates).diff()
    return equity.iloc[1:], crypto.iloc[1:]


@pytest.mark.parametrize("lag", [-40, -1, 0, 3, 10, 77])
def test_correlation_at_lag_matches_a_direct_computation(pair, lag):
    x, y = _direct(pair, lag)
    both = x.notna() & y.notna()
    expected = np.corrcoef(x[both], y[both])[0, 1]
    result = correlation_at_lag(pair, lag)
    assert result.n == int(both.sum())
    assert result.correlation == pytest.approx(expected, abs=1e-12)


def test_rolling_correlation_matches_pandas(pair):
    x, y = _direct(pair, 10)
    expected = x.rolling(60, min_periods=30).corr(y)
    got = rolling_correlation(pair, 10, 60)
    clean = slice(200, None)  # pandas and we differ only in how a window with holes starts
    assert np.allclose(got.iloc[clean], expected.iloc[clean], atol=1e-9, equal_nan=True)
    assert got.index.equals(pair.dates[1:])


def test_a_series_shorter_than_the_window_gives_nan_not_an_error(pair):
    assert rolling_correlation(pair, 0, 5000).isna().all()


def test_the_slider_cache_agrees_with_the_plain_functions(pair):
    cache = LagStatsCache(pair, 90)
    for lag in (-20, 0, 10, 45):
        stats = cache.at(lag)
        assert stats.correlation == correlation_at_lag(pair, lag)
        assert np.allclose(stats.rolling, rolling_correlation(pair, lag, 90), equal_nan=True)


def test_lag_time_matrix_columns_are_rolling_correlations(pair):
    dates, _, matrix = lag_time_matrix(pair, [-5, 0, 10], window=60, step=7)
    assert matrix.shape == (len(dates), 3)
    rolling = rolling_correlation(pair, 10, 60)
    assert np.allclose(matrix[:, 2], rolling.loc[dates].to_numpy(), equal_nan=True)


def test_ccf_agrees_with_correlation_at_each_lag(pair):
    result = cross_correlation(pair, max_lag=60, draws=50)
    assert result.lags.tolist() == list(range(-60, 61))
    for lag in (-60, -7, 0, 10, 33, 60):
        single = correlation_at_lag(pair, lag)
        at = lag + 60
        assert result.correlation[at] == pytest.approx(single.correlation, abs=1e-9)
        assert result.n[at] == single.n
    assert result.best_lag == 10
    assert result.n_total == int(np.isfinite(return_basis(pair).x).sum())


@pytest.mark.parametrize("holes", [True, False])
def test_surrogate_correlations_are_exact_pearson_on_the_existing_pairs(pair, holes):
    """The FFT path with its edge and hole corrections against brute force."""
    if not holes:
        pair = align(*planted_pair(10, seed=6, days=700))
    basis = return_basis(pair)
    lags = np.arange(-30, 31)
    lagged = lagged_return_matrix(basis, lags)
    intervals = ccf_null.Intervals(basis.start_days, basis.end_days, lags, basis.day0, basis.levels)
    sums = ccf_null.prepare(basis.x, lagged.copy(), intervals)
    assert sums.missing.contiguous != holes  # holes force the general path
    rng = np.random.default_rng(0)
    series = ccf_null.block_resample(sums.values, 3, 10, rng) * sums.scale
    fast = ccf_null._correlations(sums, ccf_null._surrogate_covariance(sums, series), series)
    keep = np.isfinite(basis.x)
    for draw in range(3):
        for column in (0, 5, 30, 60):
            y = lagged[keep, column]
            ok = np.isfinite(y)
            expected = np.corrcoef(series[draw][ok].astype(float), y[ok])[0, 1]
            assert fast[draw, column] == pytest.approx(expected, abs=2e-4)


def test_edge_sums_cumulative_path_matches_the_matrix_product():
    valid = np.ones((6, 5), dtype=bool)
    valid[0, :2] = valid[1, 3:] = False
    valid[2, :] = False
    sums = ccf_null.EdgeSums(valid)
    assert sums.contiguous
    values = np.arange(12, dtype=np.float32).reshape(2, 6) + 1
    assert np.allclose(sums.apply(values), values @ (1.0 - valid))


def test_without_draws_there_are_no_bands_and_no_p_value(pair):
    result = cross_correlation(pair, max_lag=20, draws=0)
    assert np.isnan(result.band_low).all() and np.isnan(result.p_value)


def test_weekly_sampling_and_prewhitening_are_reported(pair):
    weekly = cross_correlation(pair, max_lag=30, sampling="weekly", draws=20)
    assert weekly.sampling == "weekly" and weekly.n_total < 200
    white = cross_correlation(pair, max_lag=30, draws=20, prewhiten=True)
    assert white.prewhitened and white.best_lag == 10


def test_ar_residuals_remove_autocorrelation():
    rng = np.random.default_rng(2)
    noise = rng.standard_normal(3000)
    series = np.empty(3000)
    series[0] = noise[0]
    for i in range(1, 3000):
        series[i] = 0.6 * series[i - 1] + noise[i]
    residuals = ar_residuals(series)
    ok = np.isfinite(residuals)
    before = np.corrcoef(series[1:], series[:-1])[0, 1]
    after = np.corrcoef(residuals[ok][1:], residuals[ok][:-1])[0, 1]
    assert before > 0.5 and abs(after) < 0.05


@pytest.mark.parametrize(
    "kwargs", [{"sampling": "monthly"}, {"max_lag": -1}, {"max_lag": 5000}, {"draws": -5}]
)
def test_bad_arguments_are_refused(pair, kwargs):
    with pytest.raises(InvalidParameter):
        cross_correlation(pair, **kwargs)


def test_too_short_a_sample_is_a_clear_error():
    equity, crypto = planted_pair(5, seed=1, days=30)
    with pytest.raises(InvalidParameter, match="at least"):
        cross_correlation(align(equity, crypto), max_lag=5, draws=10)


def _equity_pair(lead_days: int, seed: int, days: int):
    """Two series on New York sessions: the 'crypto' side lacks weekends and holidays too."""
    equity, other = planted_pair(lead_days, seed=seed, days=days)
    return align(equity, other[other.index.day_of_week < 5])


def test_surrogates_of_an_equity_pair_are_exact_pearson_on_the_existing_pairs(monkeypatch):
    """The interval-length FFT path (many holes) against brute force."""
    # at this small size the corrections would still be cheaper: take the other path
    monkeypatch.setattr(ccf_null.GappedLags, "cost", staticmethod(lambda *_: 0.0))
    pair = _equity_pair(10, seed=8, days=700)
    basis = return_basis(pair)
    lags = np.arange(-30, 31)
    lagged = lagged_return_matrix(basis, lags)
    intervals = ccf_null.Intervals(basis.start_days, basis.end_days, lags, basis.day0, basis.levels)
    sums = ccf_null.prepare(basis.x, lagged.copy(), intervals)
    assert sums.gapped is not None
    series = ccf_null.block_resample(sums.values, 3, 10, np.random.default_rng(0)) * sums.scale
    fast = ccf_null.surrogate_correlations(sums, series)
    observed, _ = ccf_null.observed_correlations(sums)
    keep = np.isfinite(basis.x)
    for column in (0, 5, 29, 30, 31, 60):
        y = lagged[keep, column]
        ok = np.isfinite(y)
        x = basis.x[keep][ok]
        assert observed[column] == pytest.approx(np.corrcoef(x, y[ok])[0, 1], abs=1e-9)
        for draw in range(3):
            expected = np.corrcoef(series[draw][ok].astype(float), y[ok])[0, 1]
            assert fast[draw, column] == pytest.approx(expected, abs=2e-4)


def test_an_equity_against_an_equity_is_fast_and_small():
    """Ten years of weekday sessions on both sides: was 12 s and 1.4 GB, dense corrections."""
    import time
    import tracemalloc

    pair = _equity_pair(10, seed=9, days=3650)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = cross_correlation(pair, max_lag=365, draws=1000)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.best_lag == 10 and result.p_value < 0.01
    assert np.isfinite(result.band_low[np.isfinite(result.correlation)]).all()
    assert elapsed < 5.0
    assert peak < 400 * 2**20
