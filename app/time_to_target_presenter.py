"""Feeds the time-to-target view: for the statistics target, the days from each breakout
to its target (``models.derived.time_to_target``), computed on the worker pool.

It follows what the chart shows: a newly prepared session (``show_prepared``: its
statistics target and its breakouts) and the breakouts of a new rule, when the chart
controller's detection reports (``show_breakouts``). The target is worded here in the UI
language by the series' kind: the altseason index at or above 75 (where 8 alts or more
count), a basket beating its benchmark over 90 days (where all its coins trade), any
other series (a ratio, a coin) at a 90-day high.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot

from app.chart_controller import DETECT
from app.workers import WorkerPool
from models.analysis.event_study import ANECDOTE_BELOW
from models.derived.recipe import ALTCOIN_SEASON
from models.derived.syntax import BASKET
from models.derived.time_to_target import TARGET_WINDOW_DAYS, time_to_target
from models.session.prepared import Prepared, primary_series
from widgets.formatting import format_count
from widgets.protocols import TimeToTargetPanelView

TIME_TO_TARGET = "alts.time_to_target"


def time_to_target_task(series, events: list, _control):
    """The days from each breakout of ``events`` to ``series``' target (a worker task)."""
    return time_to_target(series, events)


def target_words(series) -> str:
    """What ``series`` (a ``MarketSeries``) must reach, in the UI language."""
    instrument = series.instrument
    label, recipe = instrument.label, instrument.recipe
    window = format_count(TARGET_WINDOW_DAYS)
    if instrument.is_breadth:
        text = QCoreApplication.translate(
            "TimeToTargetView",
            "{label} at or above {level} (altcoin season, where {n}+ alts count)",
        )
        return text.format(label=label, level=f"{ALTCOIN_SEASON:.0f}", n=ANECDOTE_BELOW)
    if recipe is not None and recipe.kind == BASKET:
        benchmark = recipe.benchmark
        if benchmark is None:  # coins priced in BTC: beating BTC is rising
            text = QCoreApplication.translate(
                "TimeToTargetView", "{label} rising over {days} days (where all its coins trade)"
            )
            return text.format(label=label, days=window)
        if benchmark in getattr(series, "inputs", {}):
            text = QCoreApplication.translate(
                "TimeToTargetView",
                "{label} beating {benchmark} over {days} days (where all its coins trade)",
            )
            return text.format(label=label, benchmark=benchmark.label, days=window)
        # its benchmark not loaded: the core judges the basket at a 90-day high instead
    text = QCoreApplication.translate("TimeToTargetView", "{label} at a {days}-day high")
    return text.format(label=label, days=window)


class TimeToTargetPresenter(QObject):
    """Requests the time to target of the statistics target and shows it."""

    def __init__(
        self, view: TimeToTargetPanelView, workers: WorkerPool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._workers = workers
        self._prepared: Prepared | None = None
        self._target = ""
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)

    @Slot(object)
    def show_prepared(self, prepared: Prepared) -> None:
        """A newly prepared session: its statistics target after its breakouts."""
        self._prepared = prepared
        self.view.set_demo(prepared.session.is_demo)
        self.show_breakouts(prepared.breakouts)

    def show_breakouts(self, breakouts) -> None:
        """Follow the statistics target after each of ``breakouts`` (a ``BreakoutResult``)."""
        prepared = self._prepared
        series = None if prepared is None else primary_series(prepared)
        if series is None:
            self._workers.cancel(TIME_TO_TARGET)
            reason = QCoreApplication.translate(
                "TimeToTargetView", "Time to target: add a coin to follow it after breakouts"
            )
            self.view.set_result(None, reason)
            return
        self._target = target_words(series)
        events = list(breakouts.events)
        self._workers.submit(TIME_TO_TARGET, time_to_target_task, series, events)

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == TIME_TO_TARGET:
            self.view.set_result(result, self._target)
        elif channel == DETECT:  # the chart now shows the breakouts of another rule
            self.show_breakouts(result)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel == TIME_TO_TARGET:
            text = QCoreApplication.translate("TimeToTargetView", "Time to target failed: {error}")
            self.view.set_result(None, text.format(error=error))
