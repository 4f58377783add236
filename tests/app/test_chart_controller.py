"""ChartController against doubles built from the widgets' Protocols: stale sessions
dropped, live lag updates, re-detection on new parameters, percent re-anchored when the
slider rests, the "At lag" column, one common anchor, the statistics' subject and
target, the level rule's line, worker tasks that capture no QObject, and a renamed
widget method failing the test."""

from __future__ import annotations

import inspect
from functools import partial
from typing import Protocol

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool

import models.session.prepared as analysis
from app.chart_controller import DEBOUNCE_MS, ChartController
from app.presenter_panels import PanelsPresenter
from app.view_state import ViewStateOwner
from app.workers import WorkerPool
from models.analysis.breakouts import BreakoutParams
from models.analysis.leadlag import LagStatsCache
from models.analysis.normalise import anchor_value
from models.market.instruments import load_catalogue
from models.session import scales
from models.session.session import Session
from models.session.shown import ShownAnalysis
from models.session.view_state import ViewState
from models.vocabulary import ROLLING_WINDOW
from tests.app.fakes import series_for, synthetic_frame
from tests.app.widget_doubles import SpecRecorder, recording_chart, recording_panels
from widgets.protocols import HasToolTip

CATALOGUE = load_catalogue()


class Rig:
    """A controller on recording doubles, with its view state's owner and workers."""

    def __init__(self, state: ViewState, panels=None) -> None:
        self.workers = WorkerPool(QThreadPool())
        self.chart = recording_chart()
        self.panels = panels or recording_panels()
        self.view = ViewStateOwner(state)
        self.controller = ChartController(self.chart, self.panels, self.workers, self.view)

    def close(self) -> None:
        self.workers.wait_for_done(10_000)
        # Delete the controller (and its timers) here, on the GUI thread: left to the
        # cyclic garbage collector it may be destroyed on a pool thread, leaving its timers
        # registered with this thread's event loop, which then fires into freed memory.
        self.controller.deleteLater()
        self.view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def rig(qtbot):
    made = Rig(ViewState(scale="index"))
    yield made
    made.close()


def _session(label_seed: int) -> Session:
    equity = series_for(
        CATALOGUE.resolve("^RUT"), synthetic_frame("2019-01-01", 700, True, seed=label_seed), True
    )
    btc = series_for(
        CATALOGUE.resolve("BTC/USDT"), synthetic_frame("2019-01-01", 1000, False, seed=9), True
    )
    return Session(equity, [btc], "cache")


def _wait_prepared(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: controller.state.prepared is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.panels_pending)  # the panels follow the chart


def test_only_the_newest_session_is_applied(qtbot, rig):
    first, second = _session(1), _session(2)
    rig.controller.show_session(first)
    rig.controller.show_session(second)
    _wait_prepared(qtbot, rig.controller)
    qtbot.wait(100)
    assert rig.controller.state.session is second
    assert rig.chart.count("equity.set_bars") == 1
    assert rig.chart.last("equity.set_bars")[0] is second.equity.frame


def test_lag_step_updates_chart_stats_and_marker_live(qtbot, rig):
    rig.controller.show_session(_session(1))
    _wait_prepared(qtbot, rig.controller)
    rig.view.set_lag(40)
    lag, factors = rig.chart.last("crypto.set_lag")
    prepared = rig.controller.state.prepared
    overlay = prepared.overlays[0]
    expected = anchor_value(overlay.close, overlay.dates, prepared.anchor_date, 0) / anchor_value(
        overlay.close, overlay.dates, prepared.anchor_date, 40
    )
    assert lag == 40 and factors["BTC/USDT"] == pytest.approx(expected)
    assert rig.panels.ccf_plot.last("set_marker") == (40,)
    corr, n, shown_lag, _ccf = rig.panels.stats_strip.last("set_stats")
    assert shown_lag == 40
    assert (corr, n) == (
        prepared.stats.at(40).correlation.correlation,
        prepared.stats.at(40).correlation.n,
    )


def test_new_detector_parameters_redetect_on_a_worker(qtbot, rig):
    rig.controller.show_session(_session(1))
    _wait_prepared(qtbot, rig.controller)
    level = float(rig.controller.state.session.equity.frame["close"].median())
    params = BreakoutParams(rule="level", level=level)
    rig.view.set_params(params)
    qtbot.waitUntil(lambda: rig.controller.state.breakouts.params == params, timeout=10_000)
    events = rig.chart.last("equity.set_breakouts")[0]
    assert events == rig.controller.state.breakouts.events
    assert all(e.rule == "level" for e in events)


