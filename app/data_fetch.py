"""The window's fetches of the bars the cache lacks: one worker task per instrument.

Every instrument of a request is fetched at once, each as its own task on the worker
pool's network pool (``WorkerPool.submit_many``), all one request on the ``FETCH``
channel: progress is counted over the batch, the first "network down" stops the others
(``models.session.loading.fetching``), one Cancel stops all, and a newer request makes
an older one's answers stale. The answers are laid over the series already loaded, so a
failed fetch leaves the cached bars in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from app.workers import WorkerPool
from models.errors import Cancelled
from models.market.instruments import Instrument
from models.market.series import MarketSeries
from models.session.loading.derived import with_inputs
from models.session.loading.fetching import FetchBatch, fetch_in_batch, fetched_outcome
from models.session.session import Selection

FETCH = "data.fetch"


@dataclass(frozen=True)
class _Request:
    """What a running fetch is for: its answers are laid over ``base``."""

    request_id: int
    selection: Selection
    base: dict
    volume_proxy: MarketSeries | None


class FetchRunner(QObject):
    """Starts, reports and cancels the fetches of the ``DataController``.

    ``prepare()`` (optional) runs once per request before its fetches, on a pool thread.
    """

    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal()
    fetched = Signal(object)  # LoadOutcome: the base with the answers laid over it
    failed = Signal(object)  # an exception other than Cancelled (a bug, not a DataError)

    def __init__(
        self,
        repository,
        workers: WorkerPool,
        prepare: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._workers = workers
        self._prepare = prepare
        self._request: _Request | None = None
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)
        workers.progress_reported.connect(self._on_progress)

    def start(
        self,
        selection: Selection,
        todo: tuple[Instrument, ...],
        base: dict,
        volume_proxy: MarketSeries | None,
    ) -> None:
        """Fetch ``todo`` on top of ``base`` (the series already loaded), superseding any
        running fetch; a derived instrument is fetched as its inputs."""
        todo = tuple(with_inputs(todo))
        batch = FetchBatch(todo, self._prepare)
        calls = [(self._repository, instrument, batch) for instrument in todo]
        request_id = self._workers.submit_many(FETCH, fetch_in_batch, calls, io=True)
        self._request = _Request(request_id, selection, dict(base), volume_proxy)
        self.started.emit()

    def stop(self) -> bool:
        """Cancel the running fetch, if any (its answers are dropped); True if one ran."""
        if not self._workers.cancel(FETCH):
            return False
        self._request = None
        self.finished.emit()
        return True

    def _take(self, request_id: int) -> _Request | None:
        request, self._request = self._request, None
        return request if request is not None and request.request_id == request_id else None

    @Slot(str, int, object)
    def _on_result(self, channel: str, request_id: int, answers: object) -> None:
        if channel != FETCH:
            return
        request = self._take(request_id)
        self.finished.emit()
        if request is not None:
            r = request
            self.fetched.emit(fetched_outcome(r.selection, r.base, answers, r.volume_proxy))

    @Slot(str, int, object)
    def _on_failure(self, channel: str, request_id: int, error: object) -> None:
        if channel != FETCH:
            return
        self._take(request_id)
        self.finished.emit()
        if not isinstance(error, Cancelled):
            self.failed.emit(error)

    @Slot(str, int, int, str)
    def _on_progress(self, channel: str, done: int, expected: int, message: str) -> None:
        if channel == FETCH:
            self.progressed.emit(done, expected, message)
