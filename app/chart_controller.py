"""Coordinates the chart side: schedules the statistics and hands results to the presenters.

It draws nothing itself: ``ChartPresenter`` draws the chart, ``PanelsPresenter`` the
side panels; it listens to the view state's owner and to the worker pool.

A lag step must cost a few milliseconds: the presenters translate the chart items,
read the fast per-lag statistics and move the CCF marker. Everything heavier (the event
study at the current lag, the rolling correlation pane) waits for the slider to rest
(``DEBOUNCE_MS``) and, where it can take long, runs on the worker pool as a plain
function of explicit arguments; a newer request supersedes an older one, so stale
results never show. A pan, a zoom or a slider that rests lets an "auto" log axis follow
the values in view.

The CCF covers every lag the slider reaches, judged over the view's lag window: a new
window judges the same draws again (``CcfResult.searched``); a new sampling or headline
horizon computes anew.

Replay (the view state's ``as_of``): the series stay drawn in full from the live
analysis, kept aside (``live``); every statistic is shown from the session cut at the
day (``models.replay.step.prepared_as_of`` on a worker, channel ``chart.replay``, newest
wins): the breakouts and their verdicts, the table, the strip, the rolling correlation,
and after the usual debounce the CCF and the event study. Leaving puts the kept live
analysis back as it was (recomputing only what a change made meanwhile outdated).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.chart_tasks import (
    CCF,
    DETECT,
    PREPARE,
    REPLAY,
    STUDY,
    ccf_task,
    detect_task,
    prepare_task,
    replay_task,
    study_task,
)
from app.presenter import ChartPresenter
from app.presenter_panels import Panels, PanelsPresenter
from app.view_state import ViewStateOwner
from app.workers import WorkerPool
from models.analysis.breakouts import BreakoutParams
from models.analysis.lag_window import LagWindow
from models.errors import DataError
from models.records.snapshot import ExportSnapshot, snapshot_from_view
from models.session.prepared import Prepared
from models.session.session import Session
from models.session.shown import ShownAnalysis
from models.session.view_ranges import latest_event
from models.session.view_state import keeps_dates, keeps_visible_range
from widgets.protocols import ChartSurface

DEBOUNCE_MS = 200
#: the CCF bootstrap and the event study of a new session start this long after it is
#: drawn, so they do not compete with its first paint for the interpreter
HEAVY_DELAY_MS = 250
#: the panels are filled this long after the chart of a new session, once it is painted
PANELS_DELAY_MS = 20
#: after a pan or zoom rests, indexed and percent lines are re-anchored at the first
#: visible date (as trading platforms' compare scales do) and an auto log axis follows
REANCHOR_MS = 250


class ChartController(QObject):
    """Feeds the chart and the panels from sessions and the view state's changes."""

    prepared_ready = Signal(object)  # Prepared, once the chart shows a new session
    error_reported = Signal(str)

    def __init__(
        self,
        chart: ChartSurface,
        panels: Panels,
        workers: WorkerPool,
        view: ViewStateOwner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.presenter = ChartPresenter(chart)
        self.panels_presenter = PanelsPresenter(panels, self)
        self._workers = workers
        self._shown = ShownAnalysis()
        self._live: ShownAnalysis | None = None  # in replay: the live analysis, kept
        self._selected_event = None  # the breakout last chosen in the table
        self._reanchor = _single_shot(self, REANCHOR_MS, self._reanchor_now)
        self._heavy = _single_shot(self, HEAVY_DELAY_MS, self._start_heavy_jobs)
        self._panels_due: Prepared | None = None
        self._panels_stage = _single_shot(self, PANELS_DELAY_MS, self._show_panels)
        self._rest_stage = _single_shot(self, 0, self._show_the_rest)
        self._rest_due: tuple | None = None  # (prepared, view, zoom) between the stages
        self._debounce = _single_shot(self, DEBOUNCE_MS, self._after_lag_settled)
        view.lag_changed.connect(self._on_lag_changed)
        view.scale_changed.connect(self._on_scale_changed)
        view.log_axis_changed.connect(self._on_scale_changed)
        view.equity_style_changed.connect(self.presenter.show_equity_style)
        view.equity_log_changed.connect(self.presenter.show_equity_log)
        view.params_changed.connect(self._on_params_changed)
        view.statistics_target_changed.connect(self._on_target_changed)
        view.lag_window_changed.connect(self._on_lag_window_changed)
        view.sampling_changed.connect(self._on_sampling_changed)
        view.headline_horizon_changed.connect(self._request_study)
        view.visible_range_changed.connect(lambda *_range: self._reanchor.start())
        view.as_of_changed.connect(self._on_as_of_changed)
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)

    @property
    def state(self) -> ShownAnalysis:
        """The analysis on screen (session, prepared data, breakouts, CCF, event study)."""
        return self._shown

    @property
    def live(self) -> ShownAnalysis:
        """The live analysis: ``state`` out of replay, the one kept aside in it."""
        return self._live or self._shown

    @property
    def panels_pending(self) -> bool:
        """True between the stages of showing a session (the equity, the rest of the
        chart, then the panels once it is painted)."""
        return self._panels_due is not None or self._rest_due is not None

    @property
    def panels(self) -> Panels:
        """The side-panel widgets."""
        return self.panels_presenter.panels

    # ----- requests ---------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        """Prepare ``session`` on a worker, then show it (the previous one stays until then)."""
        state = self.view.state
        task = partial(prepare_task, session, state.params, state.statistics_target)
        self._workers.submit(PREPARE, task)

    @Slot()
    def snap_to_best_lag(self) -> None:
        """Move the lag to the cross-correlation's best lag."""
        ccf = self._shown.ccf
        if ccf is not None:
            self.view.set_lag(int(ccf.best_lag))

    @Slot(object)
    def zoom_to_event(self, event) -> None:
        """Zoom the chart around a breakout's band (a click in the breakout table)."""
        self._selected_event = event
        self.presenter.zoom_to_event(event)

    @Slot(str)
    def show_range(self, preset: str) -> None:
        """A range preset (1y, 3y, 5y, all, cycle); the cycle is the selected breakout's,
        else the latest one's."""
        breakouts = self._shown.breakouts
        if self._shown.prepared is None or breakouts is None:
            return
        event = None
        if preset == "cycle":
            events = list(breakouts.events)
            selected = self._selected_event
            event = selected if selected in events else latest_event(events)
            if event is None:
                text = QCoreApplication.translate(
                    "ChartController", "No breakout under this rule: no cycle to show"
                )
                self.error_reported.emit(text)
                return
        self.presenter.show_range(preset, event)

    def export_snapshot(self) -> ExportSnapshot | None:
        """What the window shows, for an export (None when nothing is charted yet)."""
        presenter = self.presenter
        return snapshot_from_view(
            self.view.state,
            self._shown,
            presenter.anchor_date,
            presenter.log_axis_drawn,
            as_of=self.view.as_of,
        )

    # ----- the view state changed -------------------------------------------------------

    @Slot(int)
    def _on_lag_changed(self, lag_days: int) -> None:
        """One slider step: translate the items, update live stats, debounce the rest."""
        if self._shown.prepared is None:
            return
        self.presenter.step_lag(self.view.state)
        self.panels_presenter.show_lag(self._shown, lag_days)
        self._debounce.start()

    def _on_scale_changed(self, _choice: str) -> None:
        self.presenter.show_overlays(self.view.state)

    def _on_params_changed(self, params: BreakoutParams) -> None:
        prepared = self._shown.prepared
        if self.view.as_of is not None:  # the cut prepared again, under the new rule
            self._on_as_of_changed(self.view.as_of)
        elif prepared is not None:
            self._workers.submit(DETECT, partial(detect_task, prepared, params))

    def _on_target_changed(self, _target) -> None:
        session = self.live.session  # in replay, the whole session
        if session is not None:
            self.show_session(session)

    def _on_lag_window_changed(self, window: LagWindow) -> None:
        """Judge the same CCF over the new window (no new bootstrap); a CCF still being
        computed is judged when it arrives."""
        if self._shown.ccf is not None:
            self._show_ccf(self._shown.ccf)

    def _on_sampling_changed(self, _sampling: str) -> None:
        if self._shown.prepared is not None:
            self.panels_presenter.show_recomputing()
            self._submit_ccf()

    def _reanchor_now(self) -> None:
        self.presenter.reanchor(self.view.state)

    def _after_lag_settled(self) -> None:
        if self._shown.prepared is None:
            return
        self.presenter.settle_lag(self.view.state)
        self._request_study()

    # ----- results ----------------------------------------------------------------------

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == PREPARE:
            self._show_prepared(result)
        elif channel == REPLAY:
            self._show_cut(result)
        elif channel == DETECT:
            self._shown = replace(self._shown, breakouts=result)
            self.presenter.show_breakouts(result)
            self.panels_presenter.show_breakouts(self._shown, self.view.state.lag_days)
            self._request_study()
        elif channel == CCF:
            self._show_ccf(result)
        elif channel == STUDY:
            self._shown = replace(self._shown, study=result)
            self.panels_presenter.show_study(self._shown, self.view.state.lag_days)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel.startswith("chart."):
            self.panels_presenter.show_failure()
            message = str(error) if isinstance(error, DataError) else repr(error)
            self.error_reported.emit(message)

    def _show_prepared(self, prepared: Prepared) -> None:
        # a refresh that only added bars, or a coin added or removed, keeps the user's pan
        # and zoom; another equity opens on the new session's own span
        shown = self.live.session
        keep = keeps_visible_range(shown, prepared.session) or (
            keeps_dates(shown, prepared.session) and self.view.state.visible is not None
        )
        view = self.view.state if keep else replace(self.view.state, visible=None)
        # drawn in stages: the equity is painted before the rest is drawn, the chart before
        # the panels are filled, so no single turn of the event loop draws and paints a
        # whole session (issue 10)
        self.presenter.show_equity(prepared, view)
        self._rest_due = (prepared, view, not keep)
        self._rest_stage.start()

    def _show_the_rest(self) -> None:
        """The second stage of showing a session: everything but the equity's bars."""
        due, self._rest_due = self._rest_due, None
        if due is None:
            return
        prepared, view, zoom = due
        self.presenter.show_the_rest(prepared, prepared.breakouts, view, zoom=zoom)
        session = prepared.session
        if session.selection is not None and not session.is_demo:
            self.view.set_selection(*session.selection.texts())
        for warning in prepared.warnings:
            self.error_reported.emit(warning)
        if self.view.as_of is not None:  # replay: the statistics follow the cut of it
            self._live = ShownAnalysis.of(prepared)
            self._on_as_of_changed(self.view.as_of)
            return
        self._shown = ShownAnalysis.of(prepared)
        self._panels_due = prepared
        self._panels_stage.start()
        self._heavy.start()  # after the first paint of this session, not before it
        self.prepared_ready.emit(prepared)

    # ----- replay -----------------------------------------------------------------------

    def _on_as_of_changed(self, day) -> None:
        """The replay's day moved (or the rule changed in replay): cut the live session at
        it on a worker; None: back to the live analysis."""
        if day is None:
            self._restore_live()
            return
        if self._live is None:  # entering: the live analysis is kept to go back to
            self._live = self._shown
        session = self._live.session
        if session is not None:
            state = self.view.state
            target = state.statistics_target
            task = partial(replay_task, session, state.params, day, target)
            self._workers.submit(REPLAY, task)

    def _show_cut(self, cut: Prepared) -> None:
        """The analysis as of the cursor's day: the chart's breakouts, rolling correlation
        and grey future, the panels at once (the step's light statistics), the heavy
        statistics after the debounce."""
        day = self.view.as_of
        if day is None:  # replay was left while the cut was computed
            return
        for channel in (CCF, STUDY, DETECT):  # a result for another day must not show
            self._workers.cancel(channel, quiet=True)
        self._shown = ShownAnalysis.of(cut)
        self._panels_due = None
        state = self.view.state
        self.presenter.show_as_of(cut, state, day)
        self.panels_presenter.show_session(self._shown, state.lag_days)
        self._heavy.start()
        self.prepared_ready.emit(cut)

    def _restore_live(self) -> None:
        """Leave replay: the live analysis as it was when replay began (its CCF and study
        included), with only what a change made meanwhile outdated computed again."""
        live, self._live = self._live, None
        for channel in (REPLAY, CCF, STUDY, DETECT):
            self._workers.cancel(channel, quiet=True)
        if live is None or live.prepared is None:
            return
        state = self.view.state
        self._shown = replace(live, ccf=None)
        self.presenter.show_live(live.breakouts, state)
        self.panels_presenter.show_session(self._shown, state.lag_days)
        if live.breakouts.params != state.params:
            self._workers.submit(DETECT, partial(detect_task, live.prepared, state.params))
        if live.ccf is not None and live.ccf.sampling == state.sampling:
            self._show_ccf(live.ccf)
        else:
            self._submit_ccf()
        if live.study is not None:
            self.panels_presenter.show_study(self._shown, state.lag_days)
        self._request_study()  # the same figures unless the lag or horizon moved
        self.prepared_ready.emit(live.prepared)

    def _show_panels(self) -> None:
        """The second stage of showing a session: the side panels."""
        prepared, self._panels_due = self._panels_due, None
        if prepared is not None and prepared is self._shown.prepared:
            self.panels_presenter.show_session(self._shown, self.view.state.lag_days)

    def _show_ccf(self, ccf) -> None:
        """Show ``ccf`` judged over the view's lag window (None: nothing to show)."""
        window = self.view.state.lag_window
        if ccf is not None and ccf.window != window:
            try:
                ccf = ccf.searched(window)
            except DataError as exc:  # no lag of the window has pairs
                self.error_reported.emit(str(exc))
                ccf = None
        self._shown = replace(self._shown, ccf=ccf)
        self.panels_presenter.show_ccf(self._shown, self.view.state.lag_days)

    def _start_heavy_jobs(self) -> None:
        if self._shown.prepared is not None:
            self._submit_ccf()
            self._request_study()

    def _submit_ccf(self) -> None:
        state = self.view.state
        task = partial(ccf_task, self._shown.prepared, state.lag_window, state.sampling)
        self._workers.submit(CCF, task, apart=True)  # the bootstrap: off the lock

    def _request_study(self, *_changed) -> None:
        prepared, breakouts = self._shown.prepared, self._shown.breakouts
        if prepared is None or breakouts is None:
            return
        state = self.view.state
        events = list(breakouts.events)
        task = partial(study_task, prepared, events, state.lag_days, state.headline_horizon)
        self._workers.submit(STUDY, task, apart=True)  # the bootstrap: off the lock


def _single_shot(parent: QObject, msecs: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    return timer
