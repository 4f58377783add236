"""Editable breakout-detector parameters (``models.analysis.breakouts.BreakoutParams``).

Each field has a spin box with its allowed range, so a value outside it cannot be
entered; ``set_params`` refuses out-of-range values with ``InvalidParameter`` and leaves
the panel as it was. Edits are emitted as a new ``BreakoutParams`` once committed
(Enter, focus out or an arrow step), never on every keystroke.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.analysis.breakouts import RULES, BreakoutParams
from models.errors import InvalidParameter
from widgets.formatting import format_number

ALL_RULES = RULES
RULE_LABELS = {
    "ath_drought": "ATH after a drought",
    "n_day_high": "N-day high",
    "level": "Level break",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetectorPanel", text)


@dataclass(frozen=True)
class FieldSpec:
    """One editable parameter: its range, step, unit and which rules use it."""

    name: str
    label: str
    minimum: float
    maximum: float
    step: float
    suffix: str
    tooltip: str
    decimals: int = 0
    rules: tuple[str, ...] = ALL_RULES


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("drought_sessions", "Drought", 20, 2520, 21, " sessions",
              "Sessions without a new all-time high before a new one counts (252 = a year)",
              rules=("ath_drought",)),
    FieldSpec("n_days", "N (lookback)", 5, 2520, 5, " sessions",
              "The close must beat the highest close of this many previous sessions",
              rules=("n_day_high",)),
    FieldSpec("min_pct", "Clear by", 0.0, 20.0, 0.1, " %",
              "How far above the N-day high the close must be, in percent", 1,
              rules=("n_day_high",)),
    FieldSpec("level", "Level", 0.0, 1e7, 10, "",
              "The resistance or round number (e.g. 2,600) a close must cross", 2,
              rules=("level",)),
    FieldSpec("volume_mult", "Volume ×", 0.5, 10.0, 0.1, "×",
              "Volume confirms when it reaches this multiple of its average", 1),
    FieldSpec("volume_window", "Volume window", 1, 20, 1, " sessions",
              "Sessions from the breakout in which the volume may confirm"),
    FieldSpec("volume_avg_sessions", "Volume average", 5, 250, 5, " sessions",
              "Length of the average that volume is compared with"),
    FieldSpec("hold_sessions", "Hold", 1, 63, 1, " sessions",
              "Held if the close stays above the level this long; failed otherwise"),
    FieldSpec("cooldown_sessions", "Cooldown", 0, 504, 21, " sessions",
              "Signals closer than this to an event merge into it"),
    FieldSpec("band_margin_pct", "Shade until", 0.5, 50.0, 0.5, " % under the level",
              "The shading after a breakout stops once the close falls this far below the "
              "level", 1),
    FieldSpec("band_horizon_sessions", "Shade at most", 5, 1260, 21, " sessions",
              "The shading after a breakout stops after this many sessions at the latest"),
)  # fmt: skip


def out_of_range(params: BreakoutParams) -> list[str]:
    """Messages for every field of ``params`` outside the panel's ranges (empty if valid)."""
    problems = []
    if params.rule not in RULE_LABELS:
        problems.append(_tr("Unknown rule {rule}").format(rule=repr(params.rule)))
    if params.rule == "level" and (params.level is None or params.level <= 0):
        problems.append(_tr("Enter the level a close must cross (for example 2,600)"))
    for spec in FIELDS:
        value = getattr(params, spec.name)
        if value is None and spec.name == "level":
            continue
        if value is None or math.isnan(float(value)) or not spec.minimum <= value <= spec.maximum:
            problems.append(
                _tr("{label} must be between {low} and {high} (got {value})").format(
                    label=_tr(spec.label),
                    low=format_number(spec.minimum, spec.decimals),
                    high=format_number(spec.maximum, spec.decimals),
                    value=value,
                )
            )
    return problems


