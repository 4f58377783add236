"""The cascade's controller: the stages loaded through the loading core on the pool, the
chain judged in the background with progress and cancel, the newest request winning,
nothing run while hidden, demo data, fetches, the breakout rule and the saved chain."""

from __future__ import annotations

import pytest

import app.cascade_controller as cascade_controller
from app.cascade_controller import FETCH, LOAD, STATS
from models.analysis.breakout_params import BreakoutParams
from models.cascade.analysis import prepare_cascade
from models.cascade.stages import DEFAULT_CHAIN, parse_chain
from models.errors import Cancelled
from tests.app.cascade_rig import CHAIN, build_rig, cached_chain, drain, slow_prepare


@pytest.fixture
def rigs(qtbot, tmp_path):
    made = []

    def build(*args, **kwargs):
        rig = build_rig(qtbot, tmp_path, *args, **kwargs)
        made.append(rig)
        return rig

    yield build
    for rig in made:
        drain(rig)


def test_the_cached_chain_is_judged_and_shown_with_its_progress(qtbot, rigs):
    rig = rigs()
    rig.c.set_active(True)
    assert rig.panel.is_busy()  # loading, then judging: the progress bar is up at once
    rig.wait_shown(qtbot)
    analysis = rig.shown[0]
    assert [s.spec for s in analysis.stages] == [s.spec for s in CHAIN]
    assert rig.c.analysis is analysis
    chain_rows = rig.panel.chain_table.rows()
    assert len(chain_rows) == len(CHAIN) - 1 + 2  # the hops, the sum and the direct hop
    assert [r.lag_days for r in chain_rows[:3]] == [h.lag_days for h in analysis.chain.hops]
    # progress after each hop (3 hops, the direct one, done), out of the stages' count, the
    # last before the result (the child's reports are in their pipe before it returns)
    hops = [(done, expected) for done, expected, _ in rig.progress if expected]
    assert hops[-1] == (len(CHAIN), len(CHAIN)) and len(hops) >= len(CHAIN)
    assert all(expected == len(CHAIN) for _, expected in hops)
    assert [done for done, _ in hops] == sorted(done for done, _ in hops)
    rig.wait_idle(qtbot)
    assert rig.repo.fetched == []  # offline: nothing fetched
    assert rig.panel.message() == ""


def test_nothing_runs_while_the_view_is_hidden(qtbot, rigs):
    rig = rigs()
    rig.c.set_chain(parse_chain("SPY, ^RUT"))  # a change while hidden is only noted
    qtbot.wait(150)
    assert not any(rig.w.is_busy(c) for c in (LOAD, FETCH, STATS)) and rig.shown == []
    rig.c.set_active(True)
    rig.wait_shown(qtbot)
    assert [s.symbol for s in rig.shown[0].stages] == ["SPY", "^RUT"]


def test_the_newest_request_wins(qtbot, rigs):
    rig = rigs()
    rig.c.set_active(True)
    rig.c.set_chain(parse_chain("SPY, ^RUT, BTC-USD"))  # before the first run is done
    rig.c.set_chain(parse_chain("FRED:WALCL, ^RUT"))
    rig.wait_shown(qtbot)
    qtbot.wait(300)
    assert len(rig.shown) == 1
    assert [s.symbol for s in rig.shown[0].stages] == ["FRED:WALCL", "^RUT"]


def test_cancel_stops_the_computation_and_keeps_what_is_shown(qtbot, rigs, monkeypatch):
    rig = rigs()
    rig.c.set_active(True)
    rig.wait_shown(qtbot)
    shown = rig.c.analysis
    monkeypatch.setattr(cascade_controller, "analyse_task", slow_prepare)
    rig.progress.clear()
    rig.c.set_chain(parse_chain("SPY, ^RUT"))
    # the child's report reaches the view: the slow task has started there
    qtbot.waitUntil(lambda: (0, 8, "a long first hop") in rig.progress, timeout=15_000)
    assert rig.panel.is_busy() and rig.panel.cancel_button.isVisibleTo(rig.panel)
    rig.c.cancel()
    assert not rig.panel.is_busy()
    assert "Cancelled" in rig.panel.message()
    qtbot.wait(300)
    assert rig.c.analysis is shown and len(rig.shown) == 1
    # the cancel reached the task in the child (else it would be busy for 20 s more)
    monkeypatch.setattr(cascade_controller, "analyse_task", prepare_cascade)
    rig.c.set_chain(parse_chain("FRED:WALCL, SPY"))
    rig.wait_shown(qtbot, 2, timeout=10_000)
    assert [s.symbol for s in rig.c.analysis.stages] == ["FRED:WALCL", "SPY"]


