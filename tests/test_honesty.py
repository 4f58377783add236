"""Honesty tests: the statistics recover what was planted and find nothing where nothing is.

Every series here is synthetic with a known truth: crypto returns that follow the
equity by L calendar days (with volatility clustering, weekends and holidays),
independent pairs, and breakouts planted held or failed, with or without volume. The
harder nulls of issue 9 (a volatility regime both markets share, an equity that moves
on sessions only, GARCH, Student-t(3) tails, AR(1)) and the power at a weak lead are
Monte Carlo runs over hundreds of seeds, kept small and fast (see docs/statistics.md).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.align import align
from models.analysis.breakouts import BreakoutParams, detect_breakouts
from models.analysis.lag_window import LEAD_30_90, LagWindow
from models.analysis.leadlag import cross_correlation, rolling_correlation, rolling_null_band
from models.errors import InvalidParameter, NoOverlap
from tests.analytics_synth import (
    NULL_KINDS,
    frame_from_closes,
    null_pair,
    planted_pair,
    session_lead_pair,
)

# --- lead-lag ---------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [20, 45, 90, 120])
@pytest.mark.parametrize("sampling", ["daily", "weekly"])
def test_a_planted_lead_is_found_within_two_days_and_is_significant(lead, sampling):
    equity, crypto = planted_pair(lead, seed=lead + 1)
    result = cross_correlation(align(equity, crypto), max_lag=150, sampling=sampling, draws=200)
    assert abs(result.best_lag - lead) <= 2
    assert result.p_value < 0.01
    assert result.n[result.lags == result.best_lag][0] > 0.9 * result.n_total


@pytest.mark.parametrize("lead", [30, 100])
def test_a_planted_lead_survives_prewhitening(lead):
    equity, crypto = planted_pair(lead, seed=lead + 7)
    result = cross_correlation(align(equity, crypto), max_lag=150, draws=200, prewhiten=True)
    assert abs(result.best_lag - lead) <= 2 and result.p_value < 0.01


@pytest.mark.parametrize(
    ("policy", "sampling"), [("sessions", "daily"), ("calendar", "daily"), ("sessions", "weekly")]
)
def test_independent_pairs_are_significant_about_five_percent_of_the_time(policy, sampling):
    p_values = []
    for seed in range(200):
        equity, crypto = planted_pair(None, seed=5000 + seed, days=1200)
        pair = align(equity, crypto, policy)
        result = cross_correlation(pair, max_lag=30, sampling=sampling, draws=100, seed=seed)
        p_values.append(result.p_value)
    rate = float(np.mean(np.asarray(p_values) < 0.05))
    assert 0.01 <= rate <= 0.10, rate  # near 5%; never zero (a test that could not fail)


def _rejection_rate(kind: str, seeds: int, days: int, max_lag: int, sampling="daily", draws=200):
    p_values = []
    for seed in range(seeds):
        equity, crypto = null_pair(kind, seed=10_000 + seed, days=days)
        result = cross_correlation(
            align(equity, crypto), max_lag=max_lag, sampling=sampling, draws=draws, seed=seed
        )
        p_values.append(result.p_value)
    return float(np.mean(np.asarray(p_values) < 0.05))


@pytest.mark.slow
@pytest.mark.parametrize("kind", NULL_KINDS)
def test_size_stays_near_five_percent_under_harder_nulls(kind):
    """A shared volatility regime fooled the old test 17-25% of the time; a session-driven
    equity made it over-cautious (0.5-1%). 200 seeds, ±30 days, about 830 sessions."""
    rate = _rejection_rate(kind, seeds=200, days=1200, max_lag=30)
    assert 0.02 <= rate <= 0.08, rate


@pytest.mark.slow
def test_size_under_a_shared_regime_holds_weekly_and_over_a_year_of_lags():
    weekly = _rejection_rate("common_regime", seeds=200, days=1600, max_lag=60, sampling="weekly")
    assert 0.02 <= weekly <= 0.08, weekly
    yearly = _rejection_rate("common_regime", seeds=200, days=2400, max_lag=365, draws=100)
    assert 0.02 <= yearly <= 0.08, yearly


@pytest.mark.slow
@pytest.mark.parametrize("lead", [20, 45, 90, 120])
def test_a_weak_lead_of_a_session_driven_equity_is_found(lead):
    """rho = 0.12 between a session and the crypto day ``lead`` days later, about 3,300
    sessions (BTC's history against ^RUT): within ±2 days at p < 0.01 in 85% of seeds."""
    found = 0
    for seed in range(40):
        equity, crypto = session_lead_pair(lead, rho=0.12, seed=lead * 1000 + seed, days=4800)
        result = cross_correlation(align(equity, crypto), max_lag=150, draws=200, seed=seed)
        found += abs(result.best_lag - lead) <= 2 and result.p_value < 0.01
    assert found >= 0.85 * 40, found


def test_the_thesis_window_finds_a_planted_63_day_lead():
    for seed in range(5):
        equity, crypto = session_lead_pair(63, rho=0.15, seed=600 + seed, days=4000)
        pair = align(equity, crypto)
        result = cross_correlation(pair, min_lag=LEAD_30_90.min_lag, max_lag=LEAD_30_90.max_lag)
        assert result.window == LagWindow(30, 90)
        assert abs(result.best_lag - 63) <= 2 and result.p_value < 0.01
        everything = cross_correlation(pair, max_lag=365, search=LEAD_30_90, draws=300)
        assert abs(everything.best_lag - 63) <= 2 and everything.p_value < 0.01


@pytest.mark.slow
def test_the_thesis_window_p_is_uniform_on_independent_pairs():
    """p over 30..90 on 200 independent pairs: every decile holds 10% ± 6 points and the
    largest gap to the uniform distribution is under the 1% Kolmogorov-Smirnov bound."""
    p_values = []
    for seed in range(200):
        equity, crypto = null_pair("garch", seed=20_000 + seed, days=1200)
        result = cross_correlation(
            align(equity, crypto), min_lag=30, max_lag=90, draws=199, seed=seed
        )
        p_values.append(result.p_value)
    p_values = np.sort(np.asarray(p_values))
    deciles = np.histogram(p_values, bins=np.linspace(0, 1, 11))[0] / len(p_values)
    assert (np.abs(deciles - 0.1) <= 0.06).all(), deciles
    steps = np.arange(1, len(p_values) + 1) / len(p_values)
    gap = max(np.abs(steps - p_values).max(), np.abs(steps - 1 / len(p_values) - p_values).max())
    assert gap < 1.63 / np.sqrt(len(p_values)) + 1 / 200, gap


def test_weekly_sampling_reads_a_session_driven_lead_up_to_two_days_late():
    """What ``CcfResult.caveat`` states: the argmax sits on a 3-day plateau L..L+2."""
    offsets = []
    for seed in range(30):
        equity, crypto = session_lead_pair(45, rho=0.3, seed=900 + seed, days=4800)
        result = cross_correlation(align(equity, crypto), max_lag=90, sampling="weekly", draws=0)
        offsets.append(result.best_lag - 45)
        assert "2 days late" in result.caveat
    offsets = np.asarray(offsets)
    assert ((offsets >= 0) & (offsets <= 2)).mean() >= 0.9
    assert offsets.mean() > 0.5  # late on average: the caveat is not a formality


def test_rolling_correlation_of_unrelated_series_stays_in_its_null_band_95_percent():
    outside, total = 0, 0
    for seed in range(20):
        equity, crypto = null_pair("session_driven", seed=30_000 + seed, days=1500)
        rolling = rolling_correlation(align(equity, crypto), 0, 90).dropna().to_numpy()
        rolling = rolling[::90]  # one value per window: the windows do not overlap
        outside += int((np.abs(rolling) > rolling_null_band(90).half_width).sum())
        total += len(rolling)
    assert 0.01 <= outside / total <= 0.10, outside / total


def test_bands_allow_for_autocorrelation_unlike_one_over_root_n():
    """With autocorrelated returns on both sides the bands must widen beyond 1.96/sqrt(N)."""
    rng = np.random.default_rng(3)
    days = pd.date_range("2010-01-01", periods=3000, freq="D")

    def smooth_walk(noise):
        returns = np.convolve(noise, np.ones(10) / np.sqrt(10), mode="same")  # MA(9) returns
        return 100 * np.exp(np.cumsum(0.01 * returns))

    equity = frame_from_closes(days, smooth_walk(rng.standard_normal(3000)))
    crypto = frame_from_closes(days, smooth_walk(rng.standard_normal(3000)))
    result = cross_correlation(align(equity, crypto), max_lag=20, draws=400)
    naive = 1.96 / np.sqrt(result.n_total)
    assert np.median(result.band_high) > 1.5 * naive


# --- breakouts --------------------------------------------------------------------------


def _planted_breakouts(seed: int, hold: int):
    """A series of cycles: a long drought below the record, then a breakout that holds
    or fails, with or without a volume spike. Returns the frame and the truth."""
    rng = np.random.default_rng(seed)
    closes = list(100 + np.linspace(0, 20, 60) + rng.uniform(-0.5, 0.5, 60))
    truth = []
    for cycle in range(4):
        record = max(closes)
        drought = 260 + int(rng.integers(0, 120))
        walk = record * np.clip(0.9 + np.cumsum(rng.normal(0, 0.01, drought)), 0.7, 0.985)
        closes.extend(walk)
        held, with_volume = bool(rng.integers(0, 2)), cycle % 2 == 0
        position = len(closes)
        closes.append(record * (1 + rng.uniform(0.005, 0.03)))
        after = record * (1.005 + rng.uniform(0, 0.02, hold + 5))
        if not held:
            after[int(rng.integers(0, hold))] = record * 0.99
        closes.extend(after)
        truth.append((position, record, held, with_volume))
    volume = 1e6 * (1 + rng.uniform(-0.1, 0.1, len(closes)))
    for position, _, _, with_volume in truth:
        if with_volume:
            volume[position] = 3e6
    dates = pd.bdate_range("1995-01-02", periods=len(closes))
    return frame_from_closes(dates, np.asarray(closes), volume), truth


@pytest.mark.parametrize("seed", range(6))
def test_planted_breakouts_are_classified_exactly(seed):
    params = BreakoutParams()
    frame, truth = _planted_breakouts(seed, params.hold_sessions)
    events = detect_breakouts(frame, params).events
    assert [e.date for e in events] == [frame.index[p] for p, *_ in truth]
    assert [e.level for e in events] == pytest.approx([level for _, level, *_ in truth])
    assert [e.confirmed for e in events] == [held for *_, held, _ in truth]
    assert [e.volume_confirmed for e in events] == [with_volume for *_, with_volume in truth]


@pytest.mark.parametrize("seed", range(4))
def test_nothing_is_found_where_no_new_high_is_made(seed):
    rng = np.random.default_rng(seed)
    start = 100.0
    closes = start * np.exp(np.minimum(np.cumsum(rng.normal(0, 0.01, 4000)), -1e-6))
    closes = np.concatenate([[start], closes])
    frame = frame_from_closes(pd.bdate_range("1990-01-01", periods=len(closes)), closes)
    assert detect_breakouts(frame).events == []
    above_everything = BreakoutParams(rule="level", level=start * 1.01)
    assert detect_breakouts(frame, above_everything).events == []


# --- edge cases -------------------------------------------------------------------------


def test_nans_and_gaps_lower_n_but_keep_the_answer():
    equity, crypto = planted_pair(40, seed=11)
    equity.iloc[::17, equity.columns.get_loc("close")] = np.nan
    crypto = crypto.drop(crypto.index[300:331])  # a month missing
    pair = align(equity, crypto)
    clean = cross_correlation(align(*planted_pair(40, seed=11)), max_lag=60, draws=100)
    result = cross_correlation(pair, max_lag=60, draws=100)
    assert result.best_lag == 40 and result.p_value < 0.01
    at = result.lags == 40
    assert result.n[at][0] < clean.n[at][0] - 100  # every dropped pair is counted out


def test_a_series_shorter_than_the_window():
    equity, crypto = planted_pair(5, seed=2, days=60)
    pair = align(equity, crypto)
    assert rolling_correlation(pair, 5, 90).isna().all()
    with pytest.raises(InvalidParameter):
        cross_correlation(align(*planted_pair(5, seed=2, days=35)), max_lag=10, draws=10)


def test_holidays_do_not_shift_the_lag():
    """Holidays make some equity intervals longer; the lag stays in calendar days."""
    equity, crypto = planted_pair(60, seed=13)
    keep = np.random.default_rng(0).random(len(equity)) > 0.15  # many more 'holidays'
    result = cross_correlation(align(equity[keep], crypto), max_lag=90, draws=100)
    assert result.best_lag == 60


def test_series_that_do_not_overlap_are_an_error_not_an_empty_result():
    equity, crypto = planted_pair(5, seed=3, days=400)
    later = crypto.copy()
    later.index = later.index + pd.Timedelta(days=2000)
    with pytest.raises(NoOverlap):
        cross_correlation(align(equity, later), max_lag=30, draws=10)
