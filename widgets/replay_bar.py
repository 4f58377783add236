"""The replay bar: the toolbar's date field and its steps, play/pause and speed.

Shown while the window replays a past day. The date field (a calendar popup) picks the
day; the arrows step one session or one week; Play advances one session at a chosen
speed; Live leaves replay. The bar only states intent (signals): the replay controller
moves the view state's day, which comes back through ``set_day`` (silently).
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

# the speeds Play offers, in sessions per second
SPEEDS: tuple[int, ...] = (1, 5, 20)
DEFAULT_SPEED = 5
SESSION, WEEK = "session", "week"


def _qdate(day) -> QDate:
    stamp = pd.Timestamp(day)
    return QDate(stamp.year, stamp.month, stamp.day)


class ReplayBar(QWidget):
    """Date field, steps, play/pause, speed and Live (see the module docstring)."""

    day_chosen = Signal(object)  # pd.Timestamp picked in the date field
    step_requested = Signal(int, str)  # +1 or -1, SESSION or WEEK
    play_toggled = Signal(bool)
    speed_chosen = Signal(int)  # sessions per second
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replay_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.title = QLabel(self.tr("Replay as of"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("replay_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setToolTip(
            self.tr("The day replayed: everything shown uses only the data known by its close")
        )
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.buttons = {
            (-1, WEEK): self._button("◀◀", self.tr("One week back (Alt+Shift+Left)")),
            (-1, SESSION): self._button("◀", self.tr("One session back (Alt+Left)")),
            (1, SESSION): self._button("▶", self.tr("One session forward (Alt+Right)")),
            (1, WEEK): self._button("▶▶", self.tr("One week forward (Alt+Shift+Right)")),
        }
        for button in self.buttons.values():
            button.clicked.connect(self._on_step_clicked)
        self.play_button = self._button(
            self.tr("Play"), self.tr("Play: one session after another (Alt+P)")
        )
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.speed = QComboBox(self)
        self.speed.setObjectName("replay_speed")
        for sessions in SPEEDS:
            self.speed.addItem(self.tr("{n}/s").format(n=sessions), sessions)
        self.speed.setToolTip(self.tr("Play's speed, in sessions per second"))
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        self.leave_button = self._button(self.tr("Live"), self.tr("Leave replay: the live view"))
        self.leave_button.clicked.connect(self.leave_requested.emit)
        for widget in (self.title, self.date_edit, *self.buttons.values(), self.play_button,
                       self.speed, self.leave_button):  # fmt: skip
            layout.addWidget(widget)
        self._silent = False
        self.set_speed(DEFAULT_SPEED)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # --- the controller's calls ---------------------------------------------------------
    def set_day(self, day) -> None:
        """Show ``day`` in the date field without announcing it."""
        self._silently(self.date_edit.setDate, _qdate(day))

    def set_span(self, first, last) -> None:
        """The days that can be replayed: the equity's first to its last session."""
        self._silently(self.date_edit.setDateRange, _qdate(first), _qdate(last))

    def set_playing(self, playing: bool) -> None:
        """Play pressed or not, without announcing it."""
        self._silently(self.play_button.setChecked, bool(playing))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def set_speed(self, sessions_per_second: int) -> None:
        """The speed shown (one of ``SPEEDS``), without announcing it."""
        index = self.speed.findData(int(sessions_per_second))
        if index >= 0:
            self._silently(self.speed.setCurrentIndex, index)

    def day(self) -> pd.Timestamp:
        """The day in the date field."""
        date = self.date_edit.date()
        return pd.Timestamp(date.year(), date.month(), date.day())

    def speed_value(self) -> int:
        """Play's speed in sessions per second."""
        return int(self.speed.currentData())

    # --- the user's changes -------------------------------------------------------------
    def _silently(self, call, *args) -> None:
        self._silent = True
        try:
            call(*args)
        finally:
            self._silent = False

    def _on_step_clicked(self) -> None:
        step = next(key for key, button in self.buttons.items() if button is self.sender())
        self.step_requested.emit(*step)

    def _on_date_changed(self, _date: QDate) -> None:
        if not self._silent:
            self.day_chosen.emit(self.day())

    def _on_play_toggled(self, on: bool) -> None:
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        if not self._silent:
            self.play_toggled.emit(bool(on))

    def _on_speed_changed(self, _index: int) -> None:
        if not self._silent:
            self.speed_chosen.emit(self.speed_value())
