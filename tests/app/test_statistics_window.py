"""The statistics in the window, composed on the demo: at 1280x720 in English, Russian and
Vietnamese the window keeps its size, the statistics strip shows its figures whole
(wrapped, not clipped) and the cross-correlation plot keeps room to read; the event study
and the specification curve speak the UI language (no English word left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from app.settings import SettingsStore, open_qsettings
from models.analysis.lag_window import LEAD_30_90, LagWindow
from models.session.view_state import ViewState
from tests.app.test_no_english_left import english_left, visible_texts
from tests.conftest import DEMO_ARGS
from widgets.shortcuts import key_for


def _statistics_shown(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.charts.state.ccf is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.charts.state.study is not None, timeout=30_000)
    QCoreApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "ru", "vi"])
def test_the_statistics_fit_at_1280x720(qtbot, make_window, translated, language):
    translated(language)
    window = make_window({}, DEMO_ARGS, size=(1280, 720))
    _statistics_shown(qtbot, window)
    window.view_state.set_lag_window(30, 90)  # the longest window name
    qtbot.waitUntil(lambda: window.height() == 720, timeout=2000)
    assert window.minimumSizeHint().height() <= 720
    strip = window.panels.stats_strip
    qtbot.waitUntil(strip.text_fits, timeout=2000)
    assert "30" in strip.text() and "90" in strip.text()
    view = window.panels.ccf_plot.plot_item().getViewBox()
    assert view.height() >= 50 and view.width() >= 200


@pytest.mark.parametrize("language", ["ru", "vi"])
def test_the_event_study_and_the_spec_curve_speak_the_language(
    qtbot, make_window, translated, language
):
    translated(language)
    window = make_window({}, DEMO_ARGS, size=(1920, 1080))
    _statistics_shown(qtbot, window)
    window.docks["study"].raise_()
    QCoreApplication.processEvents()
    texts = visible_texts(window)
    assert window.panels.event_study_view.summary() in texts
    assert english_left(texts, language) == {}
    window.study_tabs.setCurrentIndex(1)
    window.spec_curve.run()
    view = window.spec_curve_view
    qtbot.waitUntil(lambda: view.shares() != "", timeout=120_000)
    QCoreApplication.processEvents()
    texts = visible_texts(window)
    assert view.shares() in texts and view.note() in texts
    assert english_left(texts, language) == {}


def test_the_window_choice_and_the_headline_reach_the_statistics(qtbot, make_window):
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    _statistics_shown(qtbot, window)
    computed = window.charts.state.ccf
    window.lag_window_choice.window_chosen.emit(30, 90)
    assert window.view_state.state.lag_window == LEAD_30_90
    ccf = window.charts.state.ccf
    assert ccf.window == LEAD_30_90 and ccf.null_t is computed.null_t  # judged, not rerun
    assert "lead 30-90 d (+30..+90 d)" in window.panels.stats_strip.text()
    assert "family-wise 95% over lead 30-90 d" in window.panels.ccf_plot.caption()
    # View > Snap to best lag (Ctrl+B) and the Best button go to the window's best lag
    snap = next(a for a in window.findChildren(QAction) if a.shortcut() == key_for("best_lag"))
    snap.trigger()
    assert window.view_state.state.lag_days == ccf.best_lag
    assert 30 <= window.panels.lag_control.lag() == ccf.best_lag <= 90
    window.view_state.set_lag(0)
    window.panels.lag_control.snap_to_best_lag()
    assert window.view_state.state.lag_days == ccf.best_lag
    window.panels.event_study_view.headline_horizon_chosen.emit(60)
    assert window.view_state.state.headline_horizon == 60
    qtbot.waitUntil(lambda: window.charts.state.study.primary_horizon == 60, timeout=30_000)
    assert "+60 d" in window.panels.event_study_view.summary()
    # the owner's changes echo back into the choices
    window.view_state.set_lag_window(-20, 45)
    assert window.lag_window_choice.window() == LagWindow(-20, 45)
    assert window.lag_window_choice.custom_shown()
    window.view_state.set_headline_horizon(180)
    assert window.panels.event_study_view.headline_horizon() == 180


def test_the_choices_come_back_after_a_restart(qtbot, make_window):
    store = SettingsStore(open_qsettings())
    store.save(ViewState(lag_window=LagWindow(-20, 45), sampling="weekly", headline_horizon=60))
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    assert window.lag_window_choice.window() == LagWindow(-20, 45)
    assert window.lag_window_choice.sampling() == "weekly"
    assert window.panels.event_study_view.headline_horizon() == 60
    _statistics_shown(qtbot, window)
    ccf = window.charts.state.ccf
    assert ccf.window == LagWindow(-20, 45) and ccf.sampling == "weekly"
    assert window.panels.stats_strip.is_weekly()
    assert window.charts.state.study.primary_horizon == 60
