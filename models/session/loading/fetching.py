"""Fetching the bars the cache lacks: one instrument alone, or several at once.

The window fetches each instrument of a request as its own worker task, all at once,
because a dead network costs each source its whole timeout and exchange chain: one after
another they added up to ~25 s before the banner. The tasks of one request share a
``FetchControl`` (one Cancel stops all) and a ``FetchBatch``: progress is counted over
the batch, and a source found unreachable ("network down": a reset, a hang, a refused
connection) stops the other fetches *from that source* only, which are then reported as
not tried; every other source is still asked (a reset at one exchange says nothing about
Yahoo). When the machine itself is offline every source fails on its own, at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models.errors import Cancelled, DataError, NetworkDown
from models.market.fetch_control import FetchControl, LinkedControl
from models.market.frames import DAILY
from models.market.instruments import CCXT, Instrument
from models.market.series import MarketSeries
from models.notices import Notice
from models.session.loading.derived import derive_into
from models.session.session import LoadOutcome, Selection


def source_of(instrument: Instrument) -> str:
    """Which source serves ``instrument``: ``yahoo``, one exchange (``binance``, for a
    pair pinned to it) or ``the exchange chain`` (an unpinned pair)."""
    if instrument.source != CCXT:
        return instrument.source
    return instrument.exchange or "the exchange chain"


def not_tried(source: str, failed: str) -> str:
    """Why a series was not fetched: its source failed for another series first."""
    return f"not fetched: {source} could not be reached (it failed for {failed} first)."


@dataclass
class FetchAnswer:
    """One instrument's fetch: the series (cache merged with the new bars) or the error."""

    instrument: Instrument
    series: MarketSeries | None = None
    error: DataError | None = None

    @property
    def notices(self) -> list[Notice]:
        """What to tell the user about the bars fetched (gaps, a fallback exchange ...)."""
        return list(self.series.notices) if self.series is not None else []


def fetch_instrument(
    repository, instrument: Instrument, control, start=None, end=None, timeframe: str = DAILY
) -> FetchAnswer:
    """The cache of ``instrument`` topped up from its source (``Repository.get``): the
    bars after the last cached one, and before the cached start when ``start`` is earlier.

    A ``DataError`` becomes the answer's error; ``Cancelled`` propagates.
    """
    try:
        series = repository.get(instrument, start, end, timeframe, control)
    except Cancelled:
        raise
    except DataError as exc:
        return FetchAnswer(instrument, error=exc)
    return FetchAnswer(instrument, series=series)


class FetchBatch:
    """What the concurrent fetches of one request share: the count of what is left (for
    progress over the batch), the sources found unreachable, and a preparation run once
    before any of them fetches (``prepare()``, e.g. importing the source libraries on
    one thread rather than racing for them)."""

    def __init__(
        self, instruments: Sequence[Instrument], prepare: Callable[[], None] | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._total = len(instruments)
        self._pending = list(instruments)
        self._down: dict[str, str] = {}  # source -> the label it failed for
        self._controls: dict[str, LinkedControl] = {}
        self._prepare = prepare
        self._prepare_lock = threading.Lock()

    def prepared(self) -> None:
        """Run the preparation if no task did yet; the others wait until it is done."""
        with self._prepare_lock:
            prepare, self._prepare = self._prepare, None
            if prepare is not None:
                prepare()

    def down(self, source: str) -> str | None:
        """The label ``source`` failed for ("network down"), or None while it is not."""
        with self._lock:
            return self._down.get(source)

    def control_for(self, source: str, control: FetchControl) -> LinkedControl:
        """The control of the fetches from ``source``: stopped by ``control`` (the user's
        Cancel) and by ``source`` found unreachable."""
        with self._lock:
            return self._controls.setdefault(source, LinkedControl(control))

    def progress(self) -> tuple[int, int, str]:
        """(done, expected, message) for the progress bar: 'Fetching ^RUT, BTC/USDT'."""
        with self._lock:
            labels = [i.label for i in self._pending]
            done = self._total - len(self._pending)
        return done, self._total, ("Fetching " + ", ".join(labels) if labels else "Fetched")

    def finished(self, instrument: Instrument) -> None:
        """``instrument``'s fetch is over, whatever its outcome."""
        with self._lock:
            if instrument in self._pending:
                self._pending.remove(instrument)

    def found_down(self, source: str, label: str, control: FetchControl) -> None:
        """``source`` could not be reached for ``label``: stop its other fetches."""
        with self._lock:
            self._down.setdefault(source, label)
            linked = self._controls.setdefault(source, LinkedControl(control))
        linked.cancel()


def fetch_in_batch(repository, instrument: Instrument, batch: FetchBatch, control) -> FetchAnswer:
    """``fetch_instrument`` as one of the concurrent tasks of ``batch`` (a worker task).

    Once another task found this instrument's source unreachable, this one answers
    ``NetworkDown`` (not tried) instead of fetching or of ``Cancelled``; a user's cancel
    propagates.
    """
    batch.prepared()
    control.report(*batch.progress())
    source = source_of(instrument)
    try:
        if batch.down(source) is not None:
            raise Cancelled("not tried")
        answer = fetch_instrument(repository, instrument, batch.control_for(source, control))
    except Cancelled:
        failed = batch.down(source)
        if control.cancelled or failed is None:
            raise
        error = NetworkDown(not_tried(source, failed))
        error.failed_first = failed  # the series whose failure stopped this one
        answer = FetchAnswer(instrument, error=error)
    if isinstance(answer.error, NetworkDown) and batch.down(source) is None:
        batch.found_down(source, instrument.label, control)
    batch.finished(instrument)
    control.report(*batch.progress())
    return answer


def fetched_outcome(
    selection: Selection,
    base: dict[Instrument, MarketSeries],
    answers: Sequence[FetchAnswer],
    volume_proxy: MarketSeries | None = None,
) -> LoadOutcome:
    """The answers of a batch laid over ``base`` (series already loaded, which a failed
    fetch leaves in place): series, errors and notices per instrument, and the derived
    series of the selection computed again from their fetched inputs."""
    outcome = LoadOutcome(selection, series=dict(base), volume_proxy=volume_proxy)
    for answer in answers:
        if answer.series is not None:
            outcome.series[answer.instrument] = answer.series
            outcome.notices.extend(answer.notices)
        else:
            outcome.errors[answer.instrument] = answer.error
    return derive_into(outcome)
