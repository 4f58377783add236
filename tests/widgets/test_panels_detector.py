"""DetectorPanel: shows params, emits valid edits, refuses out-of-range values."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from models.analysis.breakouts import BreakoutParams
from models.errors import InvalidParameter
from widgets.detector_panel import FIELDS, DetectorPanel, out_of_range


@pytest.fixture
def panel(qtbot):
    widget = DetectorPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _collect(panel) -> list[BreakoutParams]:
    seen: list[BreakoutParams] = []
    panel.params_changed.connect(seen.append)
    return seen


def _type_into(qtbot, box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_defaults_are_valid_and_shown(panel):
    assert out_of_range(BreakoutParams()) == []
    assert panel.params() == BreakoutParams()
    assert panel.spin_box("drought_sessions").value() == 252


def test_set_params_shows_values_without_emitting(panel):
    seen = _collect(panel)
    params = replace(BreakoutParams(), rule="n_day_high", n_days=120, min_pct=2.5)
    panel.set_params(params)
    assert seen == []
    assert panel.spin_box("n_days").value() == 120
    assert panel.spin_box("min_pct").value() == pytest.approx(2.5)
    assert panel.spin_box("n_days").isVisibleTo(panel)
    assert not panel.spin_box("drought_sessions").isVisibleTo(panel)


def test_typed_edit_emits_the_new_params_once(panel, qtbot):
    seen = _collect(panel)
    _type_into(qtbot, panel.spin_box("hold_sessions"), "10")
    assert len(seen) == 1
    assert seen[0] == replace(BreakoutParams(), hold_sessions=10)


def test_out_of_range_typing_is_refused(panel, qtbot):
    seen = _collect(panel)
    _type_into(qtbot, panel.spin_box("hold_sessions"), "999")  # allowed: 1..63
    emitted = seen[-1] if seen else panel.params()
    assert 1 <= emitted.hold_sessions <= 63
    assert out_of_range(emitted) == []


def test_set_params_rejects_out_of_range_and_keeps_the_panel(panel):
    panel.set_params(replace(BreakoutParams(), cooldown_sessions=42))
    with pytest.raises(InvalidParameter, match="Cooldown"):
        panel.set_params(replace(BreakoutParams(), cooldown_sessions=-5))
    with pytest.raises(InvalidParameter, match="Volume"):
        panel.set_params(replace(BreakoutParams(), volume_mult=float("nan")))
    assert panel.params().cooldown_sessions == 42
    assert panel.spin_box("cooldown_sessions").value() == 42


def test_level_rule_needs_a_level_before_it_emits(panel, qtbot):
    seen = _collect(panel)
    rule_box = panel.findChild(object, "rule")
    rule_box.setCurrentIndex(rule_box.findData("level"))
    assert seen == []
    assert "level" in panel.error_text().lower()
    _type_into(qtbot, panel.spin_box("level"), "2600")
    assert panel.error_text() == ""
    assert seen[-1].rule == "level"
    assert seen[-1].level == pytest.approx(2600.0)


def test_defaults_button_restores_defaults(panel, qtbot):
    panel.set_params(replace(BreakoutParams(), hold_sessions=20))
    seen = _collect(panel)
    qtbot.mouseClick(panel.findChild(object, "defaults_button"), Qt.MouseButton.LeftButton)
    assert seen == [BreakoutParams()]


def test_every_editor_has_a_tooltip(panel):
    assert panel.findChild(object, "rule").toolTip()
    for spec in FIELDS:
        assert "Allowed" in panel.spin_box(spec.name).toolTip()
