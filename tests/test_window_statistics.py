"""The window's calls of the statistics (models.session.prepared): the best lag searched in
a chosen window from one bootstrap over every lag, the event study's headline horizon,
the specification curve over the coins charted; and the caption stating them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pytest

import models.session.prepared as analysis
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, LagWindow
from models.errors import Cancelled
from models.market.fetch_control import FetchControl
from models.records.caption import caption_lines, window_text
from tests.export.snapshots import snapshot

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def exported():
    return snapshot(lag=20)


def test_the_window_is_searched_within_one_ccf_of_every_lag(exported):
    prepared = exported.prepared
    lead = analysis.cross_correlation_for(prepared, 300, LEAD_30_90)
    assert (lead.lags[0], lead.lags[-1]) == (-365, 365)  # every lag the slider reaches
    assert lead.window == LEAD_30_90 and 30 <= lead.best_lag <= 90
    inside = np.abs(lead.t_stat[395:456])
    assert abs(lead.t_stat[lead.best_lag + 365]) == inside.max()
    every = analysis.cross_correlation_for(prepared, 300)
    assert every.window == ALL_LAGS
    judged = every.searched(LEAD_30_90)  # the same draws judged again: the same answer
    assert (judged.best_lag, judged.p_value) == (lead.best_lag, lead.p_value)
    custom = every.searched(LagWindow(-10, 10))
    assert custom.window.label == "-10..+10 d" and -10 <= custom.best_lag <= 10


def test_weekly_returns_are_searched_on_request(exported):
    weekly = analysis.cross_correlation_for(exported.prepared, 100, LEAD_30_90, "weekly")
    assert weekly.sampling == "weekly" and weekly.caveat.startswith("Weekly sampling")


def test_the_event_study_headline_is_the_horizon_asked_for_whatever_the_lag(exported):
    prepared, events = exported.prepared, list(exported.breakouts.events)
    at_60 = analysis.event_study_for(prepared, events, 0, 200, horizon=60)
    moved = analysis.event_study_for(prepared, events, 150, 200, horizon=60)
    assert at_60.primary_horizon == moved.primary_horizon == 60
    assert at_60.placebo_p_value == moved.placebo_p_value == at_60.placebo_p_values[60]
    assert analysis.event_study_for(prepared, events, 0, 200).primary_horizon == 90


def test_the_spec_curve_sweeps_every_coin_charted_with_progress_and_cancel(exported):
    reports = []
    control = FetchControl(on_progress=lambda done, expected, _m: reports.append((done, expected)))
    curve = analysis.spec_curve_for(exported.prepared, control, draws=50)
    assert set(curve.specs["coin"]) == {"BTC/USDT", "ETH/USDT"}
    assert curve.n_specs == 2 * 500 and reports[-1] == (100, 100)
    stopped = FetchControl()
    stopped.cancel()
    with pytest.raises(Cancelled):
        analysis.spec_curve_for(exported.prepared, stopped, draws=50)


def test_the_caption_states_the_window_the_bands_and_p_at_its_floor(exported):
    floor = replace(exported, ccf=replace(exported.ccf.searched(LEAD_30_90), p_value=1 / 1001))
    text = " ".join(line.text for line in caption_lines(floor, WHEN))
    assert "in lead 30-90 d (+30..+90 days)" in text
    assert "p ≤ 0.001 (family-wise over that window, 1,000 draws)" in text
    assert "family-wise 95% over lead 30-90 d (+30..+90 days)" in text
    assert "p < 0.001" not in text
    assert window_text(LagWindow(-20, 45)) == "-20..+45 days"
