"""Lead-lag statistics checked against direct computations: the correlation and N per lag,
the robust t and its standard error, the sign-flip null, the window searched and the
two bands."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.align import align
from models.analysis.ccf_null import multiplier_draws
from models.analysis.lag_window import ALL_LAGS, LAG_WINDOW_PRESETS, LEAD_30_90, LagWindow
from models.analysis.leadlag import (
    LagStatsCache,
    correlation_at_lag,
    cross_correlation,
    lag_time_matrix,
    rolling_correlation,
    rolling_null_band,
)
from models.analysis.returns import ar_residuals, lagged_return_matrix, return_basis
from models.analysis.robust_ccf import automatic_block, lag_statistics
from models.errors import InvalidParameter, NoOverlap
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


@pytest.mark.parametrize("block", [1, 7])
def test_robust_t_and_standard_error_match_a_direct_computation(pair, block):
    """Centred cross products, their block sums, the HAC variance, t and the standard
    error, by hand for a few lags (holes in both series)."""
    basis = return_basis(pair)
    lags = np.arange(-30, 31)
    stats = lag_statistics(basis, lags, block)
    keep = np.isfinite(basis.x)
    x_all = basis.x[keep]
    starts = np.arange(0, len(x_all), block)
    for column in (0, 17, 30, 41, 60):
        y_all = lagged_return_matrix(basis, lags)[keep, column]
        ok = np.isfinite(y_all)
        x = np.where(ok, x_all - x_all[ok].mean(), 0.0)
        y = np.where(ok, y_all - y_all[ok].mean(), 0.0)
        products = x * y
        sums = np.add.reduceat(products, starts)
        variance = (sums**2).sum()
        assert stats.n[column] == ok.sum()
        assert stats.correlation[column] == pytest.approx(np.corrcoef(x[ok], y[ok])[0, 1])
        assert stats.t_stat[column] == pytest.approx(products.sum() / np.sqrt(variance))
        scale = np.sqrt((x**2).sum() * (y**2).sum())
        assert stats.standard_error[column] == pytest.approx(np.sqrt(variance) / scale)
        assert np.allclose(stats.scaled[:, column], sums / np.sqrt(variance), atol=1e-6)


def test_sign_flip_draws_have_the_covariance_of_the_block_sums(pair):
    """Each null t is a sum of the scaled block sums with random signs: unit variance at
    every lag and, between lags, the covariance of their block sums."""
    stats = lag_statistics(return_basis(pair), np.arange(-5, 6), 3)
    null = multiplier_draws(stats.scaled, 20_000, seed=4).astype(float)
    assert np.allclose(null.var(axis=0), 1.0, atol=0.04)
    expected = stats.scaled.T.astype(float) @ stats.scaled.astype(float)
    assert np.allclose(np.cov(null.T, bias=True), expected, atol=0.04)
    again = multiplier_draws(stats.scaled, 20_000, seed=4)
    assert np.array_equal(again, null.astype(np.float32))  # a seed gives the same null


def test_block_length_follows_the_autocorrelation():
    assert automatic_block(0.0, 1000) == 1
    assert automatic_block(0.16, 850) == 11  # two AR(1) series of 0.4
    assert automatic_block(0.99, 320) == 320 // 16  # never fewer than 16 blocks
    assert automatic_block(0.0, 5000) == 5  # never more than 1,024 blocks


def test_without_draws_there_are_no_bands_and_no_p_value(pair):
    result = cross_correlation(pair, max_lag=20, draws=0)
    assert np.isnan(result.band_low).all() and np.isnan(result.p_value)
    assert np.isnan(result.simultaneous_band.high).all()
    assert result.best_lag == 10  # the best lag is still the largest |t|


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
    "kwargs",
    [
        {"sampling": "monthly"},
        {"max_lag": -1},
        {"max_lag": 5000},
        {"draws": -5},
        {"min_lag": 10, "max_lag": 5},
        {"min_lag": -2000, "max_lag": 5},
    ],
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


# --- the window searched and the two bands (issue 9) ---------------------------------------


def test_a_window_is_searched_exactly_and_stated(pair):
    result = cross_correlation(pair, min_lag=-40, max_lag=-5, draws=100)
    assert result.lags.tolist() == list(range(-40, -4))
    assert (result.min_lag_days, result.max_lag_days) == (-40, -5)
    assert result.window == LagWindow(-40, -5) and result.window.label == "-40..-5 d"
    assert -40 <= result.best_lag <= -5
    symmetric = cross_correlation(pair, max_lag=25, draws=100)
    assert (symmetric.min_lag_days, symmetric.max_lag_days) == (-25, 25)


def test_judging_a_window_needs_no_new_computation(pair):
    """A wide CCF judged over 5..20 gives what a search of 5..20 alone gives (same seed)."""
    wide = cross_correlation(pair, max_lag=60, draws=300, seed=3, block=4)
    narrow = cross_correlation(pair, min_lag=5, max_lag=20, draws=300, seed=3, block=4)
    judged = wide.searched(LagWindow(5, 20))
    assert (judged.best_lag, judged.p_value) == (narrow.best_lag, narrow.p_value)
    assert judged.critical_t == pytest.approx(narrow.critical_t)
    shown = cross_correlation(pair, max_lag=60, draws=300, seed=3, block=4, search=LagWindow(5, 20))
    assert (shown.best_lag, shown.p_value, len(shown.lags)) == (
        judged.best_lag,
        judged.p_value,
        121,
    )
    with pytest.raises(InvalidParameter):
        wide.searched(LagWindow(30, 90))


def test_a_wider_search_widens_the_ccf_to_cover_it(pair):
    result = cross_correlation(pair, max_lag=10, draws=50, search=LagWindow(-3, 40))
    assert result.lags[0] == -10 and result.lags[-1] == 40 and result.window == LagWindow(-3, 40)


def test_the_simultaneous_band_is_wider_and_only_over_the_window(pair):
    result = cross_correlation(pair, max_lag=60, draws=500, search=LagWindow(-30, 30))
    pointwise, simultaneous = result.pointwise_band, result.simultaneous_band
    inside = np.abs(result.lags) <= 30
    assert np.isnan(simultaneous.high[~inside]).all()
    assert (simultaneous.high[inside] > pointwise.high[inside]).all()
    assert np.allclose(simultaneous.low, -simultaneous.high, equal_nan=True)
    assert pointwise.label == "pointwise 95% (each lag alone)"
    assert simultaneous.label == "family-wise 95% over -30..+30 d"
    # the best lag is significant at 5% exactly when it leaves the simultaneous band
    at = np.flatnonzero(result.lags == result.best_lag)[0]
    assert (abs(result.correlation[at]) > simultaneous.high[at]) == (result.p_value < 0.05)


def test_a_window_with_no_pairs_is_an_error_not_a_result():
    equity, crypto = planted_pair(5, seed=3, days=400)
    with pytest.raises(NoOverlap):
        cross_correlation(align(equity, crypto), min_lag=500, max_lag=520, draws=10)


def test_the_presets_are_all_lags_and_the_thesis_lead():
    assert LAG_WINDOW_PRESETS == (ALL_LAGS, LEAD_30_90)
    assert (ALL_LAGS.min_lag, ALL_LAGS.max_lag) == (-365, 365)
    assert (LEAD_30_90.min_lag, LEAD_30_90.max_lag) == (30, 90)
    assert LEAD_30_90.label == "lead 30-90 d (+30..+90 d)"
    assert ALL_LAGS.contains(LEAD_30_90) and not LEAD_30_90.contains(ALL_LAGS)


def test_a_preset_searched_keeps_its_name(pair):
    result = cross_correlation(pair, max_lag=100, draws=50, search=LEAD_30_90)
    assert result.window == LEAD_30_90
    assert result.simultaneous_band.label == "family-wise 95% over lead 30-90 d (+30..+90 d)"
    assert result.searched(LagWindow(-10, 10)).window.label == "-10..+10 d"


def test_the_rolling_correlation_has_a_null_band(pair):
    band = rolling_null_band(90)
    assert band.half_width == pytest.approx(1.96 / np.sqrt(90), abs=1e-4)
    assert band.label == "no relation, 95%: ±0.21 (1.96/√90)"
    assert LagStatsCache(pair, 90).at(10).null_band == band
    with pytest.raises(InvalidParameter):
        rolling_null_band(2)


def test_weekly_results_carry_their_caveat(pair):
    weekly = cross_correlation(pair, max_lag=30, sampling="weekly", draws=10)
    daily = cross_correlation(pair, max_lag=30, draws=10)
    assert "late" in weekly.caveat and "power" in weekly.caveat and daily.caveat == ""
