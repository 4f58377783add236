"""Loading what the window charts: cache first, then a background refresh, imports and demo.

Every disk and network call runs on the ``WorkerPool``; this object only decides what to
ask for and turns the answers into signals for the window. A wrong symbol or a failed
fetch never replaces the current chart: the previous session stays until a new one is
complete enough to show (the equity plus at least one crypto series).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.session import LoadOutcome, Selection, Session, resolve_selection
from app.workers import WorkerPool
from models.errors import Cancelled, DataError, InvalidParameter, NoDataInRange, UnknownSymbol
from models.fetch_control import FetchControl
from models.frames import DAILY
from models.instruments import Catalogue

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

#: failures that mean "this symbol is wrong", as opposed to "try again later"
_SYMBOL_FAULTS = (UnknownSymbol, InvalidParameter, NoDataInRange)


class DataController(QObject):
    """Loads sessions for the window; the GUI thread never waits on disk or network.

    ``repository`` follows ``models.repository.Repository`` (load/get/save_imported/...);
    ``demo_loader()`` returns ``(equity, [crypto...])`` MarketSeries; ``file_reader(path)``
    returns an object with ``frame`` and ``timeframe`` (``read_price_file``).
    """

    session_loaded = Signal(object)  # Session
    nothing_to_show = Signal(str)  # why the banner is up
    symbol_rejected = Signal(str)  # the picker shows it; the chart stays as it was
    error_reported = Signal(str)  # the status bar's last error
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
        self._selection: Selection | None = None
        self._session: Session | None = None
        self._import_count = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(refresh_delay_ms)
        self._refresh_timer.timeout.connect(self.refresh)
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
        self._load(selection)
        return True

    def retry(self) -> None:
        """Try the current selection again (the banner's Retry)."""
        if self._selection is not None:
            self._load(self._selection)

    def refresh(self) -> None:
        """Fetch the bars missing after the cached ones, in the background."""
        if self._selection is not None:
            self._fetch(self._selection)

    def cancel_fetch(self) -> None:
        """Stop the running fetch; chart and cache stay as they were."""
        if self._workers.cancel(FETCH):
            self.fetch_finished.emit()
            message = self.tr("Fetch cancelled; the chart and cache are unchanged.")
            self.notice_reported.emit(message)

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
        self._workers.submit(LOAD, lambda control: self._load_cached(selection, control))

    def _stop_fetch(self) -> None:
        self._refresh_timer.stop()
        if self._workers.cancel(FETCH):
            self.fetch_finished.emit()

    def _fetch(self, selection: Selection) -> None:
        if self._offline:
            self.notice_reported.emit(self.tr("Offline: showing cached data only."))
            return
        self._workers.submit(FETCH, lambda control: self._fetch_all(selection, control))
        self.fetch_started.emit()

    # ----- worker side (runs on pool threads; touches no Qt object) -----

    def _load_cached(self, selection: Selection, control: FetchControl) -> LoadOutcome:
        outcome = LoadOutcome(selection)
        for instrument in selection.instruments:
            control.check_cancelled()
            series = self._repository.load(instrument, DAILY)
            if series is not None and series.rows:
                outcome.series[instrument] = series
        return outcome

    def _fetch_all(self, selection: Selection, control: FetchControl) -> LoadOutcome:
        outcome = LoadOutcome(selection)
        total = len(selection.instruments)
        for done, instrument in enumerate(selection.instruments):
            control.check_cancelled()
            control.report(done, total, f"Fetching {instrument.label}")
            try:
                outcome.series[instrument] = self._repository.get(
                    instrument, timeframe=DAILY, control=control
                )
            except Cancelled:
                raise
            except DataError as exc:
                outcome.errors[instrument] = exc
        return outcome

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
            self._show(Session(equity, list(crypto), "demo"))
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
        if channel == FETCH and self._session is None:
            self.nothing_to_show.emit(self._empty_message(message))

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, message: str) -> None:
        if channel == FETCH:
            self.fetch_progressed.emit(done, expected, message)

    def _on_cache_loaded(self, outcome: LoadOutcome) -> None:
        session = outcome.session("cache")
        if session is not None:
            self._show(session)
        if not self._offline:
            if session is None:
                self._fetch(outcome.selection)
            else:
                self._refresh_timer.start()
        elif session is None:
            self.nothing_to_show.emit(self._empty_message(self.tr("Offline mode.")))

    def _on_fetched(self, outcome: LoadOutcome) -> None:
        self.fetch_finished.emit()
        rejected = [e for e in outcome.errors.values() if isinstance(e, _SYMBOL_FAULTS)]
        if rejected:
            self.symbol_rejected.emit(str(rejected[0]))
        for error in outcome.errors.values():
            self.error_reported.emit(str(error))
        session = outcome.session("fetch")
        if session is not None and not rejected:
            self._show(session)
        elif self._session is None:
            message = str(next(iter(outcome.errors.values()), "No data for this selection."))
            self.nothing_to_show.emit(self._empty_message(message))

    def _on_imported(self, series) -> None:
        self.notice_reported.emit(
            self.tr("Imported {rows} bars of {symbol}.").format(
                rows=series.rows, symbol=series.instrument.label
            )
        )
        base = self._selection or Selection(series.instrument, ())
        self._load(base.with_instrument(series.instrument))

    def _show(self, session: Session) -> None:
        self._session = session
        if session.selection is not None:
            self._selection = session.selection
        self.session_loaded.emit(session)

    def _empty_message(self, reason: str) -> str:
        return self.tr(
            "{reason} There is nothing cached to chart yet: retry, import a CSV file "
            "or load the demo data."
        ).format(reason=reason.rstrip(".") + ".")


def _unexpected(error: object) -> str:
    return f"Unexpected {type(error).__name__}: {error}"
