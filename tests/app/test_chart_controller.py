"""ChartController against recording doubles: stale sessions dropped, live lag updates,
re-detection on new parameters, percent re-anchored when the slider rests, the "At lag"
column, one common anchor, the statistics' subject and the level rule's line."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

import models.session.prepared as analysis
from app.chart_controller import DEBOUNCE_MS, ChartController, Panels
from app.settings import AppSettings
from app.workers import WorkerPool
from models.analysis.breakouts import BreakoutParams
from models.analysis.normalise import anchor_value
from models.market.instruments import load_catalogue
from models.session.session import Session
from tests.app.fakes import series_for, synthetic_frame

CATALOGUE = load_catalogue()


class Recorder:
    """Accepts any method call and remembers it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple]] = []

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self.calls.append((name, args))

    def last(self, name: str) -> tuple:
        return [args for n, args in self.calls if n == name][-1]

    def count(self, name: str) -> int:
        return sum(1 for n, _ in self.calls if n == name)


class RecordingChart(QObject):
    range_changed = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.recorder = Recorder()

    def __getattr__(self, name):
        return getattr(self.__dict__["recorder"], name)


def _session(label_seed: int) -> Session:
    equity = series_for(
        CATALOGUE.resolve("^RUT"), synthetic_frame("2019-01-01", 700, True, seed=label_seed), True
    )
    btc = series_for(
        CATALOGUE.resolve("BTC/USDT"), synthetic_frame("2019-01-01", 1000, False, seed=9), True
    )
    return Session(equity, [btc], "cache")


@pytest.fixture
def rig(qtbot):
    workers = WorkerPool(QThreadPool())
    chart = RecordingChart()
    panels = Panels(*(Recorder() for _ in range(6)))
    controller = ChartController(chart, panels, workers, AppSettings(scale="index"))
    yield controller, chart.recorder, panels
    workers.wait_for_done(10_000)
    # Delete the controller (and its timers) here, on the GUI thread: left to the cyclic
    # garbage collector it may be destroyed on a pool thread, leaving its timers
    # registered with this thread's event loop, which then fires into freed memory.
    controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait_prepared(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: controller.state.prepared is not None, timeout=10_000)


def test_only_the_newest_session_is_applied(qtbot, rig):
    controller, chart, _ = rig
    first, second = _session(1), _session(2)
    controller.show_session(first)
    controller.show_session(second)
    _wait_prepared(qtbot, controller)
    qtbot.wait(100)
    assert controller.state.session is second
    assert chart.count("set_equity") == 1
    assert chart.last("set_equity")[0] is second.equity.frame


def test_lag_step_updates_chart_stats_and_marker_live(qtbot, rig):
    controller, chart, panels = rig
    controller.show_session(_session(1))
    _wait_prepared(qtbot, controller)
    controller.set_lag(40)
    lag, factors = chart.last("set_lag")
    prepared = controller.state.prepared
    overlay = prepared.overlays[0]
    expected = anchor_value(overlay.close, overlay.dates, prepared.anchor_date, 0) / anchor_value(
        overlay.close, overlay.dates, prepared.anchor_date, 40
    )
    assert lag == 40 and factors["BTC/USDT"] == pytest.approx(expected)
    assert panels.ccf_plot.last("set_marker") == (40,)
    corr, n, _best, _p, shown_lag = panels.stats_strip.last("set_stats")
    assert shown_lag == 40
    assert (corr, n) == (
        prepared.stats.at(40).correlation.correlation,
        prepared.stats.at(40).correlation.n,
    )


def test_new_detector_parameters_redetect_on_a_worker(qtbot, rig):
    controller, chart, _ = rig
    controller.show_session(_session(1))
    _wait_prepared(qtbot, controller)
    level = float(controller.state.session.equity.frame["close"].median())
    params = BreakoutParams(rule="level", level=level)
    controller.set_params(params)
    qtbot.waitUntil(lambda: controller.state.breakouts.params == params, timeout=10_000)
    events = chart.last("set_breakouts")[0]
    assert events == controller.state.breakouts.events
    assert all(e.rule == "level" for e in events)


def test_percent_scale_is_reanchored_when_the_slider_rests(qtbot, rig):
    controller, chart, _ = rig
    controller.show_session(_session(1))
    _wait_prepared(qtbot, controller)
    controller.set_scale("percent")
    before = chart.count("set_overlays")
    controller.set_lag(60)
    assert chart.last("set_lag")[1]["BTC/USDT"] == 1.0  # percent is not a pure rescale
    qtbot.waitUntil(lambda: chart.count("set_overlays") > before, timeout=3000)
    overlays, scale, _ghost = chart.last("set_overlays")
    prepared = controller.state.prepared
    expected = analysis.scaled_values(prepared, "percent", prepared.anchor_date, 60)["BTC/USDT"]
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


def _show_with_events(qtbot, controller, session: Session) -> None:
    controller.show_session(session)
    _wait_prepared(qtbot, controller)
    params = _level_params(session)
    controller.set_params(params)
    qtbot.waitUntil(lambda: controller.state.breakouts.params == params, timeout=10_000)
    assert controller.state.breakouts.events


