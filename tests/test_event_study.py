"""The event study on crypto paths whose returns after each event are known exactly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakouts import BreakoutEvent
from models.analysis.event_study import PATH_DAYS, event_study
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
    assert result.hit_rate == 1.0 and result.primary_horizon == 45 and result.current_lag == 45
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


def test_events_before_the_crypto_existed_are_marked():
    result = event_study(
        _crypto(),
        [_event("2019-06-03"), _event("2020-05-01")],
        placebo_draws=20,
        bootstrap_draws=20,
    )
    assert result.table["before_data"].tolist() == [True, False]
    assert np.isnan(result.table["fwd_30d"].iloc[0])


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
    assert result.band_low[PATH_DAYS == 30][0] > result.baseline_mean_path[PATH_DAYS == 30][0]
    random_days = np.random.default_rng(9).integers(40, 2800, 10)
    unplanted = [_event(str(dates[d].date())) for d in random_days + 125]
    quiet = event_study(crypto, unplanted, horizons=(30, 90), placebo_draws=500)
    assert quiet.placebo_p_values[30] > 0.05


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
    assert result.n_events == 0 and result.table.empty
    assert np.isnan(result.hit_rate) and np.isnan(result.placebo_p_value)
    assert np.isnan(result.mean_path).all()


@pytest.mark.parametrize("kwargs", [{"horizons": (0, 30)}, {"horizons": ()}, {"placebo_draws": -1}])
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(InvalidParameter):
        event_study(_crypto(), [_event("2020-03-01")], **kwargs)
