"""The specification curve of the breakout claim: every rule of the grid, with N, effect
and p for each, the shares significant after Holm and Benjamini-Hochberg, progress and
cancel, on markets where the truth is planted."""

from __future__ import annotations

import numpy as np
import pytest

from models.analysis.breakouts import BreakoutParams, detect_breakouts
from models.analysis.spec_curve import SpecGrid, spec_curve
from models.errors import Cancelled, InvalidParameter
from models.market.fetch_control import FetchControl
from tests.analytics_synth import breakout_market

SMALL = SpecGrid(
    drought_sessions=(126, 252, 504),
    volume_mult=(1.2, 2.0),
    hold_sessions=(3, 10),
    horizon_days=(30, 90),
)


def test_the_default_grid_has_at_least_500_specifications_per_coin():
    grid = SpecGrid()
    assert grid.size >= 500
    assert min(grid.drought_sessions) == 126 and max(grid.drought_sessions) == 504
    assert min(grid.volume_mult) == 1.2 and max(grid.volume_mult) == 2.0
    assert min(grid.hold_sessions) == 3 and max(grid.hold_sessions) == 10
    assert min(grid.horizon_days) == 30 and max(grid.horizon_days) == 180
    default = BreakoutParams()
    assert default.drought_sessions in grid.drought_sessions
    assert default.volume_mult in grid.volume_mult and default.hold_sessions in grid.hold_sessions


def test_a_planted_effect_is_found_by_every_rule_that_sees_the_events():
    equity, crypto, _ = breakout_market(seed=1, jump=0.4)
    result = spec_curve(equity, {"BTC": crypto, "ETH": crypto}, SMALL, draws=2000)
    specs = result.specs
    assert len(specs) == SMALL.size * 2 == result.n_specs
    sees = specs[specs["drought_sessions"] <= 252]  # droughts are 300-420 sessions
    assert (sees["n_events"] == 10).all() and not sees["anecdote"].any()
    assert (sees["effect"] > 0.2).all() and (sees["p_value"] < 0.01).all()
    blind = specs[specs["drought_sessions"] == 504]
    assert (blind["n_events"] == 0).all() and blind["p_value"].isna().all()
    assert result.shares["tested"] == len(sees)
    assert result.share_significant == result.shares["significant_holm"] == 1.0
    assert result.correction == "holm"


def test_the_effect_is_the_excess_mean_log_return_over_the_history():
    equity, crypto, dates = breakout_market(seed=2, jump=0.2)
    result = spec_curve(equity, {"BTC": crypto}, SMALL, draws=500)
    row = result.specs.query("drought_sessions == 126 and horizon_days == 30").iloc[0]
    close = crypto["close"]
    events = [close[d + np.timedelta64(30, "D")] / close[d] for d in dates]
    history = close.to_numpy()
    everything = np.log(history[30:] / history[:-30])
    assert row["effect"] == pytest.approx(np.mean(np.log(events)) - everything.mean())


def test_without_an_effect_few_rules_look_significant():
    equity, crypto, _ = breakout_market(seed=3, jump=0.0)
    result = spec_curve(equity, {"BTC": crypto}, SMALL, draws=2000)
    assert result.shares["significant_holm"] == 0.0
    assert result.shares["significant_raw"] <= 0.25


def test_holm_needs_enough_draws_and_gets_them_by_default():
    equity, crypto, _ = breakout_market(seed=4, cycles=3)
    result = spec_curve(equity, {"BTC": crypto}, SMALL)
    assert result.draws >= 2 * result.n_specs / result.alpha
    assert result.specs["anecdote"].all()  # three events: an anecdote, flagged not dropped
    assert result.specs["is_default"].sum() == 0  # (1.5x is not in the small grid)
    full = spec_curve(equity, {"BTC": crypto}, draws=100)
    assert full.specs["is_default"].sum() == 1


def test_progress_is_reported_and_cancel_stops_between_rules():
    equity, crypto, _ = breakout_market(seed=5, cycles=3)
    seen = []
    control = FetchControl(on_progress=lambda done, total, message: seen.append((done, total)))
    spec_curve(equity, {"BTC": crypto}, SMALL, draws=50, control=control)
    rules = len(SMALL.drought_sessions) * len(SMALL.volume_mult) * len(SMALL.hold_sessions)
    assert seen == [(i, rules) for i in range(1, rules + 1)]

    def cancel_after_two(done, total, message):
        if done == 2:
            control.cancel()

    control = FetchControl(on_progress=cancel_after_two)
    with pytest.raises(Cancelled):
        spec_curve(equity, {"BTC": crypto}, SMALL, draws=50, control=control)


def test_the_rule_is_the_app_s_detector_run_once_per_rule():
    equity, crypto, dates = breakout_market(seed=6, cycles=4)
    params = BreakoutParams(drought_sessions=252, volume_mult=2.0, hold_sessions=3)
    events = detect_breakouts(equity, params).events
    chosen = [e.date for e in events if e.confirmed and e.volume_confirmed]
    assert chosen == dates
    result = spec_curve(equity, {"BTC": crypto}, SMALL, draws=50)
    row = result.specs.query(
        "drought_sessions == 252 and volume_mult == 2.0 and hold_sessions == 3"
    )
    assert (row["n_events"] == len(chosen)).all()


def test_bad_arguments_are_refused():
    equity, crypto, _ = breakout_market(seed=7, cycles=2)
    with pytest.raises(InvalidParameter):
        spec_curve(equity, {}, SMALL)
    with pytest.raises(InvalidParameter):
        spec_curve(equity, {"BTC": crypto}, SMALL, draws=0)