def test_breakout_table_gets_the_crypto_return_at_the_current_lag(qtbot, rig):
    controller, _chart, panels = rig
    session = _level_rig_session()
    _show_with_events(qtbot, controller, session)
    controller.set_lag(60)
    qtbot.wait(DEBOUNCE_MS + 100)  # the slider rests; the event study may replace the rows
    qtbot.waitUntil(lambda: controller.state.study is not None, timeout=10_000)
    lag, returns = panels.breakout_table.last("set_current_lag_returns")
    assert lag == 60
    close = session.crypto[0].frame["close"]
    checked = 0
    for event in controller.state.breakouts.events:
        later = pd.Timestamp(event.date) + pd.Timedelta(days=60)
        if later in close.index:
            assert returns[event.date] == pytest.approx(close[later] / close[event.date] - 1)
            checked += 1
    assert checked >= 1
    # after the study's rows replaced the table's, the "At lag" column was sent again
    names = [name for name, _ in panels.breakout_table.calls]
    assert names[-1] == "set_current_lag_returns"


def test_a_late_series_is_based_on_the_same_date_as_the_others_at_a_negative_lag(qtbot):
    workers = WorkerPool(QThreadPool())
    chart = RecordingChart()
    panels = Panels(*(Recorder() for _ in range(6)))
    controller = ChartController(chart, panels, workers, AppSettings(scale="index", lag_days=-60))
    try:
        eth = series_for(
            CATALOGUE.resolve("ETH/USDT"), synthetic_frame("2019-08-01", 700, False, seed=4), True
        )
        controller.show_session(_level_rig_session(extra=[eth]))
        _wait_prepared(qtbot, controller)
        _assert_all_based_at(chart.recorder, pd.Timestamp("2019-08-01") + pd.Timedelta(days=60))
        # a further step first rescales, then (slider at rest) re-bases every line and
        # the ghost on the first date where all of them have a bar at this lag
        before = chart.recorder.count("set_overlays")
        controller.set_lag(-120)
        _assert_all_based_at(chart.recorder, pd.Timestamp("2019-08-01") + pd.Timedelta(days=120))
        qtbot.waitUntil(lambda: chart.recorder.count("set_overlays") > before, timeout=3000)
        anchor = pd.Timestamp("2019-08-01") + pd.Timedelta(days=120)
        _assert_all_based_at(chart.recorder, anchor)
        ghost = chart.recorder.last("set_overlays")[2]
        at = np.flatnonzero(ghost.dates >= np.datetime64(anchor.date()))[0]
        assert ghost.values[at] == pytest.approx(100.0)
    finally:
        workers.wait_for_done(10_000)
        controller.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _assert_all_based_at(chart, anchor: pd.Timestamp) -> None:
    """Every crypto line, as drawn at its lag, reads 100 at ``anchor``."""
    overlays, scale, _ghost = chart.last("set_overlays")
    lag, factors = chart.last("set_lag")
    assert scale == "index"
    for overlay in overlays:
        dates = pd.DatetimeIndex(overlay.dates)
        drawn = np.asarray(overlay.values) * factors[overlay.key]
        assert anchor_value(drawn, dates, anchor, lag) == pytest.approx(100.0), overlay.key
        assert anchor + pd.Timedelta(days=lag) >= dates[0]


def test_statistics_and_event_study_name_their_crypto(qtbot, rig):
    controller, _chart, panels = rig
    session = _level_rig_session(crypto_start="2020-06-01")
    _show_with_events(qtbot, controller, session)
    qtbot.waitUntil(lambda: controller.state.study is not None, timeout=10_000)
    (tip,) = panels.stats_strip.last("setToolTip")
    assert "BTC/USDT vs ^RUT" in tip
    events = controller.state.breakouts.events
    missing = sum(1 for e in events if e.date < pd.Timestamp("2020-06-01"))
    assert missing and controller.state.study.n_events == len(events) - missing
    (title,) = panels.event_study_view.last("setToolTip")
    assert title.startswith("BTC/USDT after ^RUT breakouts")
    assert f"{missing} before BTC/USDT data, not counted" in title


def test_level_rule_draws_the_level_not_the_all_time_high(qtbot, rig):
    controller, chart, _ = rig
    session = _level_rig_session()
    _show_with_events(qtbot, controller, session)
    (line,) = chart.last("set_ath_line")
    level = _level_params(session).level
    assert len(line) == len(session.equity.frame)
    assert_allclose(line.to_numpy(), level)


def test_zero_volume_without_a_proxy_labels_the_volume_pane(qtbot, rig):
    controller, chart, _ = rig
    session = _level_rig_session()
    session.equity.frame["volume"] = 0.0
    controller.show_session(session)
    _wait_prepared(qtbot, controller)
    _volume, threshold, label = chart.last("set_volume")
    assert label == "no usable volume; import IWM to use it as a proxy"
    assert threshold is None