def test_percent_scale_is_reanchored_when_the_slider_rests(qtbot, rig):
    rig.controller.show_session(_session(1))
    _wait_prepared(qtbot, rig.controller)
    rig.view.set_scale("percent")
    before = rig.chart.count("crypto.set_overlays")
    rig.view.set_lag(60)
    assert rig.chart.last("crypto.set_lag")[1]["BTC/USDT"] == 1.0  # not a pure rescale
    qtbot.waitUntil(lambda: rig.chart.count("crypto.set_overlays") > before, timeout=3000)
    overlays, scale, _ghost = rig.chart.last("crypto.set_overlays")
    prepared = rig.controller.state.prepared
    expected = scales.scaled_values(prepared, "percent", prepared.anchor_date, 60)["BTC/USDT"]
    assert scale == "percent"
    assert_allclose(overlays[0].values, expected)


def _level_rig_session(crypto_start: str = "2019-01-01", extra=()) -> Session:
    equity = series_for(
        CATALOGUE.resolve("^RUT"), synthetic_frame("2019-01-01", 700, True, seed=3), True
    )
    btc = series_for(
        CATALOGUE.resolve("BTC/USDT"), synthetic_frame(crypto_start, 1000, False, seed=9), True
    )
    return Session(equity, [btc, *extra], "cache")


def _level_params(session: Session) -> BreakoutParams:
    level = float(session.equity.frame["close"].median())
    return BreakoutParams(rule="level", level=level, hold_sessions=0, cooldown_sessions=20)


def _show_with_events(qtbot, rig: Rig, session: Session) -> None:
    rig.controller.show_session(session)
    _wait_prepared(qtbot, rig.controller)
    params = _level_params(session)
    rig.view.set_params(params)
    qtbot.waitUntil(lambda: rig.controller.state.breakouts.params == params, timeout=10_000)
    assert rig.controller.state.breakouts.events


def test_breakout_table_gets_the_crypto_return_at_the_current_lag(qtbot, rig):
    session = _level_rig_session()
    _show_with_events(qtbot, rig, session)
    rig.view.set_lag(60)
    qtbot.wait(DEBOUNCE_MS + 100)  # the slider rests; the event study may replace the rows
    qtbot.waitUntil(lambda: rig.controller.state.study is not None, timeout=10_000)
    table = rig.panels.breakout_table
    lag, returns = table.last("set_current_lag_returns")
    assert lag == 60
    close = session.crypto[0].frame["close"]
    checked = 0
    for event in rig.controller.state.breakouts.events:
        later = pd.Timestamp(event.date) + pd.Timedelta(days=60)
        if later in close.index:
            assert returns[event.date] == pytest.approx(close[later] / close[event.date] - 1)
            checked += 1
    assert checked >= 1
    # after the study's rows replaced the table's, the "At lag" column was sent again
    assert table.names()[-1] == "set_current_lag_returns"


def test_a_late_series_is_based_on_the_same_date_as_the_others_at_a_negative_lag(qtbot):
    rig = Rig(ViewState(scale="index", lag_days=-60))
    try:
        eth = series_for(
            CATALOGUE.resolve("ETH/USDT"), synthetic_frame("2019-08-01", 700, False, seed=4), True
        )
        rig.controller.show_session(_level_rig_session(extra=[eth]))
        _wait_prepared(qtbot, rig.controller)
        _assert_all_based_at(rig.chart, pd.Timestamp("2019-08-01") + pd.Timedelta(days=60))
        # a further step first rescales, then (slider at rest) re-bases every line and
        # the ghost on the first date where all of them have a bar at this lag
        before = rig.chart.count("crypto.set_overlays")
        rig.view.set_lag(-120)
        anchor = pd.Timestamp("2019-08-01") + pd.Timedelta(days=120)
        _assert_all_based_at(rig.chart, anchor)
        qtbot.waitUntil(lambda: rig.chart.count("crypto.set_overlays") > before, timeout=3000)
        _assert_all_based_at(rig.chart, anchor)
        ghost = rig.chart.last("crypto.set_overlays")[2]
        at = np.flatnonzero(ghost.dates >= np.datetime64(anchor.date()))[0]
        assert ghost.values[at] == pytest.approx(100.0)
    finally:
        rig.close()


def _assert_all_based_at(chart, anchor: pd.Timestamp) -> None:
    """Every crypto line, as drawn at its lag, reads 100 at ``anchor``."""
    overlays, scale, _ghost = chart.last("crypto.set_overlays")
    lag, factors = chart.last("crypto.set_lag")
    assert scale == "index"
    for overlay in overlays:
        dates = pd.DatetimeIndex(overlay.dates)
        drawn = np.asarray(overlay.values) * factors[overlay.key]
        assert anchor_value(drawn, dates, anchor, lag) == pytest.approx(100.0), overlay.key
        assert anchor + pd.Timedelta(days=lag) >= dates[0]


