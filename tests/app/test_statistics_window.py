"""The statistics in the window, composed on the demo: at 1280x720 in English, Russian and
Vietnamese the window keeps its size, the statistics strip shows its figures whole
(wrapped, not clipped) and the cross-correlation plot keeps room to read; the event study
and the specification curve speak the UI language (no English word left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.app.test_no_english_left import english_left, visible_texts
from tests.conftest import DEMO_ARGS


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
