"""The window's statistics against doubles built from the widgets' Protocols (issue 9,
window part): a change of lag window judges the same draws again (no new bootstrap) and
reaches the plot, the strip and the "Best" button; Best snaps into the window; weekly
sampling computes anew; the headline horizon runs the study again and the slider never
moves its p; the rolling correlation gets its null band; the specification curve runs in
the background with progress and cancel, the newest request winning."""

from __future__ import annotations

import inspect
from functools import partial

import numpy as np
import pytest
from PySide6.QtCore import QObject, QThreadPool

from app.chart_controller import DEBOUNCE_MS
from app.spec_curve_controller import SPEC_CURVE, SpecCurveController
from app.workers import WorkerPool
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, LagWindow
from models.records.snapshot import snapshot_from_view
from models.session.view_state import ViewState
from tests.app.test_chart_controller import (
    Rig,
    _level_rig_session,
    _show_with_events,
    _wait_prepared,
)
from tests.app.widget_doubles import SpecRecorder
from widgets.protocols import SpecCurvePanelView


@pytest.fixture
def rig(qtbot):
    made = Rig(ViewState(scale="index"))
    yield made
    made.close()


def _with_ccf(qtbot, rig: Rig):
    rig.controller.show_session(_level_rig_session())
    _wait_prepared(qtbot, rig.controller)
    qtbot.waitUntil(lambda: rig.controller.state.ccf is not None, timeout=20_000)
    return rig.controller.state.ccf


def _spy_submissions(rig: Rig, monkeypatch) -> dict[str, list]:
    submitted: dict[str, list] = {}
    original = rig.workers.submit

    def spy(channel, task, *arguments, **kw):
        submitted.setdefault(channel, []).append(task)
        return original(channel, task, *arguments, **kw)

    monkeypatch.setattr(rig.workers, "submit", spy)
    return submitted


def test_a_new_window_is_judged_from_the_same_draws(qtbot, rig, monkeypatch):
    computed = _with_ccf(qtbot, rig)
    assert computed.window == ALL_LAGS
    submitted = _spy_submissions(rig, monkeypatch)
    rig.view.set_lag_window(30, 90)
    judged = rig.controller.state.ccf
    assert judged.window == LEAD_30_90 and 30 <= judged.best_lag <= 90
    assert judged.null_t is computed.null_t  # no new bootstrap
    assert judged.p_value == computed.searched(LEAD_30_90).p_value
    assert "chart.ccf" not in submitted
    assert rig.panels.ccf_plot.last("set_ccf") == (judged,)
    assert rig.panels.lag_control.last("set_best_lag") == (judged.best_lag,)
    assert rig.panels.stats_strip.last("set_stats")[3] is judged
    rig.view.set_lag_window(-20, 45)  # a custom window too
    assert rig.controller.state.ccf.window == LagWindow(-20, 45)


def test_best_lag_snaps_into_the_window_searched(qtbot, rig):
    _with_ccf(qtbot, rig)
    rig.view.set_lag_window(30, 90)
    rig.controller.snap_to_best_lag()
    assert rig.view.state.lag_days == rig.controller.state.ccf.best_lag
    assert 30 <= rig.view.state.lag_days <= 90


def test_a_window_chosen_while_the_ccf_computes_judges_it_on_arrival(qtbot, rig):
    rig.view.set_lag_window(30, 90)
    computed = _with_ccf(qtbot, rig)
    assert computed.window == LEAD_30_90


def test_weekly_sampling_computes_the_ccf_again(qtbot, rig, monkeypatch):
    _with_ccf(qtbot, rig)
    submitted = _spy_submissions(rig, monkeypatch)
    rig.view.set_sampling("weekly")
    assert len(submitted["chart.ccf"]) == 1
    assert rig.panels.stats_strip.last("set_busy") == (True,)
    qtbot.waitUntil(lambda: rig.controller.state.ccf.sampling == "weekly", timeout=20_000)
    assert rig.controller.state.ccf.caveat