def test_statistics_and_event_study_name_their_crypto(qtbot, rig):
    session = _level_rig_session(crypto_start="2020-06-01")
    _show_with_events(qtbot, rig, session)
    qtbot.waitUntil(lambda: rig.controller.state.study is not None, timeout=10_000)
    (tip,) = rig.panels.stats_strip.last("setToolTip")
    assert "BTC/USDT vs ^RUT" in tip
    assert rig.panels.ccf_plot.last("set_title") == ("BTC/USDT vs ^RUT",)
    events = rig.controller.state.breakouts.events
    missing = sum(1 for e in events if e.date < pd.Timestamp("2020-06-01"))
    assert missing and rig.controller.state.study.n_events == len(events) - missing
    (title,) = rig.panels.event_study_view.last("setToolTip")
    assert title.startswith("BTC/USDT after ^RUT breakouts")
    assert f"{missing} before BTC/USDT data, not counted" in title


def test_the_statistics_target_chooses_the_crypto_they_describe(qtbot, rig):
    eth = series_for(
        CATALOGUE.resolve("ETH/USDT"), synthetic_frame("2019-03-01", 900, False, seed=4), True
    )
    rig.controller.show_session(_level_rig_session(extra=[eth]))
    _wait_prepared(qtbot, rig.controller)
    assert rig.controller.state.prepared.primary_key == "BTC/USDT"  # the first, by default
    rig.view.set_statistics_target("ETH/USDT")
    qtbot.waitUntil(lambda: rig.controller.state.prepared.primary_key == "ETH/USDT", timeout=10_000)
    qtbot.waitUntil(lambda: not rig.controller.panels_pending)
    prepared = rig.controller.state.prepared
    eth_stats = LagStatsCache(prepared.pairs["ETH/USDT"], ROLLING_WINDOW)
    assert prepared.stats.at(10).correlation == eth_stats.at(10).correlation
    (tip,) = rig.panels.stats_strip.last("setToolTip")
    assert "ETH/USDT vs ^RUT" in tip


def test_level_rule_draws_the_level_not_the_all_time_high(qtbot, rig):
    session = _level_rig_session()
    _show_with_events(qtbot, rig, session)
    (line,) = rig.chart.last("equity.set_reference_line")
    level = _level_params(session).level
    assert len(line) == len(session.equity.frame)
    assert_allclose(line.to_numpy(), level)


def test_zero_volume_without_a_proxy_labels_the_volume_pane(qtbot, rig):
    session = _level_rig_session()
    session.equity.frame["volume"] = 0.0
    rig.controller.show_session(session)
    _wait_prepared(qtbot, rig.controller)
    _volume, threshold, label = rig.chart.last("volume.set_volume")
    assert label == "No usable volume: import IWM to use its volume instead"
    assert threshold is None


def test_worker_tasks_are_plain_functions_capturing_no_qobject(qtbot, rig, monkeypatch):
    submitted = {}
    original = rig.workers.submit

    def spy(channel, task, **options):
        submitted.setdefault(channel, []).append(task)
        return original(channel, task, **options)

    monkeypatch.setattr(rig.workers, "submit", spy)
    _show_with_events(qtbot, rig, _level_rig_session())
    rig.view.set_lag(30)
    qtbot.waitUntil(lambda: rig.controller.state.ccf is not None, timeout=10_000)
    assert set(submitted) == {"chart.prepare", "chart.detect", "chart.ccf", "chart.study"}
    for task in (t for tasks in submitted.values() for t in tasks):
        assert isinstance(task, partial) and inspect.isfunction(task.func)
        assert task.func.__module__ == "app.chart_tasks"  # the controller's tasks
        assert not inspect.getclosurevars(task.func).nonlocals
        assert not any(isinstance(a, QObject) for a in (*task.args, *task.keywords.values()))


class RenamedStatsStrip(HasToolTip, Protocol):
    """``StatsStripView`` as it would read after renaming ``set_stats`` to ``show_stats``."""

    def show_stats(self, correlation, n, best_lag, p_value, lag_days) -> None: ...

    def set_busy(self, busy: bool) -> None: ...

    def set_demo(self, on: bool) -> None: ...


def test_a_double_refuses_what_its_protocol_lacks():
    strip = SpecRecorder(RenamedStatsStrip)
    with pytest.raises(AttributeError, match="set_stats"):
        strip.set_stats(0.1, 10, None, None, 0)
    strip.show_stats(0.1, 10, None, None, 0)
    with pytest.raises(TypeError):
        strip.show_stats(0.1)  # the signature is checked too
    assert strip.names() == ["show_stats"]


def test_renaming_a_widget_method_fails_the_presenter(qtbot):
    # the widget (and its Protocol) renamed set_stats; the presenter still calls it
    presenter = PanelsPresenter(recording_panels(stats_strip=RenamedStatsStrip))
    prepared = analysis.prepare(_session(1), BreakoutParams())
    with pytest.raises(AttributeError, match="set_stats"):
        presenter.show_session(ShownAnalysis.of(prepared), 0)
    presenter.deleteLater()
