"""The watch panel's controller: one record per rule as ``main.py watch --json`` gives it,
progress, cancel, the newest request winning, nothing while hidden, ``set_as_of`` (the
replay cursor's slot), and the panel showing what the records say."""

from __future__ import annotations

import json
from dataclasses import replace

import pandas as pd
import pytest

from app.watch_controller import CHANNEL, WatchController, target_session
from models.analysis.breakout_params import BreakoutParams
from models.records.sidecar import plain
from models.records.watch_record import watch_record
from models.replay.watch import rule_params, watch
from tests.app.evidence_rig import drain, market, rig
from tests.app.widget_doubles import SpecRecorder
from tests.test_watch import _series
from widgets.evidence.watch_panel import WatchPanel
from widgets.formatting import format_signed
from widgets.protocols import WatchPanelView


@pytest.fixture
def rigs(qtbot):
    made = []

    def build(params=None, real=False):
        r = rig(params)
        r.panel = WatchPanel() if real else SpecRecorder(WatchPanelView)
        if real:
            qtbot.addWidget(r.panel)
        r.c = WatchController(r.panel, r.w, r.charts, r.view)
        r.shown = []
        r.c.watches_shown.connect(r.shown.append)
        made.append(r)
        return r

    yield build
    for r in made:
        drain(r)


def _expected(session, params, as_of=None) -> list[dict]:
    return [plain(watch_record(watch(session, p, as_of, 1000, 0))) for p in rule_params(params)]


def test_each_rule_is_watched_as_the_command_line_watches_it(qtbot, rigs):
    params = BreakoutParams(level=130.0)
    r = rigs(params)
    session = market()
    r.charts.show(session, params)
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.shown), timeout=20_000)
    assert [rec["rule"] for rec in r.shown[0]] == ["ath_drought", "n_day_high", "level"]
    assert r.shown[0] == _expected(session, params)
    json.dumps(r.shown[0], allow_nan=False)  # exactly what --json prints, strict JSON
    calls = r.panel.names()
    assert calls.index("show_progress") < calls.index("set_watches")
    assert r.panel.last("show_idle") == ()


def test_nothing_runs_while_hidden_and_a_change_then_runs_when_shown(qtbot, rigs):
    r = rigs()
    r.charts.show(market(), BreakoutParams())
    qtbot.wait(200)
    assert not r.w.is_busy(CHANNEL) and r.shown == [] and r.panel.count("set_watches") == 0
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.shown), timeout=20_000)


def test_the_newest_request_wins_and_set_as_of_judges_that_day(qtbot, rigs):
    r = rigs()
    session = market()
    r.charts.show(session, BreakoutParams())
    r.c.set_active(True)
    day = pd.Timestamp(session.equity.frame.index[700])
    r.c.set_as_of(pd.Timestamp("2011-06-01"))  # superseded at once
    r.c.set_as_of(day)
    qtbot.waitUntil(lambda: bool(r.shown), timeout=20_000)
    qtbot.wait(300)
    assert len(r.shown) == 1 and r.shown[0][0]["as_of"] == f"{day:%Y-%m-%d}"
    assert r.shown[0] == _expected(session, BreakoutParams(), day)
    r.c.set_as_of(None)  # the last bar again
    qtbot.waitUntil(lambda: len(r.shown) == 2, timeout=20_000)
    assert r.shown[1] == _expected(session, BreakoutParams())
    assert r.shown[1][0]["as_of"] == r.shown[1][0]["last_bar"]


def test_a_rule_change_is_watched_again_and_cancel_keeps_what_is_shown(qtbot, rigs):
    r = rigs()
    r.charts.show(market(), BreakoutParams())
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.shown), timeout=20_000)
    r.view.set_params(replace(BreakoutParams(), level=125.0))
    qtbot.waitUntil(lambda: len(r.shown) == 2, timeout=20_000)
    assert [rec["rule"] for rec in r.shown[1]] == ["ath_drought", "n_day_high", "level"]
    r.c.run()
    r.c.cancel()
    qtbot.wait(300)
    assert len(r.shown) == 2 and "Cancelled" in r.panel.last("show_message")[0]
    assert r.c.records == r.shown[1]


def test_the_target_is_the_statistics_target(qtbot):
    session = market()
    eth = _series("ETH-USD", session.crypto[0].frame)  # a second coin
    both = replace(session, crypto=[session.crypto[0], eth])
    assert [s.instrument.label for s in target_session(both, "ETH-USD").crypto] == ["ETH-USD"]
    assert target_session(both, "XRP-USD") is both
    # a coin listed later does not stop the watch (or the walk) as of a day before it
    late = replace(both, crypto=[session.crypto[0], _series("ETH-USD", eth.frame.loc["2013":])])
    day = pd.Timestamp("2011-06-30")
    assert watch(target_session(late, "BTC-USD"), BreakoutParams(), day, 99).as_of == day


def test_the_panel_shows_the_records(qtbot, rigs):
    params = BreakoutParams(level=130.0)
    r = rigs(params, real=True)
    r.charts.show(market(), params)
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.shown), timeout=20_000)
    panel, records = r.panel, r.shown[0]
    table = panel.rules_table
    assert table.rowCount() == 3
    for row, record in enumerate(records):
        assert table.item(row, 1).text().replace(",", "") == f"{record['close']:.2f}"
        if record["triggered"]:
            assert table.item(row, 3).text() == "triggered"
        else:
            points = format_signed(record["distance_points"], 2)
            assert f"({points} pts)" in table.item(row, 3).text()
    rate = records[0]["base_rate"]
    assert f"N = {rate['n']}" in panel.rate_label.text()
    assert ("an anecdote" in panel.rate_label.text()) == rate["anecdote"]
    assert [panel.rate_table.item(i, 1).text() for i in range(3)] == [
        str(h["n"]) for h in rate["by_horizon"]
    ]
    fan = records[0]["fan"]
    assert len(panel.fan.cycle_curves) == len(fan["cycles"])
    drawn = panel.fan.current_curve.getData()[1]
    assert list(drawn) == pytest.approx([100 * v for v in fan["current"]], nan_ok=True)
    if fan["anchor_kind"] == "breakout":
        assert f"day {fan['day']} of the {fan['anchor']} breakout" in panel.fan.here_label.text()
    panel.rules_table.selectRow(2)  # the level rule's base rate and fan
    assert "Level" in panel.rate_label.text()