def test_the_headline_horizon_runs_the_study_again_and_the_slider_cannot_move_it(qtbot, rig):
    _show_with_events(qtbot, rig, _level_rig_session())
    qtbot.waitUntil(lambda: rig.controller.state.study is not None, timeout=20_000)
    assert rig.controller.state.study.primary_horizon == 90
    rig.view.set_headline_horizon(60)
    qtbot.waitUntil(lambda: rig.controller.state.study.primary_horizon == 60, timeout=20_000)
    before = rig.controller.state.study
    rig.view.set_lag(120)
    qtbot.wait(DEBOUNCE_MS + 50)
    qtbot.waitUntil(lambda: rig.controller.state.study.current_lag == 120, timeout=20_000)
    after = rig.controller.state.study
    assert after.primary_horizon == 60
    assert after.placebo_p_value == before.placebo_p_value
    assert after.family_p_value == before.family_p_value
    assert rig.panels.event_study_view.last("set_result") == (after,)


def test_the_rolling_correlation_gets_its_null_band(qtbot, rig):
    rig.controller.show_session(_level_rig_session())
    _wait_prepared(qtbot, rig.controller)
    (half,) = rig.chart.last("correlation.set_null_band")
    assert half == pytest.approx(1.96 / np.sqrt(90), rel=1e-3)


def test_an_export_states_the_window_and_headline_of_the_view(qtbot, rig):
    _show_with_events(qtbot, rig, _level_rig_session())
    qtbot.waitUntil(lambda: rig.controller.state.ccf is not None, timeout=20_000)
    rig.view.set_lag_window(30, 90)
    rig.view.set_headline_horizon(180)
    snapshot = rig.controller.export_snapshot()
    assert snapshot.lag_window == LEAD_30_90 and snapshot.ccf.window == LEAD_30_90
    assert snapshot.headline_horizon == 180
    assert snapshot.study is None or snapshot.study.primary_horizon == 180
    again = snapshot_from_view(rig.view.state, rig.controller.state)
    assert again.ccf.p_value == snapshot.ccf.p_value


# --- the specification curve ---------------------------------------------------------------


class SpecRig:
    """A spec-curve controller on a recording panel double and its own pool."""

    def __init__(self) -> None:
        self.workers = WorkerPool(QThreadPool())
        self.view = SpecRecorder(SpecCurvePanelView)
        self.controller = SpecCurveController(self.view, self.workers)

    def close(self) -> None:
        self.workers.wait_for_done(20_000)
        self.controller.deleteLater()


@pytest.fixture
def spec(qtbot):
    made = SpecRig()
    yield made
    made.close()


def _prepared():
    import models.session.prepared as analysis
    from models.analysis.breakouts import BreakoutParams

    return analysis.prepare(_level_rig_session(), BreakoutParams())


def test_the_spec_curve_runs_in_the_background_with_progress(qtbot, spec):
    spec.controller.show_session(_prepared())
    assert spec.view.last("set_ready") == ("BTC/USDT",)
    spec.controller.run()
    assert spec.view.last("set_running") == (True,)
    qtbot.waitUntil(lambda: spec.view.count("set_result") == 1, timeout=60_000)
    (result,) = spec.view.last("set_result")
    assert result.n_specs == 500 and set(result.specs["coin"]) == {"BTC/USDT"}
    progress = [args for name, args in spec.view.calls if name == "set_progress"]
    assert progress and progress[-1][1] == 100 and progress[-1][0] <= 100


def test_the_spec_curve_can_be_cancelled_and_a_new_session_supersedes_it(qtbot, spec):
    prepared = _prepared()
    spec.controller.show_session(prepared)
    spec.controller.run()
    spec.controller.cancel()
    assert spec.view.last("set_cancelled") == ()
    assert not spec.workers.is_busy(SPEC_CURVE)
    spec.controller.run()
    spec.controller.show_session(prepared)  # another session: the sweep is stale
    assert not spec.workers.is_busy(SPEC_CURVE)
    spec.workers.wait_for_done(60_000)
    qtbot.wait(50)
    assert spec.view.count("set_result") == 0


def test_the_spec_curve_task_is_a_plain_function(spec, monkeypatch):
    submitted = []
    monkeypatch.setattr(spec.workers, "submit", lambda channel, task: submitted.append(task))
    spec.controller.show_session(_prepared())
    spec.controller.run()
    (task,) = submitted
    assert isinstance(task, partial) and inspect.isfunction(task.func)
    assert not any(isinstance(a, QObject) for a in task.args)
