"""How the evidence grew, in the window: the walk in the child process with progress and
cancel, the heatmap, the newest request winning, nothing while hidden, a walk not run
twice for the same inputs; the views' data equal the records."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import app.evidence_controller as evidence_controller
from app.evidence_controller import HEATMAP, WALK, EvidenceController
from models.analysis.breakout_params import BreakoutParams
from models.records.sidecar import plain
from models.records.walk_forward_record import heatmap_record, walk_forward_record
from models.replay.walk_forward import lag_heatmap, walk_forward
from tests.app.evidence_rig import drain, market, rig
from tests.app.widget_doubles import SpecRecorder
from widgets.evidence.heatmap_view import HeatmapView
from widgets.evidence.walk_view import P_FLOOR, WalkForwardView
from widgets.protocols import HeatmapPanelView, WalkForwardPanelView

DRAWS = 49


@pytest.fixture
def rigs(qtbot, monkeypatch):
    monkeypatch.setattr(evidence_controller, "DRAWS", DRAWS)  # a quick walk
    made = []

    def build(real=False, cycles=2):
        r = rig()
        if real:
            r.walk_view, r.heatmap_view = WalkForwardView(), HeatmapView()
            qtbot.addWidget(r.walk_view)
            qtbot.addWidget(r.heatmap_view)
        else:
            r.walk_view = SpecRecorder(WalkForwardPanelView)
            r.heatmap_view = SpecRecorder(HeatmapPanelView)
        r.c = EvidenceController(r.walk_view, r.heatmap_view, r.w, r.charts, r.view)
        r.walks, r.heatmaps, r.progress = [], [], []
        r.c.walk_shown.connect(r.walks.append)
        r.c.heatmap_shown.connect(r.heatmaps.append)
        r.w.progress_reported.connect(
            lambda channel, done, expected, _t: r.progress.append((channel, done, expected))
        )
        r.session = market(cycles)
        made.append(r)
        return r

    yield build
    for r in made:
        drain(r)


def _walk_record(session, params=BreakoutParams(), horizon=90):
    return plain(walk_forward_record(walk_forward(session, params, None, DRAWS, 0, horizon)))


def test_the_walk_and_the_heatmap_are_shown_with_the_progress(qtbot, rigs):
    r = rigs()
    r.charts.show(r.session, BreakoutParams())
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.walks) and bool(r.heatmaps), timeout=60_000)
    assert r.walks[0] == _walk_record(r.session)
    pair = r.charts.state.prepared.pairs["BTC-USD"]
    expected = heatmap_record(lag_heatmap(pair))
    assert r.heatmaps[0]["lags_days"] == expected["lags_days"]
    np.testing.assert_array_equal(r.heatmaps[0]["values"], expected["values"])
    walked = [(d, e) for c, d, e in r.progress if c == WALK]
    n = len(r.walks[0]["points"])
    assert walked[-1] == (n, n) and len(walked) >= n // 2  # after each month end
    names = r.walk_view.names()
    assert names.index("show_progress") < names.index("set_walk")
    assert names[names.index("set_walk") - 1] == "show_idle"


def test_nothing_runs_while_hidden(qtbot, rigs):
    r = rigs()
    r.charts.show(r.session, BreakoutParams())
    qtbot.wait(200)
    assert not r.w.is_busy(WALK) and not r.w.is_busy(HEATMAP)
    assert r.walk_view.calls == [("set_theme", ("light",))]


def test_the_newest_request_wins_and_the_same_walk_is_not_run_twice(qtbot, rigs):
    r = rigs()
    r.charts.show(r.session, BreakoutParams())
    r.c.set_active(True)
    r.view.set_headline_horizon(30)  # before the first walk is back: it is superseded
    qtbot.waitUntil(lambda: bool(r.walks), timeout=60_000)
    qtbot.wait(300)
    assert len(r.walks) == 1 and r.walks[0]["primary_horizon_days"] == 30
    drawn = len(r.heatmaps)
    r.charts.show(r.session, BreakoutParams())  # the same inputs again
    qtbot.waitUntil(lambda: len(r.heatmaps) > drawn, timeout=20_000)
    qtbot.wait(200)
    assert len(r.walks) == 1 and not r.w.is_busy(WALK)


def test_cancel_stops_the_walk_and_keeps_what_is_shown(qtbot, rigs, monkeypatch):
    from tests.app.apart_tasks import slow_walk

    r = rigs()
    r.charts.show(r.session, BreakoutParams())
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.walks), timeout=60_000)
    monkeypatch.setattr(evidence_controller, "walk_task", slow_walk)
    r.view.set_params(replace(BreakoutParams(), drought_sessions=200))
    qtbot.waitUntil(
        lambda: any(c == WALK and d == 1 for c, d, _ in r.progress[-3:]), timeout=30_000
    )
    r.c.cancel()
    assert not r.w.is_busy(WALK)
    assert "Cancelled" in r.walk_view.last("show_message")[0]
    qtbot.wait(300)
    assert len(r.walks) == 1 and r.c.walk == r.walks[0]
    r.c.run(again=True)  # Run again walks the same inputs after a cancel
    assert r.w.is_busy(WALK)


def test_the_views_draw_what_the_records_say(qtbot, rigs):
    r = rigs(real=True, cycles=3)
    r.charts.show(r.session, BreakoutParams())
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.walks) and bool(r.heatmaps), timeout=60_000)
    record, view = r.walks[0], r.walk_view
    points = record["points"]

    def drawn(name):
        return view.curves[name].getData()[1]

    lags = [np.nan if p["all_lags"] is None else p["all_lags"]["best_lag_days"] for p in points]
    np.testing.assert_array_equal(drawn("all_lags"), lags)
    lead_p = [np.nan if p["lead_30_90"] is None else p["lead_30_90"]["best_lag_p_value"]
              for p in points]  # fmt: skip
    # on the log axis pyqtgraph keeps log10 of the values
    np.testing.assert_allclose(drawn("p_lead"), np.log10(np.clip(lead_p, P_FLOOR, 1)))
    studies = [p["event_study"] for p in points]
    hits = [np.nan if s is None or s["hit_rate"] is None else s["hit_rate"] for s in studies]
    np.testing.assert_array_equal(drawn("hit_rate"), hits)
    said = [label.textItem.toPlainText() for label in view.n_labels]
    last = next(s for s in reversed(studies) if s is not None and s["hit_rate"] is not None)
    assert said[-1].startswith(f"N = {last['n']}")
    assert ("anecdote" in said[-1]) == last["is_anecdote"]
    assert "month ends" in view.bar.text_label.text()
    matrix = r.heatmap_view.drawn_matrix()
    expected = np.array(r.heatmaps[0]["values"], dtype="float64")
    np.testing.assert_array_equal(matrix, expected)
    assert "90 returns" in r.heatmap_view.caption.text()


def test_the_replay_day_cuts_what_is_shown_without_walking_again(qtbot, rigs):
    """The walk is a history of as-of points: the replay shows the points up to the day
    (what it said then) and walks nothing again; the heatmap is judged as of the day."""
    r = rigs()
    r.charts.show(r.session, BreakoutParams())
    r.c.set_active(True)
    qtbot.waitUntil(lambda: bool(r.walks) and bool(r.heatmaps), timeout=60_000)
    walks_run = sum(1 for c, d, _e in r.progress if c == WALK and d == 0)
    whole = r.walks[-1]["points"]
    day = pd.Timestamp(whole[len(whole) // 2]["as_of"])
    r.view.set_as_of(day)
    qtbot.waitUntil(lambda: len(r.heatmaps) == 2, timeout=60_000)
    assert [p["as_of"] for p in r.walks[-1]["points"]] == [
        p["as_of"] for p in whole if pd.Timestamp(p["as_of"]) <= day
    ]
    pair = r.charts.state.prepared.pairs["BTC-USD"]
    np.testing.assert_array_equal(
        r.heatmaps[-1]["values"], heatmap_record(lag_heatmap(pair, day))["values"]
    )
    r.view.set_as_of(None)  # live again: the whole walk, still not walked again
    qtbot.waitUntil(lambda: len(r.heatmaps) == 3, timeout=60_000)
    assert r.walks[-1]["points"] == whole
    assert sum(1 for c, d, _e in r.progress if c == WALK and d == 0) == walks_run