def test_a_stage_nothing_is_cached_for_offline_is_named_with_what_to_do(qtbot, rigs):
    cached = cached_chain()
    del cached["SPY"]
    rig = rigs(cached)
    rig.c.set_active(True)
    qtbot.waitUntil(lambda: rig.panel.message() != "", timeout=10_000)
    assert "SPY" in rig.panel.message() and "every stage" in rig.panel.message()
    assert rig.shown == [] and not rig.panel.is_busy()


def test_online_a_missing_stage_is_fetched_then_the_chain_judged(qtbot, rigs):
    cached = cached_chain()
    del cached["SPY"]
    rig = rigs(cached, offline=False)
    rig.c.set_active(True)
    rig.wait_shown(qtbot)
    assert "SPY" in rig.repo.fetched
    assert [s.symbol for s in rig.shown[-1].stages] == [s.symbol for s in CHAIN]


def test_online_every_input_is_topped_up_once_and_new_bars_judged_again(qtbot, rigs):
    rig = rigs(offline=False, fetch_delay=1.0)
    rig.c.set_active(True)
    rig.wait_shown(qtbot, 2)  # the cached chain at once, then again with the new bars
    assert sorted(rig.repo.fetched) == sorted(s.symbol for s in CHAIN)
    first, second = rig.shown[0], rig.shown[1]
    assert second.levels[1].level.index[-1] > first.levels[1].level.index[-1]
    rig.repo.fetched.clear()
    rig.c.set_chain(parse_chain("SPY, ^RUT"))  # topped up once this run: cache only now
    rig.wait_shown(qtbot, 3)
    rig.wait_idle(qtbot)
    assert rig.repo.fetched == []
    rig.c.refresh()  # Refresh tops up again
    qtbot.waitUntil(lambda: sorted(rig.repo.fetched) == ["SPY", "^RUT"], timeout=10_000)


def test_demo_data_shows_the_demo_chain_marked_demo(qtbot, rigs):
    rig = rigs(chain=DEFAULT_CHAIN)
    rig.c.set_demo(True)
    rig.c.set_active(True)
    rig.wait_shown(qtbot)
    assert rig.shown[0].is_demo
    assert rig.panel.demo_badge.isVisibleTo(rig.panel)
    assert rig.repo.fetched == []


def test_a_stage_the_demo_lacks_is_said(qtbot, rigs):
    rig = rigs(chain=parse_chain("NETLIQ, HYG"))
    rig.c.set_demo(True)
    rig.c.set_active(True)
    qtbot.waitUntil(lambda: "HYG" in rig.panel.message(), timeout=10_000)
    assert "demo" in rig.panel.message().lower() and rig.shown == []


def test_the_breakout_rule_is_the_users_and_a_change_judges_again(qtbot, rigs):
    rig = rigs()
    rig.c.set_active(True)
    rig.wait_shown(qtbot)
    assert rig.shown[0].options.params == rig.view.state.params
    params = BreakoutParams(drought_sessions=126, hold_sessions=3)
    rig.view.set_params(params)
    rig.wait_shown(qtbot, 2)
    assert rig.shown[1].options.params == params


def test_the_cycles_start_at_the_charts_equity_when_it_is_a_stage(qtbot, rigs):
    rig = rigs()
    rig.view.set_selection("SPY", ["BTC/USDT"])
    rig.c.set_active(True)
    rig.wait_shown(qtbot)
    assert rig.shown[0].options.anchor == "SPY"
    rig.view.set_selection("^RUT", ["BTC/USDT"])  # another stage: the cycles change
    rig.wait_shown(qtbot, 2)
    assert rig.shown[1].options.anchor == "^RUT"
    rig.view.set_selection("IWM", ["BTC/USDT"])  # not a stage: ^RUT stays
    qtbot.wait(300)
    assert len(rig.shown) == 2


def test_the_chain_is_saved_and_read_back(qtbot, rigs, tmp_path):
    rig = rigs()
    edited = parse_chain("-FRED:DGS10, SPY, ETH-USD / BTC-USD")
    rig.c.set_chain(edited)
    assert rig.store.cascade_chain() == edited
    assert rig.c.chain == edited


def test_check_symbol_says_why_a_text_is_no_series(qtbot, rigs):
    rig = rigs()
    assert rig.c.check_symbol("FRED:WALCL") is None
    assert rig.c.check_symbol("basket(SOL-USD, ADA-USD)") is None
    reason = rig.c.check_symbol("not a ticker!")
    assert reason and "not a ticker!" in reason


def test_a_worker_task_holds_no_qobject():
    from app.workers import qobjects_held

    assert qobjects_held(cascade_controller.analyse_task, ([], None)) == []
    assert qobjects_held(cascade_controller.demo_stages_task, (DEFAULT_CHAIN,)) == []
    with pytest.raises(Cancelled):
        from models.market.fetch_control import FetchControl

        control = FetchControl()
        control.cancel()
        cascade_controller.demo_stages_task(DEFAULT_CHAIN, control)
