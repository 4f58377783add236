"""Yahoo Finance history through yfinance, with every failure told apart.

yfinance and curl_cffi are imported on the first fetch, never at module import (yfinance
alone costs about 0.45 s of start-up).

How failures are recognised, and why this way: yfinance 1.7 hides most errors and
returns an empty frame. Its per-call ``raise_errors=True`` is deprecated (it emits a
DeprecationWarning) in favour of the process-wide ``yf.config.debug.hide_exceptions``,
which we switch off on first use (this app is yfinance's only user in its process).
Even so, yfinance folds an HTTP 5xx, an empty result and a bad range into the same
"no price data" exception, and a 404 for an unknown ticker surfaces as whatever its
timezone fallback hit last. So the source does not trust yfinance's wording: the
session carries a journal (``models.market.sources.http``) of what each request really
got on the wire, and ``yahoo_errors.classify`` decides from that first (transport error,
429, 5xx, 404 / ``chart.error`` "Not Found") and from yfinance's exception type second
(malformed JSON, missing prices). Log hooks were the alternative; they depend on message
text and on a global logger shared across threads, the journal on neither.

A body cut short by a dropped connection is ``NetworkDown`` (no complete HTTP reply
arrived: the transport failed, and trying again is the cure); a complete HTTP reply
whose JSON is malformed or cut short is ``BadResponse`` (the source sent something we
cannot trust).

yfinance memoises responses for past ranges in-process (``YfData.cache_get``), error
responses included; after any failure that memo is cleared so a retry really asks again.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from models.errors import (
    DataError,
    NoDataInRange,
    RateLimited,
)
from models.market.fetch_control import FetchControl
from models.market.instruments import Instrument
from models.market.sources.base import FetchResult
from models.market.sources.yahoo_errors import classify
from models.market.sources.yahoo_pages import Page, Plan, finish_frame, flatten, plan_pages
from models.notices import SHORT_HISTORY, Notice

NAME = "yahoo"
DEFAULT_BACKOFF = (1.0, 2.0, 4.0, 8.0)


class YahooSource:
    """``PriceSource`` for any Yahoo ticker (``^RUT``, ``AAPL``, ``BTC-USD`` ...).

    ``session`` is a curl_cffi ``requests.Session`` (a browser-impersonating one is built
    when None); every request through it is capped at ``timeout`` seconds. Rate limits
    (HTTP 429) are retried after each delay in ``backoff`` before ``RateLimited`` is
    raised. ``yfinance_cache_dir`` moves yfinance's own timezone/cookie cache (it must be
    given before anything in the process used yfinance).

    yfinance keeps one session for the whole process (its ``YfData`` singleton adopts the
    session of the latest ``Ticker``), so use one ``YahooSource`` per process. ``fetch``
    may be called from several worker threads: their page requests take turns.
    """

    name = NAME

    def __init__(
        self,
        session=None,
        *,
        auto_adjust: bool = True,
        timeout: float = 20.0,
        backoff: Sequence[float] = DEFAULT_BACKOFF,
        yfinance_cache_dir: Path | str | None = None,
        clock: Callable[[], pd.Timestamp] | None = None,
    ) -> None:
        self.auto_adjust = auto_adjust
        self.timeout = float(timeout)
        self.backoff = tuple(float(d) for d in backoff)
        self._session = session
        self._journal = None
        self._yf = None
        self._yfinance_cache_dir = yfinance_cache_dir
        self._clock = clock or (lambda: pd.Timestamp.now(tz="UTC"))
        self._prepare_lock = threading.Lock()
        self._request_lock = threading.Lock()

    def fetch(
        self,
        instrument: Instrument,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        timeframe: str,
        control: FetchControl,
    ) -> FetchResult:
        """Bars of ``instrument`` in ``[start, end]``; raises ``DataError`` subclasses only."""
        self._prepare()
        plan = plan_pages(instrument.symbol, start, end, timeframe, self._clock())
        frames, gaps = self._fetch_pages(instrument.symbol, plan, timeframe, control)
        frame = finish_frame(frames, timeframe, start, end)
        if frame.empty:
            raise NoDataInRange(_no_data_message(instrument.symbol, timeframe, start, end))
        return FetchResult(
            frame=frame,
            source=NAME,
            library_version=f"yfinance {self._yf.__version__}",
            fetched_at=datetime.now(UTC),
            gaps=gaps,
            notices=[Notice(SHORT_HISTORY, instrument.symbol, n) for n in plan.notes],
        )

    def _prepare(self) -> None:
        with self._prepare_lock:
            if self._yf is not None:
                return
            from models.market.sources import http

            yf = _configured_yfinance(self._yfinance_cache_dir)
            if self._session is None:
                self._session = http.new_session(self.timeout)
            http.cap_timeouts(self._session, self.timeout)
            self._journal = http.journal_of(self._session)
            self._yf = yf

    def _fetch_pages(self, symbol: str, plan: Plan, timeframe: str, control: FetchControl):
        frames: list[pd.DataFrame] = []
        gaps: list[tuple[pd.Timestamp, pd.Timestamp]] = []
        total = len(plan.pages)
        control.report(0, total, f"{symbol}: fetching from Yahoo")
        for done, page in enumerate(plan.pages, start=1):
            try:
                control.check_cancelled()
                frame = self._page_with_retries(symbol, page, plan.interval, control)
            except NoDataInRange:
                if total == 1:
                    raise
                gaps.append((page.start, page.end))
                frame = None
            except DataError as err:
                raise _with_partial(err, frames, timeframe) from err
            if frame is not None:
                frames.append(frame)
            control.report(done, total, f"{symbol}: page {done} of {total}")
        return frames, gaps

    def _page_with_retries(self, symbol: str, page: Page, interval: str, control: FetchControl):
        delays = list(self.backoff)
        attempts = 0
        while True:
            attempts += 1
            try:
                return self._page(symbol, page, interval)
            except RateLimited as err:
                if not delays:
                    raise RateLimited(
                        f"Yahoo Finance is rate limiting requests (HTTP 429) and still was "
                        f"after {attempts} attempts; try again in a few minutes."
                    ) from err
                control.wait(delays.pop(0))

    def _page(self, symbol: str, page: Page, interval: str) -> pd.DataFrame:
        # One request at a time: a curl_cffi session drives a single curl handle, which
        # must not be used from two threads at once (yfinance shares it process-wide).
        with self._request_lock:
            self._journal.clear()
            try:
                raw = self._history(symbol, page, interval)
            except Exception as exc:
                self._forget_memoised_responses()
                raise classify(exc, self._journal, symbol, self.timeout) from exc
        if raw is None or raw.empty:
            self._forget_memoised_responses()
            raise NoDataInRange(f"Yahoo Finance returned no bars for {symbol} in that range.")
        return flatten(raw)

    def _history(self, symbol: str, page: Page, interval: str) -> pd.DataFrame:
        ticker = self._yf.Ticker(symbol, session=self._session)
        span = _history_span(page, interval)
        return ticker.history(
            interval=interval,
            auto_adjust=self.auto_adjust,
            actions=False,
            prepost=False,
            repair=False,
            keepna=False,
            timeout=self.timeout,
            **span,
        )

    def _forget_memoised_responses(self) -> None:
        # An error response memoised by yfinance would be served again on retry.
        from yfinance.data import YfData

        YfData.cache_get.cache_clear()


def _configured_yfinance(cache_dir: Path | str | None):
    import yfinance as yf

    # yfinance calls pandas APIs deprecated in pandas 3; that is not the user's business.
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"yfinance\.")
    # Its log lines ("continuing without cookie" ...) are not for the user either: the
    # NullHandler stops Python printing them to stderr, an app log handler still sees them.
    yf_logger = logging.getLogger("yfinance")
    if not any(isinstance(h, logging.NullHandler) for h in yf_logger.handlers):
        yf_logger.addHandler(logging.NullHandler())
    yf.config.debug.hide_exceptions = False  # 1.7's replacement for raise_errors=True
    yf.config.network.retries = 0  # our own retry policy decides, with injectable delays
    if cache_dir is not None:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        yf.set_tz_cache_location(str(cache_dir))
    return yf


def _history_span(page: Page, interval: str) -> dict:
    daily = interval in ("1d", "1wk")
    if page.start is None and page.end is None:
        return {"period": "max"}
    span: dict = {}
    if page.start is None:
        span["period"] = "max"
    else:
        span["start"] = page.start.strftime("%Y-%m-%d") if daily else page.start
    if page.end is not None:
        span["end"] = page.end.strftime("%Y-%m-%d") if daily else page.end
    return span


def _with_partial(err: DataError, frames: list[pd.DataFrame], timeframe: str) -> DataError:
    if frames:
        err.partial = finish_frame(frames, timeframe, None, None)
    return err


def _no_data_message(symbol, timeframe, start, end) -> str:
    span = f"between {_day(start)} and {_day(end)}"
    return f"Yahoo Finance has no {timeframe} bars for {symbol} {span}."


def _day(stamp) -> str:
    return "the first bar" if stamp is None else f"{pd.Timestamp(stamp):%Y-%m-%d}"
