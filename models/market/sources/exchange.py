"""Crypto pairs from exchanges through ccxt, with a fallback chain of exchanges.

Why the default chain is Binance, then Bybit, then OKX (``resources/instruments.json``
holds it as data): all three serve candles without an API key, list the USDT pairs the
catalogue uses and page through deep history by time. Binance has the longest keyless
USDT spot daily history (BTC/USDT from August 2017) and 1000 candles a page, so a full
daily history is a handful of requests. Binance refuses some regions with HTTP 451
(notably the US), so Bybit (1000 a page, spot history only from 2021) and OKX (100 old
candles a page) follow. Kraken and Coinbase are deliberately not in the default chain:
Kraken serves only its latest 720 candles, and Coinbase has few USDT pairs. Bybit and
OKX refuse some of the same regions as Binance; when the whole chain refuses, the error
says so and suggests pinning an exchange that serves the region (``BTC/USD@coinbase``).

ccxt is imported lazily: it costs about 0.3 s of start-up.
"""

from __future__ import annotations

import functools
import inspect
import json
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from models.errors import (
    BadResponse,
    DataError,
    InvalidParameter,
    NetworkDown,
    NoDataInRange,
    RegionBlocked,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.instruments import Instrument, load_catalogue
from models.market.sources.base import FetchResult
from models.market.sources.exchange_candles import find_gaps, gap_stamps, rows_to_frame
from models.market.sources.exchange_errors import allows_fallback, is_retryable, translate
from models.market.sources.exchange_pages import PageWalker, page_limit, range_ms
from models.market.sources.patience import Patience
from models.notices import FALLBACK_EXCHANGE, SHORT_HISTORY, Notice

ExchangeFactory = Callable[[str, dict], object]

#: Options that keep ccxt to the public spot endpoints we need: no futures or margin
#: market lists, no currency list (a private call), no server-time round trip.
SPOT_ONLY_OPTIONS = {
    "defaultType": "spot",
    "fetchMarkets": {"types": ["spot"]},
    "fetchCurrencies": False,
    "fetchMargins": False,
    "adjustForTimeDifference": False,
}

#: Back-off before each retry of a failed request (rate limit, reset, 5xx, bad body). A
#: timeout is not retried: a server that let a request hang will not answer the next one.
DEFAULT_RETRY_DELAYS = (1.0, 3.0)

#: The longest a fetch waits over the whole chain without receiving anything: a hang at
#: every exchange surfaces within it (each request's timeout is cut to what is left).
#: A long download that keeps receiving pages is never cut short.
PATIENCE_S = 27.0

# ccxt's own failures plus what its parsers raise on bodies that are not what they expect.
_PARSING_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError)


def default_exchange_factory(exchange_id: str, config: dict):
    """Create the ccxt exchange ``exchange_id`` with ``config`` (imports ccxt lazily)."""
    import ccxt

    if exchange_id not in ccxt.exchanges:
        raise InvalidParameter(f"'{exchange_id}' is not an exchange ccxt knows.")
    return getattr(ccxt, exchange_id)(config)


