"""LagControl and StatsStrip: keyboard steps, spin box entry, silent set_lag, stats text."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from widgets.lag_control import LagControl


@pytest.fixture
def control(qtbot):
    widget = LagControl()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _emitted(control, action) -> list[int]:
    seen: list[int] = []
    control.lag_changed.connect(seen.append)
    action()
    return seen


def _slider(control):
    return control.findChild(object, "lag_slider")


def _spin(control):
    return control.findChild(object, "lag_spin")


def test_arrow_keys_step_one_day_each(control, qtbot):
    control.set_lag(10)
    slider = _slider(control)

    def press():
        qtbot.keyClick(slider, Qt.Key.Key_Right)
        qtbot.keyClick(slider, Qt.Key.Key_Right)
        qtbot.keyClick(slider, Qt.Key.Key_Left)

    assert _emitted(control, press) == [11, 12, 11]
    assert control.lag() == 11
    assert _spin(control).value() == 11


def test_page_keys_step_a_week(control, qtbot):
    control.set_lag(0)
    slider = _slider(control)

    def press():
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
        qtbot.keyClick(slider, Qt.Key.Key_PageDown)

    assert _emitted(control, press) == [7, 14, 7]


def test_home_and_end_reach_the_limits(control, qtbot):
    slider = _slider(control)

    def press():
        qtbot.keyClick(slider, Qt.Key.Key_End)
        qtbot.keyClick(slider, Qt.Key.Key_Home)

    assert _emitted(control, press) == [365, -365]


def test_spin_box_entry_emits_once_when_committed(control, qtbot):
    spin = _spin(control)

    def type_value():
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), "-120")
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)

    assert _emitted(control, type_value) == [-120]
    assert _slider(control).value() == -120


@pytest.mark.parametrize(("typed", "used"), [("999", 365), ("-400", -365)])
def test_spin_box_clamps_a_typed_value_beyond_the_range_and_says_so(control, qtbot, typed, used):
    control.set_lag(42)
    spin = _spin(control)
    assert spin.text() == "+42 d"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), typed)
    assert spin.lineEdit().text().startswith(typed)  # every digit kept while typing
    seen = _emitted(control, lambda: qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return))
    assert seen == [used] and control.lag() == used
    assert spin.text() == f"{used:+d} d"
    assert control.clamp_hint() == f"{typed} d is beyond the ±365 d range: using {used:+d} d"


def test_spin_box_refuses_letters(control, qtbot):
    control.set_lag(42)
    spin = _spin(control)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "1x2")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert control.lag() == 12 and control.clamp_hint() == ""


def test_set_lag_is_silent_and_clamps(control):
    assert _emitted(control, lambda: control.set_lag(30)) == []
    assert (_slider(control).value(), _spin(control).value()) == (30, 30)
    control.set_lag(1000)
    assert control.lag() == 365


def test_best_lag_button_snaps_and_reports(control, qtbot):
    button = control.findChild(object, "best_lag_button")
    assert not button.isEnabled()
    control.set_best_lag(45)
    assert button.isEnabled()
    assert "+45 d" in button.text()
    requested: list[bool] = []
    control.best_lag_requested.connect(lambda: requested.append(True))
    assert _emitted(control, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)) == [45]
    assert requested == [True]
    control.set_best_lag(None)
    assert not button.isEnabled()


def test_every_control_has_a_tooltip(control):
    for name in ("lag_slider", "lag_spin", "best_lag_button"):
        assert control.findChild(object, name).toolTip()


def test_set_lag_is_cheap(control):
    start = time.perf_counter()
    for day in range(-365, 366):
        control.set_lag(day)
    per_call_ms = (time.perf_counter() - start) * 1000 / 731
    assert per_call_ms < 1.0
