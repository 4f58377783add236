"""Fetching the bars the cache lacks: one instrument alone, or several at once.

The window fetches each instrument of a request as its own worker task, all at once,
because a dead network costs each source its whole timeout and exchange chain: one after
another they added up to ~25 s before the banner. The tasks of one request share a
``FetchControl`` (one Cancel stops all) and a ``FetchBatch``: progress is counted over
the batch, and the first "network down" stops the others, which are then reported as
not tried (it is strong evidence that none can succeed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models.errors import Cancelled, DataError, NetworkDown
from models.market.frames import DAILY
from models.market.instruments import Instrument
from models.market.series import MarketSeries
from models.notices import Notice
from models.session.loading.derived import derive_into
from models.session.session import LoadOutcome, Selection

#: why a series was stopped when another source found the network down
NOT_TRIED = "not fetched: no network connection (another source could not be reached)."


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
    progress over the batch), whether one of them found the network down, and a
    preparation run once before any of them fetches (``prepare()``, e.g. importing the
    source libraries on one thread rather than racing for them)."""

    def __init__(
        self, instruments: Sequence[Instrument], prepare: Callable[[], None] | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._total = len(instruments)
        self._pending = list(instruments)
        self._network_down = threading.Event()
        self._prepare = prepare
        self._prepare_lock = threading.Lock()

    def prepared(self) -> None:
        """Run the preparation if no task did yet; the others wait until it is done."""
        with self._prepare_lock:
            prepare, self._prepare = self._prepare, None
            if prepare is not None:
                prepare()

    @property
    def network_down(self) -> bool:
        """True once a fetch of this batch raised ``NetworkDown``."""
        return self._network_down.is_set()

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

    def found_network_down(self, control) -> None:
        """Stop every fetch of the batch: ``control`` is the one they share."""
        self._network_down.set()
        control.cancel()


def fetch_in_batch(repository, instrument: Instrument, batch: FetchBatch, control) -> FetchAnswer:
    """``fetch_instrument`` as one of the concurrent tasks of ``batch`` (a worker task).

    After another task of the batch found the network down, this one answers
    ``NetworkDown(NOT_TRIED)`` instead of ``Cancelled``; a user's cancel propagates.
    """
    batch.prepared()
    control.report(*batch.progress())
    try:
        answer = fetch_instrument(repository, instrument, control)
    except Cancelled:
        if not batch.network_down:
            raise
        answer = FetchAnswer(instrument, error=NetworkDown(NOT_TRIED))
    if isinstance(answer.error, NetworkDown) and not batch.network_down:
        batch.found_network_down(control)
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
