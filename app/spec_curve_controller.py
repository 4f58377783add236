"""Runs the specification curve of the session shown when the panel asks, in the background.

The curve sweeps every rule of the grid over every coin charted
(``models.session.prepared.spec_curve_for``); it takes seconds, so it runs only on
request (the panel's *Run*), as a plain function on the worker pool, with its progress
on the panel and a *Cancel*. A newer request (Run again, another session) supersedes the
older one: its result, progress or failure never shows.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

import models.session.prepared as analysis
from app.workers import WorkerPool
from models.errors import Cancelled, DataError
from models.session.prepared import Prepared
from widgets.protocols import SpecCurvePanelView

SPEC_CURVE = "stats.spec_curve"


def spec_curve_task(prepared: Prepared, control):
    """The specification curve of ``prepared`` (progress and cancel through ``control``)."""
    return analysis.spec_curve_for(prepared, control)


class SpecCurveController(QObject):
    """Feeds a ``SpecCurvePanelView`` from the session shown and the worker pool."""

    error_reported = Signal(str)

    def __init__(
        self, view: SpecCurvePanelView, workers: WorkerPool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._workers = workers
        self._prepared: Prepared | None = None
        self._coins = ""
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)
        workers.progress_reported.connect(self._on_progress)

    @Slot(object)
    def show_session(self, prepared: Prepared) -> None:
        """A new session is shown: what was computed for the last one no longer applies."""
        self._workers.cancel(SPEC_CURVE, quiet=True)
        self._prepared = prepared
        coins = [s.instrument.label for s in prepared.session.crypto if s.rows]
        self.view.set_demo(prepared.session.is_demo)
        self.view.set_running(False)
        self._coins = ", ".join(coins)
        self.view.set_ready(self._coins)
        equity = prepared.session.equity.instrument.label
        title = QCoreApplication.translate(
            "SpecCurveController", "Breakout rules of {equity} against {coins}"
        ).format(equity=equity, coins=", ".join(coins) or "—")
        self.view.set_title(html.escape(title))

    @Slot()
    def run(self) -> None:
        """Sweep the rules for the session shown (supersedes a sweep still running)."""
        if self._prepared is None:
            return
        self.view.set_running(True)
        self._workers.submit(SPEC_CURVE, partial(spec_curve_task, self._prepared))

    @Slot()
    def cancel(self) -> None:
        """Stop the sweep between two rules; the panel offers Run again."""
        if self._workers.cancel(SPEC_CURVE):
            self.view.set_cancelled()

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == SPEC_CURVE:
            self.view.set_result(result)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel != SPEC_CURVE:
            return
        if isinstance(error, Cancelled):
            self.view.set_cancelled()
            return
        self.view.set_running(False)
        self.view.set_ready(self._coins)
        self.error_reported.emit(str(error) if isinstance(error, DataError) else repr(error))

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, _message: str) -> None:
        if channel == SPEC_CURVE:
            self.view.set_progress(done, expected)
