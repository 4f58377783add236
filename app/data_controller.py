"""Loading what the window charts: cache first, then a background refresh, imports and demo.

Every disk and network call runs on the ``WorkerPool``; this object only decides what to
ask for and turns the answers into signals for the window. A wrong symbol or a failed
fetch never replaces the current chart: the previous session stays until a new one is
complete enough to show (the equity plus at least one crypto series).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.workers import WorkerPool
from models.errors import (
    CacheCorrupt,
    Cancelled,
    DataError,
    InvalidParameter,
    NetworkDown,
    NoDataInRange,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.frames import DAILY
from models.market.instruments import Catalogue, Instrument
from models.market.series import MarketSeries
from models.session.session import LoadOutcome, Selection, Session, resolve_selection

# worker channels: a new request on a channel supersedes the older one
LOAD = "data.load"
FETCH = "data.fetch"
DEMO = "data.demo"
IMPORT = "data.import"
CACHE = "data.cache"


@dataclass
class CacheReport:
    """The cache's size on disk and what it holds (``Repository.list_series`` entries)."""

    size_bytes: int
    series: list = field(default_factory=list)


#: after the cache is on screen, wait this long before fetching, so the first paint does
#: not share the interpreter with the import of a data source (yfinance/ccxt ~0.5 s)
REFRESH_DELAY_MS = 1500


