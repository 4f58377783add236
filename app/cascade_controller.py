"""The cascade in the window: the stages' series loaded, the chain judged in the background,
the result shown on the cascade view.

A run has up to three steps, each a plain worker task on its own channel, and a new run
(the stages edited, the breakout rule changed, demo data in or out, Refresh) cancels
whatever the last one still had going, so the newest request wins:

1. ``cascade.load``: the stages as the cache holds them, through the one loading core
   (``models.session.loading.cached.load_cached``: a derived stage such as NETLIQ or a
   basket is computed from its cached inputs); the demo chain instead while the window
   shows demo data (``models.cascade.demo.demo_chain``).
2. ``cascade.fetch`` (online only): the inputs nothing is cached for, and, once per run
   of the app or on Refresh, every input topped up, as one batch on the network pool
   (``fetch_in_batch``, as the chart's fetches are); the cached chain is judged and shown
   meanwhile, and judged again when the fetch brought new bars.
3. ``cascade.stats``: ``models.cascade.analysis.prepare_cascade`` in the child process of
   the heavy statistics (``app.process_apart``), its progress after each hop relayed to
   the view and the cancel reaching it between hops (about 0.2-0.8 s for 8 stages).

Nothing runs while the view is hidden; a change made then is run when it is shown again
(``set_active``). The chain is saved through ``SettingsStore.save_cascade_chain``.

In replay (the view state's ``as_of``) the stages loaded are cut at the day
(``models.replay.as_of.series_as_of``: FRED values by publication) and judged as of it,
as ``main.py cascade --as-of`` does; a move of the day judges the loaded stages again
(``AS_OF_DELAY_MS`` after the cursor rests, so Play does not queue a judgement per step).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app import data_wording as words
from app.cascade_presenter import CascadePanelPresenter
from app.workers import WorkerPool
from models.cascade.analysis import CascadeAnalysis, CascadeOptions, prepare_cascade
from models.cascade.demo import demo_chain
from models.cascade.stages import DEFAULT_CHAIN, Stage
from models.errors import Cancelled, DataError
from models.replay.as_of import series_as_of
from models.session.loading.cached import load_cached
from models.session.loading.derived import with_inputs
from models.session.loading.fetching import FetchBatch, fetch_in_batch, fetched_outcome
from models.session.session import LoadOutcome, Selection
from widgets.cascade.protocols import CascadePanelView

LOAD, FETCH, STATS = "cascade.load", "cascade.fetch", "cascade.stats"
CHANNELS = (LOAD, FETCH, STATS)
#: the stage whose breakouts start the cycles when the chart's equity is not a stage
DEFAULT_ANCHOR = CascadeOptions().anchor
#: the chain is judged again at the replay's day once the cursor has rested this long
AS_OF_DELAY_MS = 300


# --- worker tasks: plain functions of their inputs (the pool passes a FetchControl) -------


def demo_stages_task(chain: tuple[Stage, ...], control) -> list:
    """(stage, series) pairs of the demo chain (a ``KeyError`` names a stage it lacks)."""
    control.check_cancelled()
    return demo_chain(chain)


#: the chain of ``loaded`` judged (progress after each hop, cancel between hops), in the
#: child process: on a thread its Python shared the interpreter lock with the GUI, and a
#: pan of the chart while it ran took 60-100 ms instead of 25 (measured under load)
analyse_task = prepare_cascade


class CascadeController(QObject):
    """Runs and shows the cascade (see the module docstring).

    ``data`` is the window's ``DataController`` (its ``repository`` and ``offline``);
    ``store`` the ``SettingsStore``; ``view`` the ``ViewStateOwner`` (the breakout rule,
    the theme, the chart's equity). ``link`` (optional, ``app.cascade_link.TimeAxisLink``)
    gives the dates a new analysis opens on (the chart's) and keeps the chart still while
    it is laid out.
    """

    analysis_shown = Signal(object)  # CascadeAnalysis, once on screen
    chain_changed = Signal(object)  # tuple[Stage, ...], saved

    def __init__(
        self,
        panel: CascadePanelView,
        workers: WorkerPool,
        data,
        catalogue,
        store,
        view,
        link=None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.presenter = CascadePanelPresenter(panel)
        self._workers, self._data, self._store, self._view = workers, data, store, view
        self._catalogue = catalogue
        self._link = link
        self._chain: tuple[Stage, ...] = store.cascade_chain()
        self._demo = False
        self._active = False
        self._stale = True  # something changed since the last run
        self._topped_up = False  # every input was topped up once this run of the app
        self._top_up = False
        self._selection: Selection | None = None
        self._outcome: LoadOutcome | None = None
        self._analysis: CascadeAnalysis | None = None
        self._judged: tuple | None = None  # what the last judged chain was made of
        self._pairs: list | None = None  # the (stage, series) last judged, before any cut
        self._as_of_wait = QTimer(self)
        self._as_of_wait.setSingleShot(True)
        self._as_of_wait.setInterval(AS_OF_DELAY_MS)
        self._as_of_wait.timeout.connect(self._judge_again)
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)
        workers.progress_reported.connect(self._on_progress)
        view.theme_changed.connect(panel.set_theme)
        view.params_changed.connect(self._changed)
        view.selection_changed.connect(self._on_selection_changed)
        view.as_of_changed.connect(self._on_as_of_changed)
        panel.set_theme(view.state.theme)

    # --- what is shown ------------------------------------------------------------------
    @property
    def chain(self) -> tuple[Stage, ...]:
        """The stages, in order."""
        return self._chain

    @property
    def analysis(self) -> CascadeAnalysis | None:
        """The analysis on screen (None before the first)."""
        return self._analysis

    def options(self) -> CascadeOptions:
        """How the chain is judged: the user's breakout rule; the cycles anchored on the
        chart's equity when it is a stage, else on ^RUT."""
        equity = self._view.state.equity.strip().upper()
        symbols = {stage.symbol.upper() for stage in self._chain}
        anchor = self._view.state.equity if equity in symbols else DEFAULT_ANCHOR
        return CascadeOptions(params=self._view.state.params, anchor=anchor, as_of=self._view.as_of)

    # --- requests -----------------------------------------------------------------------
    def set_chain(self, chain) -> None:
        """Use and save ``chain`` (a checked tuple of stages), then judge it."""
        self._chain = tuple(chain)
        self._store.save_cascade_chain(self._chain)
        self.chain_changed.emit(self._chain)
        self._changed()

    def set_demo(self, on: bool) -> None:
        """The window shows demo data (the demo chain) or real data (the cache)."""
        if bool(on) != self._demo:
            self._demo = bool(on)
            self._changed()

    def set_active(self, on: bool) -> None:
        """The view is shown (a pending change runs now) or hidden (nothing runs)."""
        self._active = bool(on)
        if self._link is not None:
            self._link.set_following(self._active)
        if self._active and self._stale:
            self.run()

    def refresh(self) -> None:
        """Top every input up from its source, then judge the chain again (offline: the
        cache as it is, and the view says so)."""
        self.run(top_up=True)
        if self._data.offline and not self._demo:
            self.panel.show_message(words.offline_only())

    def cancel(self) -> None:
        """Stop the running load, fetch or computation; the view keeps what it shows."""
        stopped = [self._workers.cancel(channel) for channel in CHANNELS]
        self.panel.show_idle()
        if any(stopped):
            self._stale = True
            self.panel.show_message(
                QCoreApplication.translate(
                    "CascadeController",
                    "Cancelled: the cascade shown is the last one computed (Refresh runs it).",
                )
            )

    def run(self, top_up: bool = False) -> None:
        """Load the stages and judge the chain (see the module docstring)."""
        if not self._active:
            self._stale = True
            return
        self._stale = False
        for channel in CHANNELS:
            self._workers.cancel(channel, quiet=True)
        self.panel.show_message("")
        self.panel.show_progress(
            0, 0, QCoreApplication.translate("CascadeController", "Loading the stages")
        )
        self._judged = None
        if self._demo:
            self._workers.submit(LOAD, partial(demo_stages_task, self._chain))
            return
        offline = bool(self._data.offline)
        self._top_up = not offline and (top_up or not self._topped_up)
        catalogue = self._catalogue
        try:
            instruments = [catalogue.resolve(stage.symbol) for stage in self._chain]
        except DataError as err:
            self._fail(words.describe(err))
            return
        self._selection = Selection(instruments[0], tuple(instruments[1:]))
        repository = self._data.repository
        task = partial(load_cached, repository, catalogue, self._selection, offline)
        self._workers.submit(LOAD, task)

    def check_symbol(self, text: str) -> str | None:
        """Why ``text`` is no series the catalogue reads, or None (for the stage editor)."""
        try:
            self._catalogue.resolve(text)
        except DataError as err:
            return words.describe(err)
        return None

    def _changed(self, *_args) -> None:
        self._stale = True
        if self._active:
            self.run()

    def _on_selection_changed(self, *_args) -> None:
        shown = self._analysis
        if shown is not None and shown.options.anchor != self.options().anchor:
            self._changed()

    # --- answers (GUI thread) -----------------------------------------------------------
    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == LOAD:
            self._on_loaded(result)
        elif channel == FETCH:
            self._on_fetched(result)
        elif channel == STATS:
            self._show(result)
        if channel in CHANNELS and not any(self._workers.is_busy(c) for c in CHANNELS):
            self.panel.show_idle()

    def _on_loaded(self, result) -> None:
        if self._demo:
            self._judge(result)
            return
        self._outcome = result
        instruments = with_inputs(self._selection.instruments)
        missing = [i for i in instruments if i not in result.series]
        todo = instruments if self._top_up else missing
        pairs = self._stage_pairs(result)
        if pairs is not None:
            self._judge(pairs)
        elif not todo or self._data.offline:
            self._say_missing(result)
        if todo and not self._data.offline:
            batch = FetchBatch(todo)
            calls = [(self._data.repository, instrument, batch) for instrument in todo]
            self._workers.submit_many(FETCH, fetch_in_batch, calls, io=True)

    def _on_fetched(self, answers) -> None:
        base = self._outcome.series if self._outcome is not None else {}
        outcome = fetched_outcome(self._selection, base, answers)
        self._outcome = outcome
        self._topped_up = self._topped_up or self._top_up
        pairs = self._stage_pairs(outcome)
        if pairs is None:
            self._say_missing(outcome)
            return
        said = [words.error_text(i, e) for i, e in outcome.errors.items()]
        self.panel.show_message("\n".join(said))
        if _made_of(pairs) != self._judged:
            self._judge(pairs)

    def _stage_pairs(self, outcome: LoadOutcome) -> list | None:
        """(stage, series) in chain order, or None while a stage's series is missing."""
        series = [outcome.series.get(i) for i in self._selection.instruments]
        if any(s is None for s in series):
            return None
        return list(zip(self._chain, series, strict=True))

    def _say_missing(self, outcome: LoadOutcome) -> None:
        lines = []
        for stage, instrument in zip(self._chain, self._selection.instruments, strict=True):
            if instrument in outcome.series:
                continue
            error = outcome.errors.get(instrument) or next(
                (outcome.errors[i] for i in with_inputs([instrument]) if i in outcome.errors),
                None,
            )
            text = (
                words.describe(error, instrument)
                if error is not None
                else QCoreApplication.translate(
                    "CascadeController",
                    "nothing cached; import it (File ▸ Import CSV…) or work online",
                )
            )
            lines.append(f"{stage.spec}: {text}")
        self._fail(
            QCoreApplication.translate("CascadeController", "The cascade needs every stage:")
            + "\n"
            + "\n".join(lines)
        )

    def _judge(self, pairs: list) -> None:
        self._judged = _made_of(pairs)
        self._pairs = pairs
        day = self._view.as_of
        try:  # in replay: only what each stage had published by the day's close
            cut = pairs if day is None else [(st, series_as_of(se, day)) for st, se in pairs]
        except DataError as err:
            self._fail(words.describe(err))
            return
        self._workers.submit(STATS, analyse_task, cut, self.options(), apart=True)

    def _on_as_of_changed(self, _day) -> None:
        self._as_of_wait.start()  # the chain is judged once the cursor rests

    def _judge_again(self) -> None:
        """The replay's day moved: judge the loaded stages as of it (or live)."""
        if self._pairs is None or not self._active:
            self._changed()
            return
        self.panel.show_message("")
        self.panel.show_progress(
            0, 0, QCoreApplication.translate("CascadeController", "Judging the chain")
        )
        self._judge(self._pairs)

    def _show(self, analysis: CascadeAnalysis) -> None:
        self._analysis = analysis
        dates = self._link.chart_range() if self._link is not None else None
        start, end = dates if dates is not None else (None, None)
        theme = self._view.state.theme
        if self._link is not None:
            with self._link.paused():
                self.presenter.show(analysis, theme, start, end)
        else:
            self.presenter.show(analysis, theme, start, end)
        self.analysis_shown.emit(analysis)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel not in CHANNELS or isinstance(error, Cancelled):
            return
        if isinstance(error, KeyError) and channel == LOAD and self._demo:
            has = ", ".join(stage.spec for stage in DEFAULT_CHAIN)
            self._fail(
                QCoreApplication.translate(
                    "CascadeController", "The demo chain has no {stage}; it has {stages}."
                ).format(stage=error.args[0], stages=has)
            )
            return
        self._fail(
            words.describe(error) if isinstance(error, DataError) else words.unexpected(error)
        )

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, text: str) -> None:
        if channel == STATS:
            self.panel.show_progress(done, expected, text)
        elif channel == FETCH:
            self.panel.show_progress(
                done,
                expected,
                QCoreApplication.translate(
                    "CascadeController", "Fetching the stages' bars: {what}"
                ).format(what=text),
            )

    def _fail(self, message: str) -> None:
        self.panel.show_idle()
        self.panel.show_message(message)


def _made_of(pairs: list) -> tuple:
    """What a chain's series are, to tell whether a fetch brought anything new."""
    return tuple((stage.spec, series.rows, series.last) for stage, series in pairs)
