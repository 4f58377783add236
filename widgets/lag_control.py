"""The lag slider: shift the crypto series by a number of calendar days.

Positive lag means the equity leads: crypto at date t+k is set against the equity at t.
The slider, the spin box and the "Best lag" button all end in one signal,
``lag_changed(int)``, emitted once per step the user makes; ``set_lag`` is silent so the
application can echo a value back without a signal loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolTip,
    QWidget,
)

from models.vocabulary import LAG_LIMIT_DAYS
from widgets.formatting import format_days, format_lag

MAX_LAG_DAYS = LAG_LIMIT_DAYS
WEEK_DAYS = 7


MAX_TYPED_DIGITS = 6


class SignedDaySpinBox(QSpinBox):
    """A spin box that shows the lag's sign, like the rest of the app: ``+42 d``.

    A typed value beyond the range is accepted while typing and clamped on Enter, with
    a brief hint (``clamped``): refusing the keystroke turned 999 into a silent 99.
    """

    clamped = Signal(int, int)  # typed value, value used

    def textFromValue(self, value: int) -> str:
        return format_days(value)  # the unit is the spin box's suffix

    def valueFromText(self, text: str) -> int:
        value = int(text.removesuffix(self.suffix()).strip() or 0)
        return max(self.minimum(), min(self.maximum(), value))

    def validate(self, text: str, pos: int):
        body = text.removesuffix(self.suffix()).strip()
        if body in ("", "+", "-"):
            return QValidator.State.Intermediate, text, pos
        try:
            value = int(body)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if len(body.lstrip("+-")) > MAX_TYPED_DIGITS:
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos  # fixup clamps it on Enter

    def fixup(self, text: str) -> str:
        """Clamp an out-of-range number to the range (and say so) instead of reverting."""
        body = text.removesuffix(self.suffix()).strip()
        try:
            typed = int(body)
        except ValueError:
            return text
        value = max(self.minimum(), min(self.maximum(), typed))
        if value != typed:
            self.clamped.emit(typed, value)
        return self.textFromValue(value) + self.suffix()


class LagControl(QWidget):
    """Slider, spin box and "Best lag" button for the lag in calendar days (±``LAG_LIMIT_DAYS``)."""

    lag_changed = Signal(int)
    best_lag_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._best_lag: int | None = None
        self._hint = ""
        self._slider = self._build_slider()
        self._spin = self._build_spin()
        self._best_button = self._build_best_button()
        self._title = QLabel(self.tr("Lag"))
        self._title.setBuddy(self._slider)
        self._title.setToolTip(self._slider.toolTip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self._title)
        layout.addWidget(self._slider, 1)
        layout.addWidget(self._spin)
        layout.addWidget(self._best_button)
        self.setMinimumWidth(360)
        self.setFocusProxy(self._slider)

    def _build_slider(self) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName("lag_slider")
        slider.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        slider.setSingleStep(1)
        slider.setPageStep(WEEK_DAYS)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(30)
        slider.setMinimumWidth(200)
        slider.setToolTip(
            self.tr(
                "Shift the crypto series by calendar days. Positive: the equity leads "
                "(crypto at t+k against the equity at t).\n"
                "Left/Right: one day · Page Up/Down: one week · Home/End: the limits"
            )
        )
        slider.valueChanged.connect(self._on_slider_moved)
        return slider

    def _build_spin(self) -> QSpinBox:
        spin = SignedDaySpinBox()
        spin.setObjectName("lag_spin")
        spin.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        spin.setSuffix(self.tr(" d"))
        spin.setAccelerated(True)
        # typing "120" must not fire lags 1 and 12 on the way
        spin.setKeyboardTracking(False)
        spin.setToolTip(
            self.tr("Exact lag in calendar days (-{limit} to +{limit}); Enter to apply").format(
                limit=MAX_LAG_DAYS
            )
        )
        spin.valueChanged.connect(self._on_spin_changed)
        spin.clamped.connect(self._on_spin_clamped)
        return spin

    def _on_spin_clamped(self, typed: int, value: int) -> None:
        self._hint = QCoreApplication.translate(
            "LagControl", "{typed} d is beyond the ±{limit} d range: using {value}"
        ).format(typed=typed, limit=MAX_LAG_DAYS, value=format_lag(value))
        spin = self._spin
        where = spin.mapToGlobal(spin.rect().bottomLeft())
        QToolTip.showText(where, self._hint, spin, spin.rect(), 3000)

    def clamp_hint(self) -> str:
        """The last "beyond the range" hint shown for a typed lag ('' if none yet)."""
        return self._hint

    def _build_best_button(self) -> QPushButton:
        button = QPushButton(self.tr("Best lag"))
        button.setObjectName("best_lag_button")
        button.setEnabled(False)
        button.setToolTip(self.tr("No best lag yet: the cross-correlation is still computing"))
        button.clicked.connect(self._on_best_clicked)
        return button

    def lag(self) -> int:
        """The lag shown, in calendar days."""
        return self._slider.value()

    def best_lag(self) -> int | None:
        """The best lag last given to ``set_best_lag``, or None."""
        return self._best_lag

    def set_lag(self, days: int) -> None:
        """Show ``days`` (clamped to the slider's range) without emitting ``lag_changed``."""
        days = max(-MAX_LAG_DAYS, min(MAX_LAG_DAYS, int(days)))
        with QSignalBlocker(self._slider), QSignalBlocker(self._spin):
            self._slider.setValue(days)
            self._spin.setValue(days)

    def set_best_lag(self, days: int | None) -> None:
        """Label and enable the "Best lag" button, or disable it when ``days`` is None."""
        self._best_lag = None if days is None else int(days)
        if self._best_lag is None:
            self._best_button.setText(self.tr("Best lag"))
            self._best_button.setEnabled(False)
            self._best_button.setToolTip(self.tr("No best lag: not enough overlapping data yet"))
            return
        label = format_lag(self._best_lag)
        self._best_button.setText(self.tr("Best {lag}").format(lag=label))
        self._best_button.setEnabled(True)
        self._best_button.setToolTip(
            self.tr("Snap the slider to the lag with the strongest correlation ({lag})").format(
                lag=label
            )
        )

    def _on_slider_moved(self, value: int) -> None:
        with QSignalBlocker(self._spin):
            self._spin.setValue(value)
        self.lag_changed.emit(value)

    def _on_spin_changed(self, value: int) -> None:
        with QSignalBlocker(self._slider):
            self._slider.setValue(value)
        self.lag_changed.emit(value)

    def snap_to_best_lag(self) -> None:
        """What the button does (also for a window shortcut): emit ``best_lag_requested``,
        then move to the best lag, emitting ``lag_changed`` once if that changes the lag."""
        self.best_lag_requested.emit()
        if self._best_lag is not None and self._best_lag != self.lag():
            self._slider.setValue(self._best_lag)  # emits lag_changed once, like a user step

    def _on_best_clicked(self) -> None:
        self.snap_to_best_lag()
