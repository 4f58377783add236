"""The composed window with a fake repository: session shown, lag steps, wrong symbols,
the empty-cache banner and demo, theme switch, settings persisted on close."""

from __future__ import annotations

import argparse

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.bootstrap import build_window
from app.main_window import TITLE
from app.settings import SettingsStore, open_qsettings
from tests.app.fakes import FakeRepository, synthetic_frame


def _cache() -> dict:
    return {
        "^RUT": synthetic_frame("2019-01-01", 900, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 1300, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-01-01", 1300, False, seed=5),
    }


def _start(window) -> None:
    """build_window already asked for the stored selection; ask again, as a user might."""
    s = window.view_state.state
    window.data.select(s.equity, list(s.crypto), s.exchange)


def _wait_for_chart(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=10_000)


def test_cached_session_is_charted(qtbot, make_window):
    window = make_window(_cache())
    assert window.windowTitle() == TITLE
    _start(window)
    _wait_for_chart(qtbot, window)
    state = window.charts.state
    assert state.session.equity.instrument.symbol == "^RUT"
    assert set(window.chart.crypto.curves) == {"BTC/USDT", "ETH/USDT"}
    assert "BTC/USDT" in window.status.series_label.text()
    assert "cached" in window.status.series_label.text()
    assert window.banner.isHidden()


def test_lag_step_moves_chart_stats_and_marker(qtbot, make_window):
    window = make_window(_cache())
    _start(window)
    _wait_for_chart(qtbot, window)
    window.panels.lag_control.lag_changed.emit(30)
    assert window.chart.crypto.lag_days == 30
    assert window.panels.ccf_plot.marker_lag() == 30
    assert "+30" in window.panels.stats_strip.text()
    correlation = window.charts.state.prepared.stats.at(30).correlation
    assert window.charts.state.correlation_at(30) == correlation
    assert window.view_state.state.lag_days == 30


def test_wrong_symbol_keeps_the_chart(qtbot, make_window):
    window = make_window(_cache())
    _start(window)
    _wait_for_chart(qtbot, window)
    shown = window.charts.state.session
    window.symbol_picker.selection_changed.emit("not a ticker!", ["BTC/USDT"], "")
    assert "not a Yahoo ticker" in window.symbol_picker.error_text()
    qtbot.wait(100)
    assert window.charts.state.session is shown
    assert window.data.selection.equity.symbol == "^RUT"


def test_offline_empty_cache_shows_banner_then_demo(qtbot, make_window):
    window = make_window({})
    _start(window)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert "nothing cached" in window.banner.message_label.text()
    qtbot.mouseClick(window.banner.demo_button, Qt.MouseButton.LeftButton)
    _wait_for_chart(qtbot, window)
    assert window.charts.state.session.is_demo
    assert window.banner.isHidden()
    assert "synthetic" in window.status.series_label.text()


def test_theme_switch_reaches_the_chart(qtbot, make_window):
    window = make_window(_cache())
    window.apply_theme("light")
    window.toggle_theme()
    assert window.chart.theme == "dark" and window.view_state.state.theme == "dark"
    window.toggle_theme()
    assert window.chart.theme == "light"


def test_breakout_click_zooms_around_the_event(qtbot, make_window):
    window = make_window(_cache())
    _start(window)
    _wait_for_chart(qtbot, window)
    event = type("Event", (), {})()
    event.band_start, event.band_end = pd.Timestamp("2020-03-02"), pd.Timestamp("2020-06-01")
    window.charts.zoom_to_event(event)
    start, end = window.chart.visible_range()
    shown = pd.to_datetime([start, end], unit="D")
    assert shown[0] <= event.band_start and shown[1] >= event.band_end
    assert (shown[1] - shown[0]).days < 400


def test_settings_and_layout_persist_on_close(qtbot, make_window):
    window = make_window(_cache())
    _start(window)
    _wait_for_chart(qtbot, window)
    window.panels.lag_control.lag_changed.emit(-21)
    window.toolbar.scale_box.setCurrentIndex(window.toolbar.scale_box.findData("percent"))
    window.toolbar.pane_actions["volume"].setChecked(False)
    window.close()
    stored = SettingsStore(open_qsettings())
    loaded = stored.load()
    assert (loaded.lag_days, loaded.scale, loaded.pane_shown("volume")) == (-21, "percent", False)
    assert (loaded.equity, loaded.crypto) == ("^RUT", ("BTC/USDT", "ETH/USDT"))
    geometry, state = stored.window_layout()
    assert geometry is not None and state is not None


def test_settings_are_written_while_the_window_is_open(qtbot, make_window):
    window = make_window(_cache())
    _start(window)
    _wait_for_chart(qtbot, window)
    window.panels.ccf_plot.lag_clicked.emit(33)
    window.toolbar.log_action.setChecked(not window.toolbar.log_action.isChecked())
    wanted = (33, window.view_state.state.equity_log)
    qtbot.waitUntil(
        lambda: (
            (lambda s: (s.lag_days, s.equity_log))(SettingsStore(open_qsettings()).load()) == wanted
        ),
        timeout=3000,
    )
    assert window.isVisible()  # written while open, not on close
    assert window.panels.lag_control.lag() == 33  # the slider follows the view state


def test_pan_and_zoom_survive_a_refresh_that_only_adds_bars(qtbot, make_window):
    cached = {
        "^RUT": synthetic_frame("2019-01-01", 300, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 400, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-01-01", 400, False, seed=5),
    }
    online = argparse.Namespace(offline=False, cache_dir=None, demo=False, imports=[])
    window = make_window(cached, online)
    _wait_for_chart(qtbot, window)
    first = window.charts.state.session
    window.chart.zoom_to("2019-05-06", "2019-09-02")
    zoomed = window.chart.visible_range()
    window.data.refresh()  # the fake source returns the cached bars and a year more
    qtbot.waitUntil(lambda: window.charts.state.session is not first, timeout=10_000)
    refreshed = window.charts.state.session
    assert refreshed.equity.rows > first.equity.rows
    qtbot.wait(400)  # a re-anchor after the new session would have run
    assert window.chart.visible_range() == pytest.approx(zoomed)
    assert window.view_state.state.visible[0] == pd.Timestamp("2019-05-06")
    # a coin removed keeps the dates in view too (the same equity, fewer lines)
    window.data.select("^RUT", ["BTC/USDT"], "")
    qtbot.waitUntil(lambda: set(window.chart.crypto.curves) == {"BTC/USDT"}, timeout=10_000)
    assert window.chart.visible_range() == pytest.approx(zoomed)
    # another equity opens on its own span
    window.data.select("IWM", ["BTC/USDT"], "")
    qtbot.waitUntil(
        lambda: window.charts.state.session.equity.instrument.symbol == "IWM", timeout=10_000
    )
    assert window.chart.visible_range() != pytest.approx(zoomed)
    # online, the data controller would refresh again after this test (it has no parent)
    window.workers.wait_for_done(10_000)
    QCoreApplication.processEvents()
    window.data.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_bad_import_option_is_reported_in_the_status_bar(qtbot):
    args = argparse.Namespace(offline=True, cache_dir=None, demo=False, imports=["no-equals-sign"])
    window, workers = build_window(args, repository=FakeRepository(_cache()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "SYMBOL=FILE" in window.status.error_label.text(), timeout=5000)
    workers.wait_for_done(10_000)
