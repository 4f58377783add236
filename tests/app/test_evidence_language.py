"""The evidence and watch docks speak Russian and Vietnamese: every visible text of the
watch panel, the walk and the heatmap on the demo window, with the sub-menus of the Data
menu's notification switches, has no English word left (``test_no_english_left``'s check)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

import app.evidence_controller as evidence_controller
from tests.app.test_no_english_left import english_left, visible_texts
from tests.app.test_translations import LANGUAGE_CODES
from tests.conftest import DEMO_ARGS


def _docks_shown(qtbot, window):
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=30_000)
    state = window.view_state.state
    level = float(window.charts.state.prepared.session.equity.frame["close"].iloc[-1]) * 1.05
    window.view_state.set_params(replace(state.params, level=level))
    docks = window.evidence
    docks.watch.toggleViewAction().trigger()
    qtbot.waitUntil(
        lambda: docks.watch_controller is not None and len(docks.watch_controller.records) == 3,
        timeout=60_000,
    )
    docks.evidence.toggleViewAction().trigger()
    qtbot.waitUntil(
        lambda: (
            docks.evidence_controller is not None
            and docks.evidence_controller.walk is not None
            and docks.evidence_controller.heatmap is not None
        ),
        timeout=120_000,
    )
    QCoreApplication.processEvents()
    return docks


def _texts(window, docks) -> list[str]:
    texts = []
    for index in (0, 1):  # the walk, then the heatmap
        docks.evidence.widget().setCurrentIndex(index)
        docks.evidence.raise_()
        QCoreApplication.processEvents()
        texts += visible_texts(window)
    docks.watch.raise_()
    QCoreApplication.processEvents()
    texts += visible_texts(window)
    menu = window.data_menu.menu
    for action in menu.actions():
        if action.menu() is not None:
            texts += [a.text() for a in action.menu().actions()]
    return texts


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_no_english_is_left_on_the_evidence_and_watch(
    qtbot, make_window, translated, language, monkeypatch
):
    monkeypatch.setattr(evidence_controller, "DRAWS", 49)  # a quick walk
    translated(language)
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    docks = _docks_shown(qtbot, window)
    texts = _texts(window, docks)
    assert any(docks.walk_view.bar.text_label.text() in t for t in texts)
    assert any(docks.watch_panel.fan.here_label.text() in t for t in texts)
    assert english_left(texts, language) == {}


def test_the_check_reaches_the_docks_in_english(qtbot, make_window, translated, monkeypatch):
    monkeypatch.setattr(evidence_controller, "DRAWS", 49)
    translated("en")
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    docks = _docks_shown(qtbot, window)
    left = english_left(_texts(window, docks), "ru")
    assert {"Trigger", "Armed", "past", "month", "Rolling", "Every"} <= set(left)
