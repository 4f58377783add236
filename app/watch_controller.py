"""The watch panel's controller: each rule's standing, base rate and fan, on the worker pool.

For each rule of the user's settings (``models.replay.watch.rule_params``: the level rule
only when a level is set) one ``watch`` on the session the chart shows, its statistics
target first (the base rate and the fan are about it), as of the last bar or the day
``set_as_of`` gives (the replay cursor: the lead connects
``ViewStateOwner.as_of_changed(object)`` to it). The panel gets the records exactly as
``main.py watch --json`` prints them (``watch_record`` made plain), one per rule.

It runs in the child process of the heavy statistics (``app.process_apart``): on a thread
its Python would share the interpreter lock with the GUI. It follows new sessions
(``ChartController.prepared_ready``), rule and target changes;
a new request cancels the running one (the newest wins); nothing runs while the panel is
hidden, and a change made then runs when it is shown (``set_active``).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app import data_wording as words
from app.commands.watch import DEFAULT_DRAWS
from models.errors import Cancelled, DataError
from models.records.sidecar import plain
from models.records.watch_record import watch_record
from models.replay.watch import rule_params, watch
from models.session.session import Session
from widgets.protocols import WatchPanelView

CHANNEL = "watch.rules"
SEED = 0


def target_session(session: Session, key: str | None) -> Session:
    """``session`` with the crypto series labelled ``key`` alone (the one the watch and the
    walk are about); as it is when ``key`` is not among them. The other coins are left
    out: they change nothing the watch or the walk states, and cutting the session at a
    day before one of them was listed would fail (``session_as_of`` refuses a series with
    no bars by then)."""
    first = [s for s in session.crypto if s.instrument.label == key]
    return replace(session, crypto=first) if first else session


def statistics_key(prepared, view) -> str | None:
    """The statistics target's label: the user's choice when the session has it, else the
    prepared session's primary crypto."""
    chosen = view.state.statistics_target
    labels = {s.instrument.label for s in prepared.session.crypto}
    return chosen if chosen in labels else prepared.primary_key


def watch_task(session: Session, rules: list, as_of, draws: int, seed: int, control) -> list:
    """One plain ``watch_record`` per rule of ``rules``, progress after each."""
    records = []
    for done, params in enumerate(rules):
        control.check_cancelled()
        records.append(plain(watch_record(watch(session, params, as_of, draws, seed))))
        control.report(done + 1, len(rules), "")
    return records


class RunsWhileShown(QObject):
    """A controller that computes only while its view is shown: a change made while it
    is hidden (a new live session from ``charts.prepared_ready``, the rule...) is noted and
    run when it is shown again. Subclasses implement ``run``."""

    def __init__(self, charts, parent=None) -> None:
        super().__init__(parent)
        self._charts = charts
        self._prepared = charts.live.prepared
        self._active = False
        self._stale = True  # something changed since the last run
        charts.prepared_ready.connect(self._on_prepared)

    def run(self) -> None:
        """Compute for the session shown (only while active)."""
        raise NotImplementedError

    def set_active(self, on: bool) -> None:
        """The view is shown (a pending change runs now) or hidden (nothing runs)."""
        self._active = bool(on)
        if self._active and self._stale:
            self.run()

    def _on_prepared(self, _prepared) -> None:
        # the live analysis: in replay the chart announces each cut, and a cut changes
        # nothing here but the day, which comes from the view state
        live = self._charts.live.prepared
        if live is not self._prepared:
            self._prepared = live
            self._changed()

    def _changed(self, *_args) -> None:
        self._stale = True
        if self._active:
            self.run()


def _watching() -> str:
    return QCoreApplication.translate("WatchController", "Watching the rules")


class WatchController(RunsWhileShown):
    """Runs the watch of every rule and shows it (see the module docstring)."""

    watches_shown = Signal(list)  # the records, once on the panel

    def __init__(self, panel: WatchPanelView, workers, charts, view, parent=None) -> None:
        super().__init__(charts, parent)
        self.panel = panel
        self._workers, self._view = workers, view
        self._as_of: pd.Timestamp | None = view.as_of  # the replay's day, None: live
        self.records: list[dict] = []
        view.as_of_changed.connect(self.set_as_of)
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)
        workers.progress_reported.connect(self._on_progress)
        view.params_changed.connect(self._changed)
        view.statistics_target_changed.connect(self._changed)
        view.theme_changed.connect(panel.set_theme)
        panel.set_theme(view.state.theme)

    @property
    def as_of(self) -> pd.Timestamp | None:
        """The day the watch is judged as of (None: the last bar)."""
        return self._as_of

    @Slot(object)
    def set_as_of(self, day: pd.Timestamp | None) -> None:
        """Judge as of ``day`` (the replay cursor), or the last bar when None."""
        day = None if day is None else pd.Timestamp(day).normalize()
        if day != self._as_of:
            self._as_of = day
            self._changed()

    def cancel(self) -> None:
        """Stop the running watch; the panel keeps what it shows."""
        if self._workers.cancel(CHANNEL):
            self._stale = True
            self.panel.show_message(
                QCoreApplication.translate(
                    "WatchController", "Cancelled: the watch shown is the last one computed."
                )
            )
        self.panel.show_idle()

    def run(self) -> None:
        """Watch every rule of the session shown (when the panel is shown)."""
        if not self._active or self._prepared is None:
            self._stale = True
            return
        self._stale = False
        prepared = self._prepared
        session = target_session(prepared.session, statistics_key(prepared, self._view))
        rules = rule_params(self._view.state.params)
        self.panel.show_message("")
        self.panel.show_progress(0, len(rules), _watching())
        self._workers.submit(
            CHANNEL, watch_task, session, rules, self._as_of, DEFAULT_DRAWS, SEED, apart=True
        )

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, records: object) -> None:
        if channel != CHANNEL:
            return
        self.records = list(records)
        self.panel.show_idle()
        self.panel.set_watches(self.records)
        self.watches_shown.emit(self.records)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel != CHANNEL or isinstance(error, Cancelled):
            return
        self.panel.show_idle()
        self.panel.show_message(
            words.describe(error) if isinstance(error, DataError) else words.unexpected(error)
        )

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, _text: str) -> None:
        if channel == CHANNEL:
            self.panel.show_progress(done, expected, _watching())