def _spin_box(spec: FieldSpec) -> QAbstractSpinBox:
    box = QDoubleSpinBox() if spec.decimals else QSpinBox()
    if spec.decimals:
        box.setDecimals(spec.decimals)
    box.setRange(spec.minimum, spec.maximum)
    box.setSingleStep(spec.step)
    box.setSuffix(_tr(spec.suffix) if spec.suffix.strip() else spec.suffix)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)  # emit once the value is committed, not per keystroke
    box.setAccelerated(True)
    allowed = _tr("Allowed: {low} to {high}").format(
        low=format_number(spec.minimum, spec.decimals),
        high=format_number(spec.maximum, spec.decimals) + box.suffix(),
    )
    box.setToolTip(_tr(spec.tooltip) + "\n" + allowed)
    box.setObjectName(spec.name)
    if spec.name == "level":
        box.setSpecialValueText("—")  # the minimum, 0, stands for "no level set"
    return box


class DetectorPanel(QWidget):
    """Form for the breakout rule and its parameters; emits ``params_changed``."""

    params_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._params = BreakoutParams()
        self._rule = self._build_rule_box()
        self._boxes = {spec.name: _spin_box(spec) for spec in FIELDS}
        self._error = QLabel()
        self._error.setObjectName("detector_error")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #d0342c;")
        self._error.setVisible(False)
        self._form = QFormLayout()
        self._form.addRow(self.tr("Rule"), self._rule)
        for spec in FIELDS:
            self._form.addRow(_tr(spec.label), self._boxes[spec.name])
            self._boxes[spec.name].valueChanged.connect(self._on_edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self._form)
        layout.addWidget(self._error)
        layout.addLayout(self._build_buttons())
        layout.addStretch(1)
        self.setMinimumWidth(260)
        self._show(self._params)

    def _build_rule_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("rule")
        for rule, label in RULE_LABELS.items():
            box.addItem(_tr(label), rule)
        box.setToolTip(
            self.tr(
                "Which closes count as a breakout: a new all-time high after a drought, "
                "a new N-day high by a margin, or a cross above a level you choose"
            )
        )
        box.currentIndexChanged.connect(self._on_rule_changed)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        defaults = QPushButton(self.tr("Defaults"))
        defaults.setObjectName("defaults_button")
        defaults.setToolTip(self.tr("Restore the default rule and parameters"))
        defaults.clicked.connect(self._on_defaults)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(defaults)
        return row

    def params(self) -> BreakoutParams:
        """The parameters last set or emitted."""
        return self._params

    def error_text(self) -> str:
        """The inline error shown, or '' when none."""
        return self._error.text() if not self._error.isHidden() else ""

    def set_params(self, params: BreakoutParams) -> None:
        """Show ``params`` without emitting; raise ``InvalidParameter`` if out of range."""
        problems = out_of_range(params)
        if problems:
            raise InvalidParameter("; ".join(problems))
        self._params = params
        self._show(params)
        self._set_error(None)

    def spin_box(self, name: str) -> QAbstractSpinBox:
        """The editor of one parameter (for tests and keyboard focus)."""
        return self._boxes[name]

    def _show(self, params: BreakoutParams) -> None:
        widgets = [self._rule, *self._boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._rule.setCurrentIndex(max(0, self._rule.findData(params.rule)))
            for spec in FIELDS:
                value = getattr(params, spec.name)
                self._boxes[spec.name].setValue(spec.minimum if value is None else value)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_rows_for(params.rule)

    def _show_rows_for(self, rule: str) -> None:
        for spec in FIELDS:
            self._form.setRowVisible(self._boxes[spec.name], rule in spec.rules)

    def _on_rule_changed(self) -> None:
        self._show_rows_for(self._rule.currentData())
        self._on_edited()

    def _on_defaults(self) -> None:
        self._show(BreakoutParams())
        self._on_edited()

    def _edited_params(self) -> BreakoutParams:
        rule = self._rule.currentData()
        values = {spec.name: self._boxes[spec.name].value() for spec in FIELDS}
        values["level"] = values["level"] or None
        return replace(self._params, rule=rule, **values)

    def _on_edited(self) -> None:
        params = self._edited_params()
        problems = out_of_range(params)
        if problems:
            self._set_error("; ".join(problems))
            return
        self._set_error(None)
        if params != self._params:
            self._params = params
            self.params_changed.emit(params)

    def _set_error(self, message: str | None) -> None:
        self._error.setText(message or "")
        self._error.setVisible(bool(message))
