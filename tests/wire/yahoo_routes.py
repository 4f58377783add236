"""Yahoo Finance on the loopback server, in the real wire format, for the real yfinance code.

What is served (shapes as recorded in ../shared/data/wire/yahoo_v8_chart-*.json, built
here in code from synthetic series the tests construct):

* ``/v8/finance/chart/{symbol}``: ``chart.result[0]`` with ``meta`` (exchangeTimezoneName,
  gmtoffset, currentTradingPeriod, tradingPeriods for intraday, dataGranularity,
  validRanges ...), ``timestamp[]``, ``indicators.quote[0]`` and ``adjclose``; bars are
  picked by ``period1``/``period2`` (or ``range=1d``) and ``interval``. Yahoo's own limits
  are enforced the way Yahoo answers them (HTTP 422, ``chart.error``): 1m at most 7 days
  per request and 30 days back, 5m/15m 60 days back, 1h 730 days back. An unknown
  ticker gets Yahoo's 404 ``{"chart":{"result":null,"error":{"code":"Not Found",...}}}``.
* the cookie and crumb dance yfinance does first: ``fc.yahoo.com``, ``/v1/test/getcrumb``,
  ``guce.yahoo.com/consent``; and ``quoteSummary`` / ``v7/finance/quote``, which
  yfinance asks for an unknown ticker's timezone.

``LoopbackYahooSession`` is a curl_cffi session that rewrites Yahoo's hosts to the
server and refuses any other host (curl's sockets bypass the Python network guard).

For other test modules: ``yahoo_server`` (fixture) yields a started server with these
routes and fresh yfinance state; ``make_yahoo_source(server, **kw)`` builds a
``YahooSource`` on it with short timeouts and no backoff; ``register_yahoo_series(server,
symbol, frame, tz)`` serves a contract frame for a symbol. To use the fixture, list this
module in the root conftest (``pytest_plugins = ("tests.wire.yahoo_routes",)``) or wrap
``yahoo_wire(tmp_path)`` in a local fixture as tests/test_source_yahoo.py does (importing
the fixture by name trips ruff's F811).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import pandas as pd
import pytest
from curl_cffi import requests as curl_requests

from tests.wire.server import LoopbackServer, Reply, Request

CHART = "/v8/finance/chart/"
QUOTE_SUMMARY = "/v10/finance/quoteSummary/"
CRUMB = "fake.Crumb-42"
VALID_RANGES = ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"]
HOST_PREFIXES = {
    "query1.finance.yahoo.com": "",
    "query2.finance.yahoo.com": "",
    "fc.yahoo.com": "/__fc",
    "guce.yahoo.com": "/__guce",
    "consent.yahoo.com": "/__consent",
    "finance.yahoo.com": "/__finance",
}
#: interval -> (longest span per request, how far back Yahoo keeps it), in days
INTRADAY_RULES = {"1m": (7, 30), "2m": (60, 60), "5m": (60, 60), "15m": (60, 60), "1h": (730, 730)}
INTERVAL_ALIASES = {"60m": "1h"}
#: Yahoo intervals whose bars are dates (stamped at the session open), not instants
DATED_INTERVALS = ("1d", "5d", "1wk", "1mo", "3mo")


@dataclass
class Listing:
    """One ticker the fake Yahoo knows: its zone, its bars per interval, its sessions."""

    symbol: str
    tz: str
    instrument_type: str = "EQUITY"
    session_open: str = "09:30"
    session_close: str = "16:00"
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def always_open(self) -> bool:
        """True for 24/7 listings (crypto): whole-day trading periods."""
        return self.instrument_type == "CRYPTOCURRENCY"


class YahooWire:
    """The routes and the listings behind them; one per server."""

    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.listings: dict[str, Listing] = {}

    def install(self) -> YahooWire:
        """Add every Yahoo route to the server (ticker paths are matched by prefix)."""
        routes = _PrefixRoutes(self.server.routes)
        routes.prefixes[CHART] = self.chart
        routes.prefixes[QUOTE_SUMMARY] = self.quote_summary
        self.server.routes = routes
        self.server.route("/__fc/", _cookie_reply)
        self.server.route("/v1/test/getcrumb", lambda req: Reply(200, CRUMB, _TEXT))
        self.server.route("/__guce/consent", lambda req: Reply(200, _NO_CONSENT_FORM, _HTML))
        self.server.route("/v7/finance/quote", self.quote)
        return self

    def chart(self, req: Request) -> Reply:
        """``/v8/finance/chart/{symbol}`` as Yahoo answers it."""
        listing = self.listings.get(_symbol_in(req.path, CHART))
        if listing is None:
            return Reply(404, not_found_body(_symbol_in(req.path, CHART)))
        interval = INTERVAL_ALIASES.get(req.arg("interval", "1d"), req.arg("interval", "1d"))
        refusal = _refusal(req, interval)
        if refusal is not None:
            return Reply(422, refusal)
        stamps, rows = _select(listing, interval, req)
        return Reply(200, chart_body(listing, interval, stamps, rows))

    def empty_chart(self, req: Request) -> Reply:
        """A known ticker with no bars in the span (Yahoo's shape: meta, empty quote)."""
        symbol = _symbol_in(req.path, CHART)
        listing = self.listings.get(symbol) or Listing(symbol, "America/New_York")
        interval = req.arg("interval", "1d")
        return Reply(200, chart_body(listing, interval, [], pd.DataFrame()))

    def quote_summary(self, req: Request) -> Reply:
        """``quoteSummary``: the quote type of a known ticker, Yahoo's 404 otherwise."""
        symbol = _symbol_in(req.path, QUOTE_SUMMARY)
        listing = self.listings.get(symbol)
        if listing is None:
            error = {"code": "Not Found", "description": f"Quote not found for symbol: {symbol}"}
            return Reply(404, {"quoteSummary": {"result": None, "error": error}})
        quote = {"symbol": symbol, "exchangeTimezoneName": listing.tz}
        return Reply(200, {"quoteSummary": {"result": [{"quoteType": quote}], "error": None}})

    def quote(self, req: Request) -> Reply:
        """``v7/finance/quote``: the known tickers among ``symbols``."""
        wanted = [s.strip().upper() for s in (req.arg("symbols") or "").split(",") if s]
        found = [
            {"symbol": s, "exchangeTimezoneName": self.listings[s].tz}
            for s in wanted
            if s in self.listings
        ]
        return Reply(200, {"quoteResponse": {"result": found, "error": None}})


class _PrefixRoutes(dict):
    """Exact routes first, then handlers by path prefix (Yahoo puts the ticker in the path)."""

    def __init__(self, exact: dict) -> None:
        super().__init__(exact)
        self.prefixes: dict = {}

    def get(self, path, default=None):
        if path in self:
            return self[path]
        for prefix, handler in self.prefixes.items():
            if path.startswith(prefix):
                return handler
        return default


_TEXT = {"Content-Type": "text/plain;charset=utf-8"}
_HTML = {"Content-Type": "text/html;charset=utf-8"}
_NO_CONSENT_FORM = "<html><body><p>No consent needed here.</p></body></html>"


def _cookie_reply(req: Request) -> Reply:
    # fc.yahoo.com answers 404 and sets the A3 cookie; yfinance only needs the round trip.
    cookie = "A3=d=AQABBloopback&S=AQAAAfake; Max-Age=31557600; Path=/; SameSite=None"
    return Reply(404, "", {"Set-Cookie": cookie, **_HTML})


def _symbol_in(path: str, prefix: str) -> str:
    return unquote(path[len(prefix) :]).strip("/").upper()


def not_found_body(symbol: str) -> dict:
    """Yahoo's answer for a ticker it does not know."""
    error = {"code": "Not Found", "description": "No data found, symbol may be delisted"}
    return {"chart": {"result": None, "error": error}}


def _refusal(req: Request, interval: str) -> dict | None:
    if interval not in INTRADAY_RULES or req.arg("period1") is None:
        return None
    span_days, back_days = INTRADAY_RULES[interval]
    p1, p2 = int(req.arg("period1")), int(req.arg("period2") or time.time())
    why = None
    if p1 < time.time() - back_days * 86400:
        why = f"The requested range must be within the last {back_days} days."
    elif p2 - p1 > span_days * 86400:
        why = (
            f"Only {span_days} days worth of {interval} granularity data are allowed "
            f"to be fetched per request."
        )
    if why is None:
        return None
    text = f"{interval} data not available for startTime={p1} and endTime={p2}. {why}"
    error = {"code": "Unprocessable Entity", "description": text}
    return {"chart": {"result": None, "error": error}}


def _select(listing: Listing, interval: str, req: Request) -> tuple[list[int], pd.DataFrame]:
    frame = listing.frames.get(interval)
    if frame is None or frame.empty:
        return [], pd.DataFrame()
    stamps = _epoch_stamps(listing, frame, interval)
    if req.arg("range") is not None:
        keep = stamps == stamps.max()
    else:
        p1 = int(req.arg("period1") or 0)
        p2 = int(req.arg("period2") or time.time())
        keep = (stamps >= p1) & (stamps < p2)
    return [int(s) for s in stamps[keep]], frame[keep]


def _epoch_stamps(listing: Listing, frame: pd.DataFrame, interval: str):
    if interval in DATED_INTERVALS:
        # A daily bar is stamped at its session open, local time (as Yahoo does).
        local = pd.DatetimeIndex(frame.index) + pd.Timedelta(listing.session_open + ":00")
        utc = local.tz_localize(listing.tz).tz_convert("UTC")
    else:
        utc = pd.DatetimeIndex(frame.index).tz_convert("UTC")
    return (utc.as_unit("s").asi8).astype("int64")


def chart_body(listing: Listing, interval: str, stamps: list[int], rows: pd.DataFrame) -> dict:
    """The v8 chart JSON for ``rows`` stamped ``stamps`` (no bars: Yahoo's empty shape)."""
    result: dict = {"meta": _meta(listing, interval, stamps)}
    if not stamps:
        result["indicators"] = {"quote": [{}]}
        return {"chart": {"result": [result], "error": None}}
    result["timestamp"] = stamps
    quote = {c: _json_numbers(rows[c]) for c in ("open", "high", "low", "close", "volume")}
    result["indicators"] = {"quote": [quote]}
    if interval in DATED_INTERVALS:
        adj = rows["adjclose"] if "adjclose" in rows.columns else rows["close"]
        result["indicators"]["adjclose"] = [{"adjclose": _json_numbers(adj)}]
    return {"chart": {"result": [result], "error": None}}


def _json_numbers(values: pd.Series) -> list:
    return [None if (v is None or math.isnan(v)) else float(v) for v in values.tolist()]


def _meta(listing: Listing, interval: str, stamps: list[int]) -> dict:
    now = pd.Timestamp.now(tz=listing.tz)
    offset = int(now.utcoffset().total_seconds())
    meta = {
        "currency": "USD",
        "symbol": listing.symbol,
        "exchangeName": "CCC" if listing.always_open else "WCB",
        "fullExchangeName": "CCC" if listing.always_open else "Loopback Exchange",
        "instrumentType": listing.instrument_type,
        "firstTradeDate": 0,
        "regularMarketTime": int(now.timestamp()),
        "hasPrePostMarketData": False,
        "gmtoffset": offset,
        "timezone": now.tzname(),
        "exchangeTimezoneName": listing.tz,
        "regularMarketPrice": 100.0,
        "chartPreviousClose": 100.0,
        "priceHint": 2,
        "currentTradingPeriod": _current_period(listing, now, offset),
        "dataGranularity": interval,
        "range": "",
        "validRanges": VALID_RANGES,
    }
    if interval not in DATED_INTERVALS and stamps:
        meta["tradingPeriods"] = _trading_periods(listing, stamps, offset)
    return meta


def _session_bounds(listing: Listing, day: pd.Timestamp) -> tuple[int, int]:
    if listing.always_open:
        start = day.tz_localize(listing.tz)
        return int(start.timestamp()), int((start + pd.Timedelta(days=1)).timestamp())
    opens = (day + pd.Timedelta(listing.session_open + ":00")).tz_localize(listing.tz)
    closes = (day + pd.Timedelta(listing.session_close + ":00")).tz_localize(listing.tz)
    return int(opens.timestamp()), int(closes.timestamp())


def _current_period(listing: Listing, now: pd.Timestamp, offset: int) -> dict:
    start, end = _session_bounds(listing, now.tz_localize(None).normalize())
    period = {"timezone": now.tzname(), "gmtoffset": offset}
    return {
        "pre": {**period, "start": start, "end": start},
        "regular": {**period, "start": start, "end": end},
        "post": {**period, "start": end, "end": end},
    }


def _trading_periods(listing: Listing, stamps: list[int], offset: int) -> list:
    local = pd.to_datetime(stamps, unit="s", utc=True).tz_convert(listing.tz)
    days = sorted(set(local.tz_localize(None).normalize()))
    periods = []
    for day in days:
        start, end = _session_bounds(listing, day)
        entry = {"timezone": "", "start": start, "end": end, "gmtoffset": offset}
        periods.append([entry])
    return periods


class LoopbackYahooSession(curl_requests.Session):
    """A curl_cffi session whose Yahoo requests land on the loopback server."""

    def __init__(self, base_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.loopback_url = base_url

    def request(self, method, url, *args, **kwargs):
        return super().request(
            method, rewrite_yahoo_url(str(url), self.loopback_url), *args, **kwargs
        )


def rewrite_yahoo_url(url: str, base_url: str) -> str:
    """Point a Yahoo URL at ``base_url``; refuse anything that is not Yahoo or loopback."""
    parts = urlsplit(url)
    base = urlsplit(base_url)
    if parts.hostname in HOST_PREFIXES:
        path = HOST_PREFIXES[parts.hostname] + (parts.path or "/")
        return urlunsplit((base.scheme, base.netloc, path, parts.query, ""))
    if parts.hostname in ("127.0.0.1", "localhost"):
        return url
    raise RuntimeError(f"test session refused {url!r}: tests never touch the network")


def register_yahoo_series(
    server: LoopbackServer,
    symbol: str,
    frame: pd.DataFrame,
    tz: str,
    *,
    interval: str = "1d",
    instrument_type: str | None = None,
    session_open: str | None = None,
) -> Listing:
    """Serve ``frame`` (a contract frame; an optional ``adjclose`` column) for ``symbol``.

    Daily frames are stamped at the session open in ``tz`` (00:00 for 24/7 listings);
    intraday frames keep their UTC instants. Call again for other intervals.
    """
    wire = _wire_of(server)
    key = symbol.upper()
    kind = instrument_type or ("CRYPTOCURRENCY" if tz == "UTC" else "EQUITY")
    listing = wire.listings.get(key) or Listing(key, tz, kind)
    if kind == "CRYPTOCURRENCY":
        listing.session_open = "00:00"
    if session_open is not None:
        listing.session_open = session_open
    if (interval in DATED_INTERVALS) != (pd.DatetimeIndex(frame.index).tz is None):
        raise ValueError("daily frames have naive dates, intraday frames UTC instants")
    listing.frames[interval] = frame
    wire.listings[key] = listing
    return listing


def empty_chart_route(server: LoopbackServer):
    """The route's notion of an empty result, for ``server.inject(..., 'empty', empty=...)``."""
    return _wire_of(server).empty_chart


def _wire_of(server: LoopbackServer) -> YahooWire:
    wire = getattr(server, "yahoo", None)
    if wire is None:
        raise ValueError("install the Yahoo routes first (start_yahoo_server or the fixture)")
    return wire


def start_yahoo_server(hang_seconds: float = 3.0) -> LoopbackServer:
    """A started loopback server with the Yahoo routes installed (``server.yahoo``)."""
    server = LoopbackServer(hang_seconds=hang_seconds)
    server.yahoo = YahooWire(server).install()
    return server.start()


def make_yahoo_source(server: LoopbackServer, **kwargs):
    """A ``YahooSource`` talking to ``server``: 1 s timeout and no backoff unless given."""
    from models.market.sources.yahoo import YahooSource

    kwargs.setdefault("timeout", 1.0)
    kwargs.setdefault("backoff", (0.0, 0.0))
    return YahooSource(session=LoopbackYahooSession(server.url), **kwargs)


def reset_yfinance_state(cache_dir: Path) -> None:
    """Forget everything yfinance remembers between tests (caches, cookie, crumb, counters)."""
    import yfinance as yf
    import yfinance.base
    import yfinance.cache
    import yfinance.data

    cache_dir.mkdir(parents=True, exist_ok=True)
    yf.set_tz_cache_location(str(cache_dir))
    # set_tz_cache_location only moves databases not opened yet: drop the open ones too.
    yfinance.cache._TzCacheManager._tz_cache = None
    yfinance.cache._CookieCacheManager._Cookie_cache = None
    yfinance.cache._ISINCacheManager._isin_cache = None
    yfinance.data.YfData._instances.clear()
    yfinance.data.YfData.cache_get.cache_clear()
    yfinance.base._tz_info_fetch_ctr = 0


@contextmanager
def yahoo_wire(state_dir: Path) -> Iterator[LoopbackServer]:
    """Fresh yfinance state and a started Yahoo server, stopped afterwards."""
    reset_yfinance_state(state_dir / "yfinance")
    server = start_yahoo_server()
    try:
        yield server
    finally:
        server.stop()
        reset_yfinance_state(state_dir / "yfinance-after")


@pytest.fixture
def yahoo_server(tmp_path) -> Iterator[LoopbackServer]:
    """A started loopback Yahoo (``register_yahoo_series`` to give it tickers)."""
    with yahoo_wire(tmp_path) as server:
        yield server