class DataController(QObject):
    """Loads sessions for the window; the GUI thread never waits on disk or network.

    ``repository`` follows ``models.market.repository.Repository`` (load/get/save_imported/...);
    ``demo_loader()`` returns ``(equity, [crypto...])`` MarketSeries; ``file_reader(path)``
    returns an object with ``frame`` and ``timeframe`` (``read_price_file``);
    ``prepare_fetch()`` runs on the fetch thread before series are fetched concurrently.

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
    fetch_started = Signal()
    fetch_progressed = Signal(int, int, str)
    fetch_finished = Signal()
    cache_report_ready = Signal(object)  # CacheReport

    def __init__(
        self,
        repository,
        workers: WorkerPool,
        catalogue: Catalogue,
        *,
        offline: bool = False,
        demo_loader: Callable[[], tuple] | None = None,
        file_reader: Callable[[Path], object] | None = None,
        prepare_fetch: Callable[[], None] | None = None,
        refresh_delay_ms: int = REFRESH_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._workers = workers
        self._catalogue = catalogue
        self._offline = offline
        self._demo_loader = demo_loader
        self._file_reader = file_reader
        self._prepare_fetch = prepare_fetch
        self._selection: Selection | None = None
        self._in_force: Selection | None = None  # the selection of the real session shown
        self._session: Session | None = None
        self._failed: dict[Instrument, DataError] = {}
        self._pending_errors: dict[Instrument, DataError] = {}
        self._import_count = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(refresh_delay_ms)
        self._refresh_timer.timeout.connect(self._auto_refresh)
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)
        workers.progress_reported.connect(self._on_progress)

    @property
    def selection(self) -> Selection | None:
        """The instruments currently asked for (None before the first ``select``)."""
        return self._selection

    @property
    def session(self) -> Session | None:
        """The session on screen (None until one was loaded)."""
        return self._session

    @property
    def offline(self) -> bool:
        """True when started with ``--offline``: the cache only, never the network."""
        return self._offline

    def select(self, equity_text: str, crypto_texts: list[str], exchange: str = "") -> bool:
        """Show these instruments: cached bars at once, then fetch what is missing."""
        try:
            selection = resolve_selection(self._catalogue, equity_text, crypto_texts, exchange)
        except DataError as exc:
            self.symbol_rejected.emit(str(exc))
            return False
        if self._session is not None and self._session.is_demo:
            message = self.tr("Leaving demo data: loading real data from the cache…")
            self.notice_reported.emit(message)
        self._load(selection)
        return True

    def retry(self) -> None:
        """Try the current selection again (the banner's Retry), failed series included."""
        if self._selection is not None:
            self._forget_failures(self._selection)
            self._load(self._selection)

    def refresh(self) -> None:
        """Fetch the bars missing after the cached ones, failed series included (Data ▸ Refresh)."""
        if self._selection is not None:
            self._forget_failures(self._selection)
            self.errors_cleared.emit()
            self._fetch(self._selection, self._selection.instruments, self._shown_series())

    def failures(self) -> dict[Instrument, DataError]:
        """The series that failed this session and are not fetched again until Refresh/Retry."""
        return dict(self._failed)

    def cancel_fetch(self) -> None:
        """Stop the running fetch; chart and cache stay as they were."""
        if self._workers.cancel(FETCH):
            self.fetch_finished.emit()
            message = self.tr("Fetch cancelled; the chart and cache are unchanged.")
            self.notice_reported.emit(message)
            if self._session is None:
                self.nothing_to_show.emit(self._empty_message(self.tr("Fetch cancelled.")))

    def load_demo(self) -> None:
        """Chart the synthetic demo bundle (never written to the cache)."""
        if self._demo_loader is None:
            self.error_reported.emit(self.tr("Demo data is not available in this build."))
            return
        self._stop_fetch()
        self._workers.submit(DEMO, lambda control: self._demo_loader())

    def import_file(self, symbol_text: str, path: str | Path) -> None:
        """Import a CSV for ``symbol_text`` into the cache, then chart it with the selection."""
        try:
            instrument = self._catalogue.resolve(symbol_text)
        except DataError as exc:
            self.error_reported.emit(str(exc))
            return
        if self._file_reader is None:
            self.error_reported.emit(self.tr("CSV import is not available in this build."))
            return
        self._import_count += 1  # each import has its own channel: none supersedes another
        channel = f"{IMPORT}.{self._import_count}"
        self._workers.submit(channel, lambda control: self._import_task(instrument, Path(path)))

    def request_cache_report(self) -> None:
        """Compute the cache size and series list in the background (``cache_report_ready``)."""
        self._workers.submit(CACHE, lambda control: self._cache_report())

    def clear_cache(self) -> None:
        """Delete every cached series (the chart keeps what it shows)."""
        self._workers.submit(CACHE, lambda control: self._clear_cache())

    def _load(self, selection: Selection) -> None:
        self._selection = selection
        self._stop_fetch()
        self.errors_cleared.emit()
        self._workers.submit(LOAD, lambda control: self._load_cached(selection, control))

    def _stop_fetch(self) -> None:
        self._refresh_timer.stop()
        if self._workers.cancel(FETCH):
            self.fetch_finished.emit()

    def _auto_refresh(self) -> None:
        """The refresh after a cached session: series that failed this session are skipped."""
        selection = self._selection
        if selection is not None:
            todo = [i for i in selection.instruments if i not in self._failed]
            self._fetch(selection, todo, self._shown_series())

    def _fetch(self, selection: Selection, todo, base: dict) -> None:
        if self._offline:
            self.notice_reported.emit(self.tr("Offline: showing cached data only."))
            return
        if not todo:
            return
        todo = tuple(todo)
        base = dict(base)
        self._workers.submit(FETCH, lambda control: self._fetch_all(selection, todo, base, control))
        self.fetch_started.emit()

    def _shown_series(self) -> dict:
        """The charted series by instrument: what a refresh falls back on when it fails."""
        if self._session is None or self._session.is_demo:
            return {}
        return {s.instrument: s for s in self._session.series}

    def _forget_failures(self, selection: Selection) -> None:
        for instrument in selection.instruments:
            self._failed.pop(instrument, None)

    # ----- worker side (runs on pool threads; touches no Qt object) -----

    def _load_cached(self, selection: Selection, control: FetchControl) -> LoadOutcome:
        outcome = LoadOutcome(selection)
        notices = getattr(self._repository, "notices", None)
        seen = len(notices) if notices is not None else 0
        for instrument in selection.instruments:
            control.check_cancelled()
            series = self._repository.load(instrument, DAILY)
            if series is not None and series.rows:
                outcome.series[instrument] = series
                outcome.notices.extend(series.warnings)
        if notices is not None:
            outcome.notices.extend(notices[seen:])
        outcome.volume_proxy = self._cached_volume_proxy(selection)
        for instrument in selection.instruments:
            if instrument not in outcome.series and _set_aside(instrument, outcome.notices):
                outcome.errors[instrument] = CacheCorrupt(
                    f"{instrument.label}'s cached file was unreadable and was set aside; "
                    + (
                        "it will be refetched when online."
                        if self._offline
                        else "it is being refetched."
                    )
                )
        return outcome

    def _fetch_all(
        self, selection: Selection, todo: tuple, base: dict, control: FetchControl
    ) -> LoadOutcome:
        """Fetch ``todo`` concurrently on top of ``base`` (series already loaded).

        Concurrent because a dead network costs each source its whole timeout and
        exchange chain: in a row they added up to ~25 s before the banner. The first
        NetworkDown also stops the others (it is strong evidence that none can succeed).
        """
        if self._prepare_fetch is not None:
            self._prepare_fetch()  # imports the source libraries before threads race for them
        outcome = LoadOutcome(selection, series=dict(base))
        outcome.volume_proxy = self._cached_volume_proxy(selection)
        network_down = threading.Event()

        def fetch_one(instrument):
            try:
                series = self._repository.get(instrument, timeframe=DAILY, control=control)
                return instrument, series, None
            except Cancelled:
                if not network_down.is_set():
                    raise
                return instrument, None, NetworkDown(NOT_TRIED)
            except NetworkDown as exc:
                network_down.set()
                control.cancel()  # only this task's control: siblings stop at their next check
                return instrument, None, exc
            except DataError as exc:
                return instrument, None, exc

        pending = list(todo)
        control.report(0, len(todo), _fetching(pending))
        with ThreadPoolExecutor(max_workers=len(todo), thread_name_prefix="fetch") as pool:
            for future in as_completed([pool.submit(fetch_one, i) for i in todo]):
                instrument, series, error = future.result()
                pending.remove(instrument)
                if series is not None:
                    outcome.series[instrument] = series
                    outcome.notices.extend(series.warnings)
                else:
                    outcome.errors[instrument] = error
                control.report(len(todo) - len(pending), len(todo), _fetching(pending))
        return outcome

    def _cached_volume_proxy(self, selection: Selection) -> MarketSeries | None:
        """The equity's volume stand-in (IWM for ^RUT) from the cache; never fetched, so a
        missing proxy costs nothing and the volume pane says how to add it."""
        symbol = selection.equity.volume_proxy
        if not symbol:
            return None
        try:
            series = self._repository.load(self._catalogue.resolve(symbol), DAILY)
        except DataError:
            return None
        return series if series is not None and series.rows else None

    def _import_task(self, instrument, path: Path):
        imported = self._file_reader(path)
        return self._repository.save_imported(instrument, imported.frame, imported.timeframe)

    def _cache_report(self) -> CacheReport:
        return CacheReport(self._repository.cache_size_bytes(), self._repository.list_series())

    def _clear_cache(self):
        self._repository.clear()
        return self._cache_report()

    # ----- GUI side -----

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == LOAD:
            self._on_cache_loaded(result)
        elif channel == FETCH:
            self._on_fetched(result)
        elif channel == DEMO:
            equity, crypto = result
            selection = Selection(equity.instrument, tuple(c.instrument for c in crypto))
            self._show(Session(equity, list(crypto), "demo", selection))
        elif channel.startswith(IMPORT):
            self._on_imported(result)
        elif channel == CACHE:
            self.cache_report_ready.emit(result)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if not channel.startswith("data."):
            return
        if channel == FETCH:
            self.fetch_finished.emit()
        if isinstance(error, Cancelled):
            return
        message = str(error) if isinstance(error, DataError) else _unexpected(error)
        self.error_reported.emit(message)
        if channel in (FETCH, LOAD) and self._session is None:
            self.nothing_to_show.emit(self._empty_message(message))

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, message: str) -> None:
        if channel == FETCH:
            self.fetch_progressed.emit(done, expected, message)

    def _on_cache_loaded(self, outcome: LoadOutcome) -> None:
        for notice in outcome.notices:
            self.notice_reported.emit(notice)
        selection = outcome.selection
        missing = [i for i in selection.instruments if i not in outcome.series]
        if self._offline:
            for instrument in missing:
                outcome.errors.setdefault(instrument, NotCachedOffline(_offline_reason(instrument)))
            self._settle(outcome, "cache")
            return
        for instrument in missing:  # failed earlier this session: not fetched again
            if instrument in self._failed:
                outcome.errors[instrument] = self._failed[instrument]
        todo = [i for i in missing if i not in self._failed]
        if not todo:
            self._settle(outcome, "cache")
            if not missing and self._session is not None:
                self._refresh_timer.start()
            return
        session = outcome.session("cache")
        if session is not None:
            self._show(session)  # the rest of the selection follows once fetched
        # carried to the fetch's answer: remembered failures, and set-aside files, so a
        # failed refetch still says the cached file was lost
        self._pending_errors = dict(outcome.errors)
        self._fetch(selection, todo, outcome.series)

    def _on_fetched(self, outcome: LoadOutcome) -> None:
        self.fetch_finished.emit()
        for instrument, error in outcome.errors.items():
            self._failed[instrument] = error
        for instrument, error in self._pending_errors.items():
            fetch_error = outcome.errors.get(instrument)
            if fetch_error is None:
                if instrument not in outcome.series:
                    outcome.errors[instrument] = error
            elif fetch_error is not error:
                combined = f"{error} {_named(instrument, fetch_error)}"
                outcome.errors[instrument] = type(fetch_error)(combined)
        self._pending_errors = {}
        for notice in outcome.notices:
            self.notice_reported.emit(notice)
        self._settle(outcome, "fetch")

    def _settle(self, outcome: LoadOutcome, origin: str) -> None:
        """Show what ``outcome`` allows, name every series that failed, keep the chart else.

        A crypto series the source does not know is dropped from the selection (the
        picker unticks it); one that failed otherwise stays ticked, named, for Refresh.
        """
        summary = _summary(outcome.errors)
        unknown = [i for i, e in outcome.errors.items() if i.is_crypto and _is_symbol_fault(e)]
        selection = outcome.selection.without(unknown)
        kept = LoadOutcome(selection, outcome.series, volume_proxy=outcome.volume_proxy)
        session = kept.session(origin)
        banner = session is None and self._session is None
        for instrument, error in outcome.errors.items():
            # under the banner "not cached, offline" is said once, by the banner itself
            if not (banner and isinstance(error, NotCachedOffline)):
                self.error_reported.emit(_named(instrument, error))
        if session is None:
            self._refuse(outcome, summary)
            return
        if any(i in self._failed for i in outcome.errors):  # still selected: Refresh retries
            summary += " " + self.tr("Data ▸ Refresh tries the failed series again.")
        if not _same_series(session, self._session):  # a failed refresh changes nothing
            self._show(session)
        if summary:
            self.series_missing.emit(summary)

    def _refuse(self, outcome: LoadOutcome, reason: str) -> None:
        """Nothing chartable came back: keep the chart and say why, or raise the banner."""
        reason = reason or self.tr("No data for this selection.")
        if self._session is not None:
            self._selection = self._in_force
            kept = self._in_force.instruments if self._in_force is not None else ()
            for instrument in outcome.errors:  # no longer selected: typing it again retries
                if instrument not in kept:
                    self._failed.pop(instrument, None)
            self.symbol_rejected.emit(reason)
            return
        cached = [s.instrument.label for s in outcome.series.values()]
        if (
            self._offline
            and not cached
            and not any(isinstance(e, CacheCorrupt) for e in outcome.errors.values())
        ):
            labels = ", ".join(i.label for i in outcome.errors)
            reason = self.tr("Offline mode: nothing cached for {labels}.").format(labels=labels)
        self.nothing_to_show.emit(self._empty_message(reason, cached))

    def _on_imported(self, series) -> None:
        self.notice_reported.emit(
            self.tr("Imported {rows} bars of {symbol}.").format(
                rows=series.rows, symbol=series.instrument.label
            )
        )
        self._failed.pop(series.instrument, None)
        base = self._selection or Selection(series.instrument, ())
        self._load(base.with_instrument(series.instrument))

    def _show(self, session: Session) -> None:
        if self._session is not None and self._session.is_demo and not session.is_demo:
            self.notice_reported.emit(self.tr("Left demo data; real data is charted."))
        self._session = session
        if session.selection is not None and not session.is_demo:
            self._selection = self._in_force = session.selection
        self.session_loaded.emit(session)

    def _empty_message(self, reason: str, cached: list[str] | None = None) -> str:
        reason = reason.rstrip(".") + "."
        if cached:
            return self.tr(
                "{reason} {cached} cached, but a chart needs the equity and one crypto "
                "series: retry, import a CSV file or load the demo data."
            ).format(
                reason=reason, cached=", ".join(cached) + (" is" if len(cached) == 1 else " are")
            )
        return self.tr(
            "{reason} There is nothing cached to chart yet: retry, import a CSV file "
            "or load the demo data."
        ).format(reason=reason)


