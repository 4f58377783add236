"""The records ``leadlag --json`` and the export sidecar write: the event study with its N
and baseline, a lead-lag window with both bands, and the specification curve's summary."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.align import align
from models.analysis.breakouts import BreakoutParams, detect_breakouts
from models.analysis.event_study import ANECDOTE_BELOW, event_study
from models.analysis.lag_window import LEAD_30_90, LagWindow
from models.analysis.leadlag import cross_correlation
from models.analysis.spec_curve import SpecCurveResult, SpecGrid
from models.errors import InvalidParameter
from models.records.ccf_record import band_labels, lag_records, window_record
from models.records.event_study_record import event_study_record
from models.records.spec_curve_record import spec_curve_record
from tests.analytics_synth import breakout_market, planted_pair


def test_the_event_study_record_counts_only_events_with_crypto_data():
    equity, coin, dates = breakout_market(seed=3, cycles=10)
    coin = coin[coin.index > dates[4]]  # the coin starts after the fifth breakout
    events = detect_breakouts(equity, BreakoutParams()).events
    record = event_study_record(event_study(coin, events, placebo_draws=100, seed=1))
    assert record["n_listed"] == len(record["events"]) == 10
    assert record["n_events"] == 5 == sum(not e["before_data"] for e in record["events"])
    assert record["is_anecdote"] is True and record["anecdote_below"] == ANECDOTE_BELOW
    assert record["placebo_era"]["first"] == f"{coin.index[0]:%Y-%m-%d}"
    assert 0 < record["family_p_value"] <= 1 and record["placebo_statistic"]
    baseline = pd.DataFrame(record["baseline"]).set_index("horizon")
    for row in record["by_horizon"]:
        horizon = row["horizon_days"]
        assert row["n"] == 5 and row["baseline_n"] == baseline.loc[horizon, "n"] > 1000
        assert row["baseline_share_up"] == baseline.loc[horizon, "share_positive"]
        assert row["n_rose"] == round(row["hit_rate"] * 5)
        assert row["p_value"] == record["placebo_p_values"][horizon]


def test_a_window_record_and_its_lags_carry_both_bands():
    equity, coin = planted_pair(63, seed=2, days=1500)
    ccf = cross_correlation(align(equity, coin, "sessions"), 120, draws=200, search=LEAD_30_90)
    record = window_record(ccf)
    assert (record["min_lag_days"], record["max_lag_days"], record["n_lags"]) == (30, 90, 61)
    assert record["best_lag_days"] == 63 and record["best_lag_p_text"] == "p ≤ 0.005 (200 draws)"
    rows = lag_records(ccf)
    assert [r["lag_days"] for r in rows] == list(range(30, 91))
    half = record["critical_t"] * ccf.standard_error[ccf.lags == 63][0]
    assert rows[63 - 30]["simultaneous_high"] == pytest.approx(half)
    wider = lag_records(ccf, LagWindow(-10, 100))  # outside the window searched: no band
    assert np.isnan(wider[0]["simultaneous_high"]) and np.isfinite(wider[0]["pointwise_high"])
    assert "lead 30-90 d" in band_labels(ccf)["simultaneous"]
    with pytest.raises(InvalidParameter):
        lag_records(ccf, LagWindow(0, 200))


def _result(n_events: list[int], p_values: list[float]) -> SpecCurveResult:
    specs = pd.DataFrame(
        {
            "drought_sessions": 252,
            "volume_mult": 1.5,
            "hold_sessions": 5,
            "horizon_days": 90,
            "coin": "X",
            "n_events": n_events,
            "effect": [np.nan if n == 0 else 0.1 for n in n_events],
            "mean_rank": 0.5,
            "p_value": p_values,
            "p_holm": p_values,
            "p_bh": p_values,
            "anecdote": [n < ANECDOTE_BELOW for n in n_events],
            "is_default": False,
        }
    )
    return SpecCurveResult(specs, draws=1000, shares={"positive_effect": 1.0})


def test_the_spec_curve_record_groups_specifications_by_n():
    result = _result([0, 0, 3, 8, 25], [np.nan, np.nan, 0.01, 0.2, 0.04])
    record = spec_curve_record(result, SpecGrid())
    groups = {(g["n_min"], g["n_max"]): g for g in record["by_n"]}
    assert groups[(0, 0)]["specs"] == 2 and groups[(0, 0)]["tested"] == 0
    assert groups[(1, ANECDOTE_BELOW - 1)]["significant_raw"] == 1
    assert groups[(ANECDOTE_BELOW, 19)]["specs"] == 1
    assert groups[(20, None)]["significant_raw"] == 1
    assert record["n_tested"] == 3 and record["significant"]["raw"] == 2
    assert record["p_value_quantiles"]["q50"] == pytest.approx(0.04)
    assert record["holm_reachable"]  # 3 tests / 1,001 draws < 5%
    many = spec_curve_record(_result([5] * 80, [0.5] * 80), SpecGrid())
    assert not many["holm_reachable"]  # 80 / 1,001 > 5%: the floor cannot pass Holm
