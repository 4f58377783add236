"""Honesty tests: the statistics recover what was planted and find nothing where nothing is.

Every series here is synthetic with a known truth: crypto returns that follow the
equity by L calendar days (with volatility clustering, weekends and holidays),
independent pairs, and breakouts planted held or failed, with or without volume.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.align import align
from models.analysis.breakouts import BreakoutParams, detect_breakouts
from models.analysis.leadlag import cross_correlation, rolling_correlation
from models.errors import InvalidParameter, NoOverlap
from tests.analytics_synth import frame_from_closes, planted_pair

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