class NotCachedOffline(NoDataInRange):
    """Offline and nothing cached for a series (the controller's own finding)."""


def _named(instrument: Instrument, error: Exception) -> str:
    """The error's message, prefixed with the series it is about unless it names it."""
    text = str(error).strip()
    if instrument.label in text or instrument.symbol in text:
        return text
    return f"{instrument.label}: {text}"


def _same_series(session: Session, shown: Session | None) -> bool:
    """True when ``session`` holds exactly the selection and series objects charted."""
    if shown is None or session.selection != shown.selection:
        return False
    return [id(s) for s in session.series] == [id(s) for s in shown.series]


def _is_symbol_fault(error: Exception) -> bool:
    return isinstance(error, (UnknownSymbol, InvalidParameter))


def _offline_reason(instrument: Instrument) -> str:
    return f"{instrument.label}: nothing cached and the app is offline."


#: why a series was stopped when another source found the network down
NOT_TRIED = "not fetched: no network connection (another source could not be reached)."


def _summary(errors: dict) -> str:
    """One sentence per distinct failure; series failing alike share it ('A, B: offline')."""
    groups: dict[str, list[str]] = {}
    for instrument, error in errors.items():
        text = _named(instrument, error)
        prefix = f"{instrument.label}: "
        if text.startswith(prefix):
            groups.setdefault(text.removeprefix(prefix), []).append(instrument.label)
        else:
            groups.setdefault(text, [])
    return " ".join(
        f"{', '.join(labels)}: {text}" if labels else text for text, labels in groups.items()
    )


def _set_aside(instrument: Instrument, notices: list[str]) -> bool:
    """True when the cache reported ``instrument``'s file unreadable (and moved it away)."""
    return any(f"cached {instrument.symbol} (" in n and "could not be read" in n for n in notices)


def _fetching(pending: list) -> str:
    labels = [i.label for i in pending]
    return "Fetching " + ", ".join(labels) if labels else "Fetched"


def _unexpected(error: object) -> str:
    return f"Unexpected {type(error).__name__}: {error}"