class ExchangeSource:
    """``PriceSource`` for exchange pairs: paginated, deduplicated, gaps reported.

    ``chain`` is the order exchanges are tried in (default: the catalogue's chain);
    an instrument pinned to an exchange uses that one alone. ``urls`` rebases an
    exchange's API URLs onto another host (tests point them at a loopback server).
    ``retry_delays`` are the back-off waits between attempts of one request.
    """

    name = "ccxt"

    def __init__(
        self,
        chain: Sequence[str] | None = None,
        urls: dict[str, str] | None = None,
        timeout_ms: int = 10_000,
        exchange_factory: ExchangeFactory | None = None,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        patience_s: float = PATIENCE_S,
    ) -> None:
        self.chain = tuple(chain) if chain else load_catalogue().exchange_chain
        self.urls = dict(urls or {})
        self.timeout_ms = timeout_ms
        self.exchange_factory = exchange_factory or default_exchange_factory
        self.retry_delays = tuple(retry_delays)
        self.patience_s = float(patience_s)
        self._exchanges: dict[str, object] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # --- the PriceSource protocol ------------------------------------------------------

    def fetch(
        self,
        instrument: Instrument,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        timeframe: str,
        control: FetchControl,
    ) -> FetchResult:
        """Fetch ``instrument`` in ``[start, end]`` from the first exchange that serves it."""
        chain = (instrument.exchange,) if instrument.exchange else self.chain
        failures: list[tuple[str, DataError]] = []
        patience = Patience(self.patience_s)
        for exchange_id in chain:
            control.check_cancelled()
            if patience.exhausted:
                failures.append((exchange_id, patience.not_tried(exchange_id)))
                continue
            try:
                result = self._fetch_from(
                    exchange_id, instrument.symbol, start, end, timeframe, control, patience
                )
            except DataError as err:
                err.exchange = exchange_id
                if err.partial is not None or not allows_fallback(err) or len(chain) == 1:
                    raise
                failures.append((exchange_id, err))
                continue
            result.notices[:0] = [
                Notice(
                    FALLBACK_EXCHANGE,
                    instrument.symbol,
                    f"{_reason(err)}; served by {exchange_id}",
                    (("exchange", exchange_id), ("failed", failed)),
                )
                for failed, err in failures
            ]
            return result
        raise chain_failure(instrument.symbol, failures)

    # --- one exchange --------------------------------------------------------------------

    def _fetch_from(
        self, exchange_id, symbol, start, end, timeframe, control, patience=None
    ) -> FetchResult:
        exchange = self.exchange(exchange_id, control, patience)
        if symbol not in exchange.markets:
            raise UnknownSymbol(f"{exchange_id} does not list {symbol}.")
        if timeframe not in (exchange.timeframes or {}):
            raise InvalidParameter(f"{exchange_id} has no {timeframe} candles.")
        step_ms = int(exchange.parse_timeframe(timeframe) * 1000)
        now_ms = int(time.time() * 1000)
        start_ms, end_ms = range_ms(start, end, exchange.markets[symbol], now_ms)
        walker = PageWalker(
            exchange_id=exchange_id,
            symbol=symbol,
            request=self._requester(exchange, exchange_id, symbol, timeframe, control, patience),
            start_ms=start_ms,
            end_ms=end_ms,
            step_ms=step_ms,
            limit=page_limit(exchange, exchange_id, step_ms, start_ms, now_ms),
            control=control,
            now_ms=now_ms,
        )
        try:
            rows = walker.run()
        except DataError as err:
            err.partial = (
                rows_to_frame(list(walker.rows.values()), timeframe) if walker.rows else None
            )
            raise
        return self._result(exchange_id, symbol, rows, timeframe, step_ms, (start_ms, end_ms))

    def _result(self, exchange_id, symbol, rows, timeframe, step_ms, span) -> FetchResult:
        import ccxt

        first, last = (pd.Timestamp(ms, unit="ms", tz="UTC").date() for ms in span)
        if not rows:
            raise NoDataInRange(
                f"{exchange_id} has no {symbol} {timeframe} bars from {first} to {last}."
            )
        opened = np.sort(np.fromiter(rows.keys(), "int64"))
        gaps = gap_stamps(find_gaps(opened, step_ms), timeframe)
        notices = []  # gaps travel in ``gaps``; the repository words them for the user
        if opened[0] >= span[0] + step_ms:  # the exchange's history starts inside the range
            begins = pd.Timestamp(int(opened[0]), unit="ms", tz="UTC").date()
            text = f"{exchange_id} has {symbol} from {begins} on (asked from {first})."
            notices.append(Notice(SHORT_HISTORY, symbol, text))
        return FetchResult(
            frame=rows_to_frame(list(rows.values()), timeframe),
            source=self.name,
            exchange=exchange_id,
            library_version=f"ccxt {ccxt.__version__}",
            fetched_at=datetime.now(UTC),
            gaps=gaps,
            notices=notices,
        )

    def _requester(self, exchange, exchange_id, symbol, timeframe, control, patience=None):
        lock = self._lock_for(exchange_id)
        bounded = takes_until(type(exchange))

        def one_page(since: int, limit: int, until: int | None) -> list:
            params = {"until": until} if until is not None and bounded else {}
            # One request at a time per exchange: its rate limit and ccxt's last-response
            # fields are per exchange object, shared by every thread using this source.
            with lock:
                rows = exchange.fetch_ohlcv(symbol, timeframe, since, limit, params)
                malformed = not rows and _body_was_not_json(exchange)
            if malformed or not isinstance(rows, list):
                raise BadResponse(
                    f"{exchange_id} sent a malformed answer (not JSON) for {symbol} candles."
                )
            return rows

        def request(since: int, limit: int, until: int | None) -> list:
            page = lambda: one_page(since, limit, until)  # noqa: E731
            return self._call(exchange_id, symbol, control, page, exchange, patience)

        return request

    # --- exchanges, markets and retries ----------------------------------------------------

    def exchange(
        self,
        exchange_id: str,
        control: FetchControl | None = None,
        patience: Patience | None = None,
    ):
        """The ccxt exchange ``exchange_id`` with its markets loaded (once per process)."""
        with self._lock_for(exchange_id):  # one load per exchange, not holding up the others
            cached = self._exchanges.get(exchange_id)
            if cached is not None:
                return cached
            exchange = self.exchange_factory(exchange_id, self._config())
            if exchange_id in self.urls:
                exchange.urls["api"] = _rebase(exchange.urls["api"], self.urls[exchange_id])
            load = lambda: _load_markets(exchange)  # noqa: E731
            self._call(exchange_id, "markets", control or FetchControl(), load, exchange, patience)
            self._exchanges[exchange_id] = exchange
            return exchange

    def _lock_for(self, exchange_id: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(exchange_id, threading.Lock())

    def _config(self) -> dict:
        return {
            "enableRateLimit": True,
            "timeout": self.timeout_ms,
            "options": {
                k: (dict(v) if isinstance(v, dict) else v) for k, v in SPOT_ONLY_OPTIONS.items()
            },
        }

    def _call(
        self,
        exchange_id: str,
        what: str,
        control: FetchControl,
        fn,
        exchange=None,
        patience: Patience | None = None,
    ):
        """Run one ccxt request with back-off retries; failures become ``DataError``.

        With ``patience`` the request's timeout is cut to what is left of it, and none is
        made once it is spent; a timeout is not retried (see ``DEFAULT_RETRY_DELAYS``)."""
        import ccxt

        for attempt in range(len(self.retry_delays) + 1):
            if patience is not None:
                patience.check(exchange_id)
                if exchange is not None:
                    exchange.timeout = patience.timeout_ms(self.timeout_ms)
            try:
                result = fn()
            except (DataError, ccxt.BaseError, *_PARSING_ERRORS) as exc:
                err = translate(exc, exchange_id, what)
                last = attempt == len(self.retry_delays) or _timed_out(err)
                if not is_retryable(err) or last:
                    if err is exc:
                        raise
                    raise err from exc
            else:
                if patience is not None:
                    patience.progressed()
                return result
            control.wait(self.retry_delays[attempt])
        raise AssertionError("unreachable")  # the loop returns or raises


@functools.cache
def takes_until(exchange_class) -> bool:
    """Whether ccxt's ``fetch_ohlcv`` for this exchange reads ``params['until']``.

    Unified parameters are passed through raw to exchanges that do not know them, so
    ``until`` is sent only where ccxt's method (and its docstring) handles it.
    """
    try:
        return "until" in inspect.getsource(exchange_class.fetch_ohlcv)
    except (OSError, TypeError):
        return False


def _load_markets(exchange) -> dict:
    """Load the exchange's markets; an empty list is a bad answer, not a delisted world."""
    markets = exchange.load_markets(reload=True)
    if not markets:
        problem = "a malformed" if _body_was_not_json(exchange) else "an empty"
        raise BadResponse(f"{exchange.id} sent {problem} market list; try again later.")
    return markets


def _body_was_not_json(exchange) -> bool:
    # ccxt answers [] (or {}) when a body is not JSON; its last raw body tells the two apart.
    body = getattr(exchange, "last_http_response", None)
    if not isinstance(body, str) or not body:
        return False
    try:
        json.loads(body)
    except ValueError:
        return True
    return False


def chain_failure(symbol: str, failures: list[tuple[str, DataError]]) -> DataError:
    """The most informative error when every exchange of the chain failed."""
    tried = ", ".join(eid for eid, _ in failures)
    reasons = "; ".join(_reason(err) for _, err in failures)
    errors = [err for _, err in failures]
    if all(isinstance(e, UnknownSymbol) for e in errors):
        return UnknownSymbol(f"No exchange tried lists {symbol} ({tried}).")
    if all(isinstance(e, RegionBlocked) for e in errors):
        return RegionBlocked(
            f"Every exchange tried refused this region ({reasons}). "
            f"Pin an exchange that serves your region, e.g. {symbol}@kraken or @coinbase."
        )
    # A pair missing on one exchange says less than why the others failed.
    telling = next(e for e in errors if not isinstance(e, UnknownSymbol))
    message = f"{symbol} could not be fetched from {tried}: {reasons}."
    if isinstance(telling, NetworkDown):  # keeps how the network failed
        return NetworkDown(message, telling.reason)
    return type(telling)(message)


def _timed_out(err: DataError) -> bool:
    return isinstance(err, NetworkDown) and err.reason == NetworkDown.TIMEOUT


def _reason(err: DataError) -> str:
    return str(err).rstrip(".")


def _rebase(api, base: str):
    """Every URL in ccxt's ``urls['api']`` (a string or nested dict) moved onto ``base``."""
    if isinstance(api, dict):
        return {key: _rebase(value, base) for key, value in api.items()}
    if not isinstance(api, str) or "://" not in api:
        return api
    return base.rstrip("/") + urlsplit(api).path
