"""The replay in the window: View ▸ Replay, the date bar, the keys, Play, and what says so.

``ReplayController(window, view_menu)`` builds and wires everything itself (the main
window makes one call): the checkable View ▸ Replay action and the step and play actions
(keys from ``widgets.shortcuts``), the toolbar's ``ReplayBar`` (shown while replaying),
the status bar's line and the window title's mark.

The day itself lives in one place, the view state (``ViewStateOwner.set_as_of`` and its
``as_of_changed``); the chart controller, the cascade and everything shown follow that
signal, and this controller only moves the day: entering starts at the last breakout of
the live view (else the right edge of the dates in view), steps go one session (the
equity's own sessions) or one week, Play advances one session per tick of a ``QTimer``
at the chosen speed and stops at the last session, leaving restores the live view.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar

from models.replay.as_of import as_of_day
from widgets.replay_bar import DEFAULT_SPEED, SESSION, WEEK, ReplayBar
from widgets.shortcuts import key_for

# a week step: calendar days, landing on the last session on or before
WEEK_DAYS = 7


class ReplayController(QObject):
    """Wires the replay into ``window`` (a ``MainWindow``) and moves its day."""

    def __init__(self, window, view_menu) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view_state
        self._sessions = pd.DatetimeIndex([])
        self._title = window.windowTitle()
        self._speed = DEFAULT_SPEED
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.bar = ReplayBar(window)
        self.toolbar = QToolBar(self.tr("Replay"), window)
        self.toolbar.setObjectName("replay_toolbar")  # saveState() needs a stable name
        self.toolbar.addWidget(self.bar)
        window.addToolBar(self.toolbar)
        self.toolbar.hide()
        self.toolbar.toggleViewAction().setVisible(False)  # shown by replay only
        self.status_line = QLabel(window)
        self.status_line.setObjectName("replay_status")
        window.statusBar().addWidget(self.status_line, 1)
        self.status_line.hide()
        self._build_actions(view_menu)
        self._connect()

    def _build_actions(self, menu) -> None:
        menu.addSeparator()
        self.replay_action = self._action(menu, self.tr("&Replay a past day"), "replay")
        self.replay_action.setCheckable(True)
        self.replay_action.toggled.connect(self.set_replaying)
        steps = (
            (self.tr("Replay: one session back"), "replay_session_back", -1, SESSION),
            (self.tr("Replay: one session forward"), "replay_session_forward", 1, SESSION),
            (self.tr("Replay: one week back"), "replay_week_back", -1, WEEK),
            (self.tr("Replay: one week forward"), "replay_week_forward", 1, WEEK),
        )
        self.step_actions = {}
        for text, name, direction, unit in steps:
            action = self._action(menu, text, name)
            action.setData((direction, unit))
            action.triggered.connect(self._on_step_action)
            self.step_actions[(direction, unit)] = action
        self.play_action = self._action(menu, self.tr("Replay: play or pause"), "replay_play")
        self.play_action.triggered.connect(self.toggle_play)
        self._enable_steps(False)

    def _action(self, menu, text: str, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(key_for(shortcut))
        menu.addAction(action)
        return action

    def _connect(self) -> None:
        bar = self.bar
        bar.day_chosen.connect(self.go_to)
        bar.step_requested.connect(self.step)
        bar.play_toggled.connect(self.play)
        bar.speed_chosen.connect(self.set_speed)
        bar.leave_requested.connect(self.leave)
        self.view.as_of_changed.connect(self._on_as_of_changed)
        self.window.data.session_loaded.connect(self._on_session_loaded)

    # --- moving the day -----------------------------------------------------------------
    @property
    def sessions(self) -> pd.DatetimeIndex:
        """The live equity's session dates (the days a step lands on)."""
        return self._sessions

    def set_replaying(self, on: bool) -> None:
        """Enter replay at the live view's last breakout (else the right edge of the dates
        in view), or leave it (the live view as it was)."""
        if not on:
            self.play(False)
            self.view.set_as_of(None)
            return
        if self.view.as_of is not None:
            return
        start = self._start_day()
        if start is None:
            self.replay_action.setChecked(False)
            self.window.status.set_error(self.tr("Nothing to replay yet: no chart is shown."))
            return
        self.view.set_as_of(start)

    def leave(self) -> None:
        """Back to the live view."""
        self.set_replaying(False)

    def go_to(self, day) -> None:
        """Replay as of ``day``, moved back to the last session on or before it (the first
        session when it is earlier)."""
        if not len(self._sessions):
            return
        at = max(int(self._sessions.searchsorted(as_of_day(day), "right")) - 1, 0)
        self.view.set_as_of(self._sessions[at])

    def step(self, direction: int, unit: str = SESSION) -> None:
        """One session (``unit`` SESSION) or one calendar week (WEEK) forward (+1) or back."""
        day, sessions = self.view.as_of, self._sessions
        if day is None or not len(sessions):
            return
        here = max(int(sessions.searchsorted(day, "right")) - 1, 0)
        if unit == WEEK:
            target = day + pd.Timedelta(days=WEEK_DAYS * direction)
            there = int(sessions.searchsorted(target, "right")) - 1
            there = min(there, here - 1) if direction < 0 else max(there, here + 1)
        else:
            there = here + direction
        self.view.set_as_of(sessions[min(max(there, 0), len(sessions) - 1)])

    def play(self, on: bool) -> None:
        """Advance one session per tick at the chosen speed (stops at the last session)."""
        on = bool(on) and self.view.as_of is not None
        if on:
            self._timer.start(round(1000 / self._speed))
        else:
            self._timer.stop()
        self.bar.set_playing(on)

    def toggle_play(self) -> None:
        """Play or pause."""
        self.play(not self._timer.isActive())

    def set_speed(self, sessions_per_second: int) -> None:
        """Play's speed in sessions per second."""
        self._speed = max(1, int(sessions_per_second))
        self.bar.set_speed(self._speed)
        if self._timer.isActive():
            self._timer.start(round(1000 / self._speed))

    @property
    def playing(self) -> bool:
        """True while Play advances the day."""
        return self._timer.isActive()

    def _tick(self) -> None:
        day, sessions = self.view.as_of, self._sessions
        if day is None or not len(sessions) or day >= sessions[-1]:
            self.play(False)
            return
        self.step(1, SESSION)

    def _start_day(self) -> pd.Timestamp | None:
        if not len(self._sessions):
            return None
        shown = self.window.charts.state
        events = [] if shown.breakouts is None else list(shown.breakouts.events)
        if events:
            return as_of_day(events[-1].date)
        visible = self.view.state.visible
        day = (
            self._sessions[-1]
            if visible is None
            else min(as_of_day(visible[1]), self._sessions[-1])
        )
        at = max(int(self._sessions.searchsorted(day, "right")) - 1, 0)
        return self._sessions[at]

    # --- following the day --------------------------------------------------------------
    def _on_session_loaded(self, session) -> None:
        index = pd.DatetimeIndex(session.equity.frame.index)
        if index.tz is not None:  # intraday bars: their UTC days
            index = index.tz_convert("UTC").tz_localize(None)
        self._sessions = index.normalize().unique()
        if len(self._sessions):
            self.bar.set_span(self._sessions[0], self._sessions[-1])

    def _on_step_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.step(*action.data())

    def _on_as_of_changed(self, day) -> None:
        replaying = day is not None
        self.replay_action.blockSignals(True)
        self.replay_action.setChecked(replaying)
        self.replay_action.blockSignals(False)
        self._enable_steps(replaying)
        self.toolbar.setVisible(replaying)
        self.status_line.setVisible(replaying)
        if not replaying:
            self.play(False)
            self.window.setWindowTitle(self._title)
            return
        self.bar.set_day(day)
        date = f"{day:%Y-%m-%d}"
        self.status_line.setText(
            self.tr("Replay: as of {date} — only the data known by that day's close").format(
                date=date
            )
        )
        mark = self.tr("replay as of {date}").format(date=date)
        self.window.setWindowTitle(f"{self._title} — {mark}")

    def _enable_steps(self, on: bool) -> None:
        for action in (*self.step_actions.values(), self.play_action):
            action.setEnabled(on)
