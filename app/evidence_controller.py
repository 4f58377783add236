"""How the evidence grew, in the window: the walk-forward and the lag x time heatmap.

The walk (``models.replay.walk_forward.walk_forward``: the lead-lag test and the event
study as of every month end, 1,000 draws each) of the chart's equity against its
statistics target runs in the child process of the heavy statistics
(``app.process_apart``, as the cascade's analysis does: on a thread its Python shared the
interpreter lock with the GUI and pans stuttered), its progress after each month end
relayed to the view, Cancel reaching it between two. The heatmap
(``lag_heatmap`` of the aligned pair, ~25 ms) runs there too.

Both follow new sessions (``ChartController.prepared_ready``), the rule, the headline
horizon and the statistics target; a new request cancels the running one (the newest
wins); a walk already shown for the same inputs is not run again. Nothing runs while the
dock is hidden (``set_active``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot

from app import data_wording as words
from app.watch_controller import SEED, RunsWhileShown, statistics_key, target_session
from models.errors import Cancelled, DataError
from models.records.sidecar import plain
from models.records.walk_forward_record import heatmap_record, walk_forward_record, walk_until
from models.replay.walk_forward import lag_heatmap, walk_forward
from models.session.session import Session
from widgets.protocols import HeatmapPanelView, WalkForwardPanelView

WALK, HEATMAP = "evidence.walk", "evidence.heatmap"
CHANNELS = (WALK, HEATMAP)
#: draws of each month end's test (as ``leadlag`` draws)
DRAWS = 1000


def walk_task(session: Session, params, draws: int, seed: int, horizon: int, control) -> dict:
    """The walk over every month end as a plain record (in the child process)."""
    walk = walk_forward(session, params, None, draws, seed, horizon, control)
    return plain(walk_forward_record(walk))


def heatmap_task(pair, as_of, _control) -> dict:
    """The lag x time heatmap of ``pair`` as of ``as_of`` (None: its last day) as a record
    (NaN kept: the image shows holes)."""
    return heatmap_record(lag_heatmap(pair, as_of))


class EvidenceController(RunsWhileShown):
    """Runs and shows the walk and the heatmap (see the module docstring)."""

    walk_shown = Signal(dict)
    heatmap_shown = Signal(dict)

    def __init__(
        self, walk_view: WalkForwardPanelView, heatmap_view: HeatmapPanelView,
        workers, charts, view, parent=None,
    ) -> None:  # fmt: skip
        super().__init__(charts, parent)
        self.walk_view, self.heatmap_view = walk_view, heatmap_view
        self._workers, self._view = workers, view
        self._walked: tuple | None = None  # the inputs of the walk shown (or running)
        self.walk: dict | None = None  # the walk shown (up to the replay's day)
        self._walk_whole: dict | None = None  # the last walk of the live session
        self.heatmap: dict | None = None
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)
        workers.progress_reported.connect(self._on_progress)
        for signal in (
            view.params_changed, view.headline_horizon_changed, view.statistics_target_changed,
        ):  # fmt: skip
            signal.connect(self._changed)
        view.theme_changed.connect(self._set_theme)
        view.as_of_changed.connect(self._on_day_changed)
        self._set_theme(view.state.theme)

    def cancel(self) -> None:
        """Stop the walk; the view keeps what it shows (Run walks again)."""
        if self._workers.cancel(WALK):
            self._walked = None
            self.walk_view.show_message(
                QCoreApplication.translate(
                    "EvidenceController",
                    "Cancelled: the walk shown is the last one finished (Run walks again).",
                )
            )
        self.walk_view.show_idle()

    def run(self, again: bool = False) -> None:
        """Walk and draw the heatmap for the session shown (``again``: even when the same
        walk is on screen)."""
        if not self._active or self._prepared is None:
            self._stale = True
            return
        self._stale = False
        prepared, state = self._prepared, self._view.state
        key = statistics_key(prepared, self._view)
        if key is None or key not in prepared.pairs:
            self._say_no_pair()
            return
        session = target_session(prepared.session, key)
        inputs = _made_of(session, state.params, state.headline_horizon)
        pair, day = prepared.pairs[key], self._view.as_of
        self._workers.submit(HEATMAP, heatmap_task, pair, day, apart=True)
        if inputs == self._walked and not again:
            return
        self._walked = inputs
        self.walk_view.show_message("")
        self.walk_view.show_progress(0, 0, _walking(0, 0))
        self._workers.submit(
            WALK, walk_task, session, state.params, DRAWS, SEED, state.headline_horizon,
            apart=True,
        )  # fmt: skip

    def _say_no_pair(self) -> None:
        text = QCoreApplication.translate(
            "EvidenceController",
            "The evidence needs a crypto series beside the equity, with dates in common.",
        )
        self.walk_view.show_message(text)
        self.heatmap_view.show_message(text)

    def _show_walk(self) -> None:
        """The walk of the live session up to the replay's day (all of it when live): each
        point is as of its own day, so the points up to the day are what it said then."""
        if self._walk_whole is None:
            return
        self.walk = walk_until(self._walk_whole, self._view.as_of)
        self.walk_view.set_walk(self.walk)
        self.walk_shown.emit(self.walk)

    def _on_day_changed(self, _day) -> None:
        self._show_walk()  # nothing to compute: the walk is a history
        self._changed()  # the heatmap as of the day (the walk's inputs are unchanged)

    def _set_theme(self, theme: str) -> None:
        self.walk_view.set_theme(theme)
        self.heatmap_view.set_theme(theme)

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, record: object) -> None:
        if channel == WALK:
            self._walk_whole = record
            self.walk_view.show_idle()
            self._show_walk()
        elif channel == HEATMAP:
            self.heatmap = record
            self.heatmap_view.set_heatmap(record)
            self.heatmap_shown.emit(record)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel not in CHANNELS or isinstance(error, Cancelled):
            return
        text = words.describe(error) if isinstance(error, DataError) else words.unexpected(error)
        if channel == WALK:
            self._walked = None
            self.walk_view.show_idle()
            self.walk_view.show_message(text)
        else:
            self.heatmap_view.show_message(text)

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, _text: str) -> None:
        if channel == WALK:
            self.walk_view.show_progress(done, expected, _walking(done, expected))


def _walking(done: int, expected: int) -> str:
    if not expected:
        return QCoreApplication.translate("EvidenceController", "Walking forward")
    return QCoreApplication.translate(
        "EvidenceController", "Walking forward: {done} of {expected} month ends"
    ).format(done=done, expected=expected)


def _made_of(session: Session, params, horizon: int) -> tuple:
    """What a walk depends on, to tell whether the one shown is still right."""
    series = session.series[:2]
    return (
        tuple((s.instrument.label, len(s.frame), s.frame.index[-1]) for s in series),
        params,
        int(horizon),
    )
