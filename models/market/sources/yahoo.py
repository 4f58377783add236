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
session carries a journal (``models.market.sources.http``) of what each request really got on
the wire, and ``classify`` decides from that first (transport error, 429, 5xx, 404 /
``chart.error`` "Not Found") and from yfinance's exception type second (malformed JSON,
missing prices). Log hooks were the alternative; they depend on message text and on a
global logger shared across threads, the journal on neither.

A body cut short by a dropped connection is ``NetworkDown`` (no complete HTTP reply
arrived: the transport failed, and trying again is the cure); a complete HTTP reply
whose JSON is malformed or cut short is ``BadResponse`` (the source sent something we
cannot trust).

yfinance memoises responses for past ranges in-process (``YfData.cache_get``), error
responses included; after any failure that memo is cleared so a retry really asks again.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from models.errors import (
    BadResponse,
    DataError,
    InvalidParameter,
    NetworkDown,
    NoDataInRange,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.frames import COLUMNS, conform, empty_frame, is_daily
from models.market.instruments import Instrument
from models.market.sources.base import FetchResult

NAME = "yahoo"
CHART_PATH = "/v8/finance/chart/"
DEFAULT_BACKOFF = (1.0, 2.0, 4.0, 8.0)

#: our timeframe -> the Yahoo interval fetched (4h is built from 1h bars)
YAHOO_INTERVALS = {
    "1m": "1m",
    "5m": "5m",
    "15m": "15m",
    "1h": "1h",
    "4h": "1h",
    "1d": "1d",
    "1w": "1wk",
}


@dataclass(frozen=True)
class IntradayLimit:
    """How much of one interval Yahoo serves per request and how far back it keeps it."""

    per_request: pd.Timedelta
    history: pd.Timedelta


INTRADAY_LIMITS = {
    "1m": IntradayLimit(pd.Timedelta(days=7), pd.Timedelta(days=30)),
    "5m": IntradayLimit(pd.Timedelta(days=60), pd.Timedelta(days=60)),
    "15m": IntradayLimit(pd.Timedelta(days=60), pd.Timedelta(days=60)),
    "1h": IntradayLimit(pd.Timedelta(days=730), pd.Timedelta(days=730)),
}
# Yahoo measures "the last N days" with its own clock: keep clear of the edge.
_EDGE_MARGIN = pd.Timedelta(minutes=10)


@dataclass(frozen=True)
class Page:
    """One request's span: ``start`` inclusive, ``end`` exclusive (None = open)."""

    start: pd.Timestamp | None
    end: pd.Timestamp | None


@dataclass(frozen=True)
class Plan:
    """The pages of one fetch, the Yahoo interval and what the user should know."""

    interval: str
    pages: tuple[Page, ...]
    notes: tuple[str, ...] = ()


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
            notes=list(plan.notes),
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
                _wait(delays.pop(0), control)

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


def plan_pages(
    symbol: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    timeframe: str,
    now: pd.Timestamp,
) -> Plan:
    """Split ``[start, end]`` into requests Yahoo will answer for ``timeframe``."""
    if timeframe not in YAHOO_INTERVALS:
        raise InvalidParameter(
            f"Yahoo Finance has no {timeframe!r} bars; choose one of {', '.join(YAHOO_INTERVALS)}."
        )
    if start is not None and end is not None and _utc(start) > _utc(end):
        raise InvalidParameter(f"The start {start} of the range is after its end {end}.")
    interval = YAHOO_INTERVALS[timeframe]
    if is_daily(timeframe):
        start_d = None if start is None else pd.Timestamp(start).normalize()
        end_d = None if end is None else pd.Timestamp(end).normalize() + pd.Timedelta(days=1)
        return Plan(interval, (Page(start_d, end_d),))
    return _intraday_plan(symbol, start, end, timeframe, interval, now)


def _intraday_plan(symbol, start, end, timeframe, interval, now) -> Plan:
    limit = INTRADAY_LIMITS[interval]
    earliest = now - limit.history + _EDGE_MARGIN
    first = earliest if start is None else max(_utc(start), earliest)
    stop = now if end is None else min(_utc(end) + pd.Timedelta(seconds=1), now)
    notes = []
    if start is not None and _utc(start) < earliest:
        notes.append(
            f"Yahoo keeps {interval} bars for the last {limit.history.days} days only; "
            f"{symbol} starts at {first:%Y-%m-%d %H:%M} UTC instead of {_utc(start):%Y-%m-%d}."
        )
    if stop <= first:
        raise NoDataInRange(
            f"Yahoo Finance keeps {timeframe} bars for the last {limit.history.days} days "
            f"only; the requested range for {symbol} is older than that."
        )
    pages = []
    cursor = first
    while cursor < stop:
        page_end = min(cursor + limit.per_request, stop)
        pages.append(Page(cursor, page_end))
        cursor = page_end
    return Plan(interval, tuple(pages), tuple(notes))


def _utc(stamp: pd.Timestamp) -> pd.Timestamp:
    stamp = pd.Timestamp(stamp)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def flatten(raw: pd.DataFrame) -> pd.DataFrame:
    """yfinance's frame (``Open`` ... or a (field, ticker) MultiIndex) as our columns."""
    frame = raw.copy()
    if isinstance(frame.columns, pd.MultiIndex):
        frame.columns = frame.columns.get_level_values(0)
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise BadResponse(f"Yahoo Finance bars lack the columns {', '.join(missing)}.")
    return frame.loc[:, list(COLUMNS)].astype("float64")


def finish_frame(
    frames: list[pd.DataFrame],
    timeframe: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
) -> pd.DataFrame:
    """Join the pages into one contract frame clipped to ``[start, end]``."""
    if not frames:
        return empty_frame(timeframe)
    source_tf = "1h" if timeframe == "4h" else timeframe
    frame = conform(pd.concat(frames), source_tf)
    if timeframe == "4h":
        frame = resample_4h(frame)
    if start is not None:
        frame = frame[frame.index >= _bound(start, timeframe)]
    if end is not None:
        frame = frame[frame.index <= _bound(end, timeframe)]
    return frame


def _bound(stamp: pd.Timestamp, timeframe: str) -> pd.Timestamp:
    stamp = pd.Timestamp(stamp)
    if is_daily(timeframe):
        return stamp.tz_localize(None).normalize() if stamp.tzinfo else stamp.normalize()
    return _utc(stamp)


def resample_4h(frame: pd.DataFrame) -> pd.DataFrame:
    """Four-hour bars on UTC boundaries (00, 04, 08 ...) from hourly bars."""
    buckets = frame.resample("4h", origin="epoch", label="left", closed="left")
    out = pd.DataFrame(
        {
            "open": buckets["open"].first(),
            "high": buckets["high"].max(),
            "low": buckets["low"].min(),
            "close": buckets["close"].last(),
            "volume": buckets["volume"].sum(min_count=1),
        }
    )
    return conform(out.dropna(subset=["open", "close"]), "4h")


def _with_partial(err: DataError, frames: list[pd.DataFrame], timeframe: str) -> DataError:
    if frames:
        err.partial = finish_frame(frames, timeframe, None, None)
    return err


def _wait(delay: float, control: FetchControl) -> None:
    """Sleep ``delay`` seconds, waking early to honour a cancel."""
    deadline = time.monotonic() + delay
    while True:
        control.check_cancelled()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return
        time.sleep(min(remaining, 0.05))


def _no_data_message(symbol, timeframe, start, end) -> str:
    span = f"between {_day(start)} and {_day(end)}"
    return f"Yahoo Finance has no {timeframe} bars for {symbol} {span}."


def _day(stamp) -> str:
    return "the first bar" if stamp is None else f"{pd.Timestamp(stamp):%Y-%m-%d}"


def classify(exc: BaseException, journal, symbol: str, timeout: float) -> DataError:
    """Turn whatever yfinance raised into the one ``DataError`` the user should see."""
    if isinstance(exc, DataError):
        return exc
    last = journal.entries[-1] if journal.entries else None
    if last is not None and last.failed_in_transport:
        return _network_error(last.error, symbol, timeout)
    chart = journal.last(CHART_PATH)
    by_status = _from_status(chart, symbol) if chart is not None else None
    if by_status is not None:
        return by_status
    return _from_exception(exc, symbol, timeout)


def _from_status(chart, symbol: str) -> DataError | None:
    status = chart.status or 0
    if status == 429:
        return RateLimited("Yahoo Finance is rate limiting requests (HTTP 429).")
    if status == 451:
        return RegionBlocked("Yahoo Finance refuses requests from this region (HTTP 451).")
    if status >= 500:
        return SourceUnavailable(
            f"Yahoo Finance is unavailable right now (HTTP {status}); try again later."
        )
    code, description = _chart_error(chart.body_head)
    if status == 404 or code == "Not Found":
        detail = f" ({description})" if description else ""
        return UnknownSymbol(f"Yahoo Finance does not know the ticker {symbol!r}{detail}.")
    if code is not None:
        return NoDataInRange(f"Yahoo Finance has no bars for {symbol} there: {description}")
    if status >= 400:
        return SourceUnavailable(f"Yahoo Finance refused the request (HTTP {status}).")
    return None


def _chart_error(body: bytes) -> tuple[str | None, str]:
    try:
        error = (json.loads(body).get("chart") or {}).get("error") or {}
    except (ValueError, AttributeError):
        return None, ""
    if not isinstance(error, dict) or not error:
        return None, ""
    return error.get("code"), str(error.get("description") or "").strip()


def _from_exception(exc: BaseException, symbol: str, timeout: float) -> DataError:
    kind = type(exc).__name__
    if kind == "YFRateLimitError":
        return RateLimited("Yahoo Finance is rate limiting requests (HTTP 429).")
    if isinstance(exc, json.JSONDecodeError):
        return BadResponse(
            f"Yahoo Finance sent a reply for {symbol} that is not valid JSON "
            f"(malformed or cut short); nothing was kept from it."
        )
    if kind == "YFTzMissingError":
        return UnknownSymbol(f"Yahoo Finance does not know the ticker {symbol!r}.")
    if kind == "YFPricesMissingError":
        reason = getattr(exc, "yahoo_reason", None)
        detail = f": {reason}" if reason else "."
        return NoDataInRange(f"Yahoo Finance returned no bars for {symbol} in that range{detail}")
    if "CURRENTLY DOWN" in str(exc):
        return SourceUnavailable("Yahoo Finance says it is down for maintenance; try later.")
    if isinstance(exc, OSError):
        return _network_error(exc, symbol, timeout)
    return BadResponse(f"Yahoo Finance answered {symbol} with something unexpected: {exc}")


def _network_error(error: BaseException, symbol: str, timeout: float) -> NetworkDown:
    kind = type(error).__name__
    text = str(error).lower()
    if "Timeout" in kind or "timed out" in text:
        why = f"the request timed out after {timeout:g} s"
    elif "reset" in text:
        why = "the connection was reset"
    elif "DNS" in kind or "resolve" in text:
        why = "the name could not be resolved (DNS)"
    else:
        why = "the connection failed"
    return NetworkDown(f"Cannot reach Yahoo Finance for {symbol}: {why}. Check the connection.")
