"""The event study on crypto paths whose returns after each event are known exactly, and
its defences against forking paths (issue 9): a horizon fixed before looking, placebo p
that the lag slider cannot move, ranks one event cannot dominate, N and the baseline
beside every hit rate, and an anecdote called one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakouts import BreakoutEvent
from models.analysis.event_study import ANECDOTE_BELOW, PATH_DAYS, event_study
from models.errors import InvalidParameter
from tests.analytics_synth import frame_from_closes


def _event(date: str, confirmed: bool = True) -> BreakoutEvent:
    stamp = pd.Timestamp(date)
    return BreakoutEvent(
        stamp, "ath_drought", 100.0, 101.0, 2.0, "own", True, confirmed, stamp, stamp
    )


def _crypto(start="2020-01-01", days=1000, growth=0.0):
    dates = pd.date_range(start, periods=days, freq="D")
    return frame_from_closes(dates, 100.0 * np.exp(growth * np.arange(days)))


def test_forward_returns_and_paths_are_exact():
    crypto = _crypto(growth=0.001)  # +0.1% log per day, every day
    result = event_study(
        crypto,
        [_event("2020-03-01"), _event("2020-06-01", False)],
        current_lag=45,
        placebo_draws=50,
        bootstrap_draws=50,
    )
    table = result.table
    for horizon in (30, 60, 90, 180):
        assert table[f"fwd_{horizon}d"].tolist() == pytest.approx([np.expm1(0.001 * horizon)] * 2)
        assert not table[f"incomplete_{horizon}d"].any()
    assert table["fwd_lag"].tolist() == pytest.approx([np.expm1(0.045)] * 2)
    assert table["confirmed"].tolist() == [True, False]
    assert np.allclose(result.mean_path, np.expm1(0.001 * PATH_DAYS))
    assert np.allclose(result.median_path, result.mean_path)
    assert np.allclose(result.baseline_mean_path, result.mean_path)
    assert result.path_days[0] == -30 and result.path_days[-1] == 180
    # the lag fills its column only: the headline stays at the horizon fixed in advance
    assert result.hit_rate == 1.0 and result.primary_horizon == 90 and result.current_lag == 45
    assert 45 not in result.hit_rates and 45 not in result.placebo_p_values
    assert result.n_events == 2 and result.n_incomplete == 0


def test_events_past_the_data_are_flagged_incomplete_not_dropped():
    crypto = _crypto(days=400)  # ends 2021-02-03
    events = [_event("2020-03-01"), _event("2020-12-01")]
    result = event_study(crypto, events, placebo_draws=20, bootstrap_draws=20)
    table = result.table
    assert len(table) == 2 and result.n_incomplete == 1
    assert table["incomplete_90d"].tolist() == [False, True]
    assert table["incomplete_60d"].tolist() == [False, False]
    assert np.isnan(table["fwd_90d"].iloc[1]) and np.isfinite(table["fwd_60d"].iloc[1])
    assert table["fwd_lag"].isna().all()  # no current lag given


def test_path_n_counts_the_events_behind_each_day_of_the_path():
    crypto = _crypto(days=400)  # ends 2021-02-03: the second event's path stops early
    events = [_event("2020-03-01"), _event("2020-12-01")]
    result = event_study(crypto, events, placebo_draws=0, bootstrap_draws=0)
    last_of_second = (pd.Timestamp("2021-02-03") - pd.Timestamp("2020-12-01")).days
    days = result.path_days
    assert result.path_n[days <= last_of_second].tolist() == [2] * int(
        (days <= last_of_second).sum()
    )
    assert set(result.path_n[days > last_of_second].tolist()) == {1}


def test_events_before_the_crypto_existed_are_listed_but_not_counted():
    result = event_study(
        _crypto(),
        [_event("2019-06-03"), _event("2020-05-01")],
        placebo_draws=20,
        bootstrap_draws=20,
    )
    assert result.table["before_data"].tolist() == [True, False]
    assert np.isnan(result.table["fwd_30d"].iloc[0])
    assert result.n_events == 1 and result.n_listed == 2
    assert result.event_paths.shape == (1, len(PATH_DAYS))
    assert result.n_complete[30] == 1


def test_placebo_p_value_is_small_after_planted_jumps_and_not_otherwise():
    rng = np.random.default_rng(4)
    days = 3000
    log_returns = rng.normal(0, 0.02, days)
    event_days = np.arange(200, 2700, 250)
    for day in event_days:
        log_returns[day + 1 : day + 31] += 0.01  # +30% over the 30 days after each event
    dates = pd.date_range("2015-01-01", periods=days, freq="D")
    crypto = frame_from_closes(dates, 50 * np.exp(np.cumsum(log_returns)))
    planted = [_event(str(dates[d].date())) for d in event_days]
    result = event_study(crypto, planted, horizons=(30, 90), placebo_draws=500)
    assert result.placebo_p_values[30] < 0.01 and result.hit_rates[30] == 1.0
    assert result.family_p_value < 0.01
    assert result.band_low[PATH_DAYS == 30][0] > result.baseline_mean_path[PATH_DAYS == 30][0]
    random_days = np.random.default_rng(9).integers(40, 2800, 10)
    unplanted = [_event(str(dates[d].date())) for d in random_days + 125]
    quiet = event_study(crypto, unplanted, horizons=(30, 90), placebo_draws=500)
    assert quiet.placebo_p_values[30] > 0.05 and quiet.family_p_value > 0.05


def test_baseline_summarises_every_forward_return_of_the_sample():
    crypto = _crypto(days=200, growth=0.002)
    result = event_study(
        crypto, [_event("2020-02-01")], horizons=(30,), placebo_draws=10, bootstrap_draws=10
    )
    row = result.baseline.iloc[0]
    assert row["horizon"] == 30 and row["n"] == 170
    assert row["mean"] == pytest.approx(np.expm1(0.06)) and row["share_positive"] == 1.0


def test_no_events_gives_an_empty_table_and_no_statistics():
    result = event_study(_crypto(), [], placebo_draws=10)
    assert result.n_events == 0 and result.table.empty and result.is_anecdote
    assert np.isnan(result.hit_rate) and np.isnan(result.placebo_p_value)
    assert np.isnan(result.family_p_value) and np.isnan(result.mean_path).all()


@pytest.mark.parametrize("kwargs", [{"horizons": (0, 30)}, {"horizons": ()}, {"placebo_draws": -1}])
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(InvalidParameter):
        event_study(_crypto(), [_event("2020-03-01")], **kwargs)


# --- forking paths (issue 9) -------------------------------------------------------------


def _walk(seed: int, days: int = 2500, start: str = "2014-01-01"):
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=days, freq="D")
    return frame_from_closes(dates, 100 * np.exp(np.cumsum(rng.normal(0.001, 0.03, days)))), dates


@pytest.mark.slow
def test_p_at_a_fixed_horizon_is_identical_at_every_lag_of_the_slider():
    crypto, dates = _walk(1)
    events = [_event(str(dates[d].date())) for d in (200, 640, 1100, 1500, 1900, 2300)]
    reference = event_study(crypto, events, current_lag=None, placebo_draws=200, bootstrap_draws=0)
    for lag in range(-365, 366):
        moved = event_study(crypto, events, current_lag=lag, placebo_draws=200, bootstrap_draws=0)
        assert moved.placebo_p_values == reference.placebo_p_values, lag
        assert moved.family_p_value == reference.family_p_value, lag
        assert (moved.primary_horizon, moved.placebo_p_value) == (90, reference.placebo_p_value)


def test_p_at_a_horizon_does_not_move_with_the_other_horizons_shown():
    crypto, dates = _walk(2)
    events = [_event(str(dates[d].date())) for d in range(150, 2200, 170)]
    few = event_study(crypto, events, horizons=(90,), placebo_draws=300, bootstrap_draws=0)
    many = event_study(crypto, events, horizons=(7, 30, 90, 365), placebo_draws=300)
    assert few.placebo_p_values[90] == many.placebo_p_values[90]


def test_the_headline_horizon_is_settable_but_never_the_lag():
    crypto, dates = _walk(3)
    events = [_event(str(dates[d].date())) for d in range(150, 2200, 170)]
    result = event_study(crypto, events, current_lag=45, primary_horizon=60, placebo_draws=50)
    assert result.primary_horizon == 60 and result.placebo_p_value == result.placebo_p_values[60]
    added = event_study(crypto, events, horizons=(30,), primary_horizon=120, placebo_draws=50)
    assert added.horizons == (30, 120) and added.primary_horizon == 120


def test_one_huge_event_cannot_carry_the_placebo():
    """Nine events that fell and one +900% run: the mean says 'up', the ranks do not."""
    crypto, dates = _walk(4)
    close = crypto["close"].to_numpy().copy()
    starts = list(range(200, 2200, 220))[:10]
    for i, start in enumerate(starts):
        factor = 10.0 if i == 0 else 0.85  # over the 30 days after the event
        ramp = np.linspace(1, factor, 31)
        close[start : start + 31] *= ramp
        close[start + 31 :] *= factor
    crypto = frame_from_closes(dates, close)
    result = event_study(
        crypto, [_event(str(dates[d].date())) for d in starts], horizons=(30,), placebo_draws=999
    )
    forward = result.table["fwd_30d"].to_numpy()
    baseline = result.baseline.iloc[0]
    assert forward.mean() > baseline["mean"]  # a mean-return placebo would call it a success
    assert result.hit_rates[30] == pytest.approx(0.1)
    assert result.placebo_p_values[30] > 0.5


def test_every_hit_rate_has_its_n_and_the_baseline_beside_it():
    crypto, dates = _walk(5)
    events = [_event(str(dates[d].date())) for d in range(150, 2450, 230)]
    result = event_study(crypto, events, placebo_draws=100, bootstrap_draws=50)
    rows = {row.horizon: row for row in result.horizon_rows()}
    assert set(rows) == set(result.horizons)
    for horizon, row in rows.items():
        complete = result.table[f"fwd_{horizon}d"].dropna()
        assert row.n == len(complete) == result.n_complete[horizon]
        assert row.hit_rate == pytest.approx((complete > 0).mean())
        base = result.baseline[result.baseline["horizon"] == horizon].iloc[0]
        assert row.baseline_share_up == base["share_positive"]
        assert row.baseline_mean == base["mean"] and row.p_value == result.placebo_p_values[horizon]
    first, last = result.placebo_era
    assert first == dates[0] and last == dates[-1 - result.primary_horizon]
    indexed = result.baseline.set_index("horizon")  # as a panel may hand it back
    result.baseline = indexed
    assert [row.baseline_mean for row in result.horizon_rows()] == [
        rows[h].baseline_mean for h in result.horizons
    ]


def test_below_eight_events_it_is_an_anecdote_with_paths_and_no_band():
    crypto, dates = _walk(6)
    few = [_event(str(dates[d].date())) for d in (300, 900, 1500)]
    result = event_study(crypto, few, placebo_draws=100, bootstrap_draws=100)
    assert result.n_events == 3 and result.is_anecdote
    assert np.isnan(result.band_low).all() and np.isnan(result.band_high).all()
    assert result.event_paths.shape == (3, len(PATH_DAYS))
    close = crypto["close"]
    day_60 = int(np.flatnonzero(PATH_DAYS == 60)[0])
    for row, start in enumerate((300, 900, 1500)):
        expected = close.iloc[start + 60] / close.iloc[start] - 1
        assert result.event_paths[row, day_60] == pytest.approx(expected)
    enough = [_event(str(dates[d].date())) for d in range(150, 150 + 250 * ANECDOTE_BELOW, 250)]
    study = event_study(crypto, enough, placebo_draws=100, bootstrap_draws=100)
    assert study.n_events == ANECDOTE_BELOW and not study.is_anecdote
    assert np.isfinite(study.band_low[PATH_DAYS > 0]).all()


@pytest.mark.slow
def test_placebo_p_is_honest_on_random_events():
    """Random event dates on random walks: p < 0.05 about 5% of the time, per horizon and
    family-wise over the four horizons."""
    per_horizon, family = [], []
    for seed in range(200):
        crypto, dates = _walk(100 + seed, days=1500)
        picks = np.random.default_rng(seed).choice(np.arange(0, 1300), 12, replace=False)
        events = [_event(str(dates[d].date())) for d in np.sort(picks)]
        result = event_study(crypto, events, placebo_draws=200, bootstrap_draws=0, seed=seed)
        per_horizon.append(result.placebo_p_values[90])
        family.append(result.family_p_value)
    for p_values in (per_horizon, family):
        rate = float(np.mean(np.asarray(p_values) < 0.05))
        assert 0.02 <= rate <= 0.08, rate
