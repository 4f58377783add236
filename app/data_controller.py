"""Loading what the window charts: cache first, then a background refresh, imports and demo.

This object only coordinates. The work is the Qt-free core in ``models.session.loading``
and ``models.session.imports``, run as plain worker tasks with explicit arguments (no
QObject captured): ``load_cached`` on the ``LOAD`` channel, one ``fetch_in_batch`` per
instrument through ``app.data_fetch.FetchRunner``, ``import_file``, the demo session and
the cache report. The answers come back as ``LoadOutcome``s with structured notices; the
words are ``app.data_wording``'s; which series failed is ``FailureMemory``'s.

A wrong symbol or a failed fetch never replaces the current chart: the previous session
stays until a new one is complete enough to show (the equity plus at least one crypto
series).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app import data_wording as words
from app.data_fetch import FetchRunner
from app.data_tasks import clear_series_task, demo_task
from app.workers import WorkerPool
from models.errors import (
    CacheCorrupt,
    CalendarRefused,
    Cancelled,
    DataError,
    InvalidParameter,
    NotCachedOffline,
    UnknownSymbol,
)
from models.market.cache_report import cache_report, clear_cache
from models.market.instruments import Catalogue, Instrument
from models.session.imports import import_file
from models.session.loading.cached import load_cached
from models.session.loading.demo import demo_session
from models.session.loading.failures import FailureMemory
from models.session.session import LoadOutcome, Selection, Session, resolve_selection

# worker channels: a new request on a channel supersedes the older one
LOAD = "data.load"
DEMO = "data.demo"
IMPORT = "data.import"
CACHE = "data.cache"

#: after the cache is on screen, wait this long before fetching, so the first paint does
#: not share the interpreter with the import of a data source (yfinance/ccxt ~0.5 s)
REFRESH_DELAY_MS = 1500


class DataController(QObject):
    """Loads sessions for the window; the GUI thread never waits on disk or network.

    ``repository`` follows ``models.market.repository.Repository`` (read_cached, load, get,
    save_imported ...); ``demo_loader()`` returns the demo ``Session``;
    ``prepare_fetch()`` runs on a pool thread once before the series of a request are
    fetched concurrently.

    A series that failed is remembered for the session (``failures()``) and not fetched
    again on later selection changes, only on an explicit ``retry`` or ``refresh``.
    """

    session_loaded = Signal(object)  # Session
    nothing_to_show = Signal(str)  # why the banner is up
    symbol_rejected = Signal(str)  # the picker shows it and reverts; the chart stays
    series_missing = Signal(str)  # charted without these series: the picker says why
    error_reported = Signal(str)  # one more current error for the status bar
    errors_cleared = Signal()  # a new request: the errors of the last one are history
    notice_reported = Signal(str)  # transient information for the status bar
    import_refused = Signal(str, str, str)  # symbol, path, why: import it anyway on purpose?
    fetch_started = Signal()
    fetch_progressed = Signal(int, int, str)
    fetch_finished = Signal()
    cache_report_ready = Signal(object)  # models.market.cache_report.CacheReport
    offline_changed = Signal(bool)  # working offline (Data ▸ Work offline) or not
    retry_refused_offline = Signal()  # Retry while offline: offer going online
    repository = property(lambda self: self._repository, doc="Where series are read and fetched.")

    def __init__(
        self,
        repository,
        workers: WorkerPool,
        catalogue: Catalogue,
        *,
        offline: bool = False,
        demo_loader: Callable[[], Session] = demo_session,
        prepare_fetch: Callable[[], None] | None = None,
        refresh_delay_ms: int = REFRESH_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._workers = workers
        self._catalogue = catalogue
        #: working offline (``--offline`` or Data ▸ Work offline): the cache only, no network
        self.offline = offline
        self._demo_loader = demo_loader
        self._selection: Selection | None = None
        self._in_force: Selection | None = None  # the selection of the real session shown
        self._session: Session | None = None
        self._failures = FailureMemory()
        self._imports: dict[str, tuple[str, str]] = {}  # channel -> (symbol, path)
        self._import_count = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(refresh_delay_ms)
        self._refresh_timer.timeout.connect(self._auto_refresh)
        self._fetcher = FetchRunner(repository, workers, prepare_fetch, self)
        for source, target in (
            (self._fetcher.started, self.fetch_started),
            (self._fetcher.progressed, self.fetch_progressed),
            (self._fetcher.finished, self.fetch_finished),
            (self._fetcher.fetched, self._on_fetched),
            (self._fetcher.failed, self._on_failed),
        ):
            source.connect(target)
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)

    @property
    def selection(self) -> Selection | None:
        """The instruments currently asked for (None before the first ``select``)."""
        return self._selection

    @property
    def session(self) -> Session | None:
        """The session on screen (None until one was loaded)."""
        return self._session

    def set_offline(self, offline: bool) -> None:
        """Work offline or go online again; going online loads the selection afresh (what
        is missing is fetched)."""
        offline = bool(offline)
        if offline == self.offline:
            return
        self.offline = offline
        self._repository.offline = offline
        if offline:
            self._stop_fetch()
        self.offline_changed.emit(offline)
        if not offline and self._selection is not None:
            self.retry()

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Resolve with ``catalogue`` from now on (the user edited the altseason universe);
        a selection it changes (plain ``altseason`` counting other alts) loads at once: the
        inputs cached are shown, the others fetched as one batch with one progress bar."""
        self._catalogue, selection = catalogue, self._selection
        if selection is None or (self._session is not None and self._session.is_demo):
            return
        try:
            renewed = resolve_selection(catalogue, *selection.texts())
        except DataError as exc:
            self.error_reported.emit(str(exc))
            return
        if renewed != selection:
            self._load(renewed)

    def select(self, equity_text: str, crypto_texts: list[str], exchange: str = "") -> bool:
        """Show these instruments: cached bars at once, then fetch what is missing."""
        try:
            selection = resolve_selection(self._catalogue, equity_text, crypto_texts, exchange)
        except DataError as exc:
            self.symbol_rejected.emit(str(exc))
            return False
        if self._session is not None and self._session.is_demo:
            self.notice_reported.emit(words.leaving_demo())
        self._load(selection)
        return True

    def retry(self) -> None:
        """Try the current selection again (the banner's Retry), failed series included.

        Offline, nothing can be fetched: ``retry_refused_offline`` lets the window say so
        and offer going online."""
        if self.offline:
            self.retry_refused_offline.emit()
            return
        if self._selection is not None:
            self._failures.forget(self._selection.instruments)
            self._load(self._selection)

    def refresh(self) -> None:
        """Fetch the bars missing after the cached ones, failed series included (Data ▸ Refresh)."""
        if self._selection is not None:
            self._failures.forget(self._selection.instruments)
            self.errors_cleared.emit()
            self._fetch(self._selection, self._selection.instruments, *self._shown())

    def failures(self) -> dict[Instrument, DataError]:
        """The series that failed this session and are not fetched again until Refresh/Retry."""
        return self._failures.as_dict()

    def cancel_fetch(self) -> None:
        """Stop the running fetch; chart and cache stay as they were."""
        if self._fetcher.stop():
            self.notice_reported.emit(words.fetch_cancelled(in_status_bar=True))
            if self._session is None:
                reason = words.fetch_cancelled(in_status_bar=False)
                self.nothing_to_show.emit(words.empty_message(reason))

    def load_demo(self) -> None:
        """Chart the synthetic demo bundle (never written to the cache)."""
        self._stop_fetch()
        self._workers.submit(DEMO, demo_task, self._demo_loader)

    def import_file(self, symbol_text: str, path: str | Path, force: bool = False) -> None:
        """Import a price file for ``symbol_text`` into the cache, then chart it with the
        selection. A file whose calendar does not fit the symbol (24/7 bars under ^RUT) is
        refused (``import_refused``) unless ``force``: the user confirmed it on purpose."""
        self._import_count += 1  # each import has its own channel: none supersedes another
        channel = f"{IMPORT}.{self._import_count}"
        self._imports[channel] = (symbol_text, str(path))
        args = (self._repository, self._catalogue, symbol_text, str(path), force)
        self._workers.submit(channel, import_file, *args)

    def request_cache_report(self) -> None:
        """Compute the cache size and series list in the background (``cache_report_ready``)."""
        self._workers.submit(CACHE, cache_report, self._repository)

    def clear_cache(self) -> None:
        """Delete every cached series (the chart keeps what it shows)."""
        self._workers.submit(CACHE, clear_cache, self._repository)

    def clear_series(self, label: str) -> None:
        """Delete one cached series (``BTC/USDT@binance``: that exchange's copy only), then
        report the cache again (``cache_report_ready``); the chart keeps what it shows."""
        try:
            instrument = self._catalogue.resolve(label)
        except DataError as exc:
            self.error_reported.emit(str(exc))
            return
        self._workers.submit(CACHE, clear_series_task, self._repository, instrument)

    @property
    def cache_path(self) -> str:
        """Where the cache lives ('' when the repository does not say)."""
        cache = getattr(self._repository, "cache", None)
        return str(getattr(cache, "root", "") or "")

    def _load(self, selection: Selection) -> None:
        self._selection = selection
        self._stop_fetch()
        self.errors_cleared.emit()
        args = (self._repository, self._catalogue, selection, self.offline)
        self._workers.submit(LOAD, load_cached, *args)

    def _stop_fetch(self) -> None:
        self._refresh_timer.stop()
        self._fetcher.stop()

    def _auto_refresh(self) -> None:
        """The refresh after a cached session: series that failed this session are skipped."""
        if self._selection is not None:
            todo = self._failures.not_failed(self._selection.instruments)
            self._fetch(self._selection, todo, *self._shown())

    def _fetch(self, selection: Selection, todo, base: dict, volume_proxy) -> None:
        if self.offline:
            self.notice_reported.emit(words.offline_only())
        elif todo:
            self._fetcher.start(selection, tuple(todo), base, volume_proxy)

    def _shown(self) -> tuple[dict, object]:
        """The charted series by instrument (what a refresh falls back on when it fails)
        and the volume proxy that rides with them."""
        if self._session is None or self._session.is_demo:
            return {}, None
        return {s.instrument: s for s in self._session.series}, self._session.volume_proxy

    # ----- answers (GUI thread) -----

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == LOAD:
            self._on_cache_loaded(result)
        elif channel == DEMO:
            self._show(result)
        elif channel in self._imports:  # saved: say so, then chart it with the selection
            del self._imports[channel]
            self.notice_reported.emit(words.imported(result))
            self._report(result.notices)
            self._failures.forget([result.instrument])
            base = self._selection or Selection(result.instrument, ())
            self._load(base.with_instrument(result.instrument))
        elif channel == CACHE:
            self.cache_report_ready.emit(result)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel not in (LOAD, DEMO, CACHE) and channel not in self._imports:
            return
        symbol, path = self._imports.pop(channel, ("", ""))
        if isinstance(error, CalendarRefused) and path:
            self.import_refused.emit(symbol, path, str(error))
        elif not isinstance(error, Cancelled):
            self._on_failed(error, banner=channel == LOAD)

    def _on_failed(self, error: object, banner: bool = True) -> None:
        message = words.unexpected(error)
        self.error_reported.emit(message)
        if banner and self._session is None:
            self.nothing_to_show.emit(words.empty_message(message))

    def _on_cache_loaded(self, outcome: LoadOutcome) -> None:
        self._report(outcome.notices)
        selection = outcome.selection
        missing = [i for i in selection.instruments if i not in outcome.series]
        if not self.offline:
            self._failures.recall_into(outcome, missing)  # failed earlier: not fetched again
        todo = [] if self.offline else self._failures.not_failed(missing)
        if not todo:
            self._settle(outcome, "cache")
            if not missing and self._session is not None and not self.offline:
                self._refresh_timer.start()
            return
        session = outcome.session("cache")
        if session is not None:
            self._show(session)  # the rest of the selection follows once fetched
        # a failed refetch of a set-aside file must still say the cached file was lost
        self._failures.carry(outcome.errors)
        self._fetch(selection, todo, outcome.series, outcome.volume_proxy)

    def _on_fetched(self, outcome: LoadOutcome) -> None:
        self._failures.settle_fetch(outcome)
        self._report(outcome.notices)
        self._settle(outcome, "fetch")

    def _settle(self, outcome: LoadOutcome, origin: str) -> None:
        """Show what ``outcome`` allows, name every series that failed, keep the chart else.

        A crypto series the source does not know is dropped from the selection (the
        picker unticks it); one that failed otherwise stays ticked, named, for Refresh.
        """
        summary = words.summary(outcome.errors)
        unknown = [i for i, e in outcome.errors.items() if i.is_crypto and _is_symbol_fault(e)]
        selection = outcome.selection.without(unknown)
        kept = LoadOutcome(selection, outcome.series, volume_proxy=outcome.volume_proxy)
        session = kept.session(origin)
        banner = session is None and self._session is None
        for instrument, error in outcome.errors.items():
            # under the banner "not cached, offline" is said once, by the banner itself
            if not (banner and isinstance(error, NotCachedOffline)):
                self.error_reported.emit(words.error_text(instrument, error))
        if session is None:
            self._refuse(outcome, summary)
            return
        if any(i in self._failures for i in outcome.errors):  # still selected: Refresh retries
            summary += " " + words.refresh_hint()
        if not _same_series(session, self._session):  # a failed refresh changes nothing
            self._show(session)
        if summary:
            self.series_missing.emit(summary)

    def _refuse(self, outcome: LoadOutcome, reason: str) -> None:
        """Nothing chartable came back: keep the chart and say why, or raise the banner."""
        reason = reason or words.no_data()
        if self._session is not None:
            self._selection = self._in_force
            kept = self._in_force.instruments if self._in_force is not None else ()
            # no longer selected: typing it again retries
            self._failures.forget(i for i in outcome.errors if i not in kept)
            self.symbol_rejected.emit(reason)
            return
        cached = [s.instrument.label for s in outcome.series.values()]
        corrupt = any(isinstance(e, CacheCorrupt) for e in outcome.errors.values())
        if self.offline and not cached and not corrupt:
            reason = words.offline_nothing_cached(outcome.errors)
        has_equity = outcome.selection.equity in outcome.series
        self.nothing_to_show.emit(words.empty_message(reason, cached, has_equity))

    def _show(self, session: Session) -> None:
        if self._session is not None and self._session.is_demo and not session.is_demo:
            self.notice_reported.emit(words.left_demo())
        if session.is_demo:  # the failed state the demo replaces is history
            self.errors_cleared.emit()
        self._session = session
        if session.selection is not None and not session.is_demo:
            self._selection = self._in_force = session.selection
        self.session_loaded.emit(session)

    def _report(self, notices) -> None:
        for notice in notices:
            self.notice_reported.emit(words.notice_text(notice))


def _same_series(session: Session, shown: Session | None) -> bool:
    """True when ``session`` holds exactly the selection and series objects charted."""
    if shown is None or session.selection != shown.selection:
        return False
    return [id(s) for s in session.series] == [id(s) for s in shown.series]


def _is_symbol_fault(error: Exception) -> bool:
    return isinstance(error, (UnknownSymbol, InvalidParameter))
