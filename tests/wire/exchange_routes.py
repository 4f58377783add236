"""Binance and Bybit market-data endpoints in their real wire formats, on a loopback server.

The real ccxt parsing code runs against these routes. Each ``ExchangeServer`` speaks one
exchange: Binance spot ``/api/v3/exchangeInfo`` + ``/api/v3/klines`` or Bybit v5
``/v5/market/instruments-info`` + ``/v5/market/kline``. Tests register synthetic series
with ``register_pair(server, "BTC/USDT", frame, "1d")``; the server slices them per request
exactly as the exchange does (Binance: the first ``limit`` candles from ``startTime``,
ascending; Bybit: the newest ``limit`` candles in ``[start, end]``, newest first).

Helpers for repository-level tests: the ``exchange_servers`` fixture (one server per
exchange, failing the test if ccxt calls a path no route serves) and
``make_exchange_source(servers, chain=...)``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest

from tests.wire.server import LoopbackServer, Reply, Request

BINANCE_MARKETS = "/api/v3/exchangeInfo"
BINANCE_KLINES = "/api/v3/klines"
BYBIT_MARKETS = "/v5/market/instruments-info"
BYBIT_KLINES = "/v5/market/kline"
KLINE_PATHS = {"binance": BINANCE_KLINES, "bybit": BYBIT_KLINES}

# Interval names on the wire, per exchange, for the timeframes tests use.
_BINANCE_INTERVALS = {"1m": "1m", "5m": "5m", "15m": "15m", "1h": "1h", "4h": "4h", "1d": "1d"}
_BYBIT_INTERVALS = {"1m": "1", "5m": "5", "15m": "15", "1h": "60", "4h": "240", "1d": "D"}
_STEP_MS = {"1m": 60_000, "5m": 300_000, "15m": 900_000, "1h": 3_600_000, "4h": 14_400_000}
_STEP_MS["1d"] = 86_400_000


@dataclass
class Candles:
    """One registered series as millisecond open times and float columns."""

    open_ms: np.ndarray
    values: np.ndarray  # rows of open, high, low, close, volume
    step_ms: int

    def between(self, start: int | None, end: int | None) -> np.ndarray:
        """Row positions whose open time lies in ``[start, end]`` (None = unbounded)."""
        lo = 0 if start is None else int(np.searchsorted(self.open_ms, start, "left"))
        hi = len(self.open_ms) if end is None else int(np.searchsorted(self.open_ms, end, "right"))
        return np.arange(lo, hi)


class ExchangeServer(LoopbackServer):
    """A loopback server speaking one exchange's public market-data API."""

    def __init__(self, exchange_id: str, hang_seconds: float = 3.0) -> None:
        super().__init__(hang_seconds=hang_seconds)
        # A short poll keeps stop() (and so each test's teardown) from taking half a second.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        if exchange_id not in KLINE_PATHS:
            raise ValueError(f"no wire format for {exchange_id!r}")
        self.exchange_id = exchange_id
        self.pairs: dict[str, tuple[str, str]] = {}  # market id -> (base, quote)
        self.series: dict[tuple[str, str], Candles] = {}  # (market id, wire interval)
        if exchange_id == "binance":
            self.route(BINANCE_MARKETS, lambda req: Reply(200, _binance_exchange_info(self)))
            self.route(BINANCE_KLINES, lambda req: _binance_klines(self, req))
        else:
            self.route(BYBIT_MARKETS, lambda req: _bybit_instruments(self, req))
            self.route(BYBIT_KLINES, lambda req: _bybit_klines(self, req))

    @property
    def kline_path(self) -> str:
        """The candle endpoint of this exchange (for fault injection and counting)."""
        return KLINE_PATHS[self.exchange_id]

    def unexpected_requests(self) -> list[str]:
        """Paths ccxt asked for that no route serves: each one is a test bug."""
        return [r.path for r in self.requests if r.path not in self.routes]

    def empty_reply(self, req: Request) -> Reply:
        """The exchange's well-formed 'no candles' answer (for the ``empty`` fault)."""
        if self.exchange_id == "binance":
            return Reply(200, [])
        return Reply(
            200, _bybit_envelope({"symbol": req.arg("symbol"), "category": "spot", "list": []})
        )


def register_pair(server: ExchangeServer, symbol: str, frame: pd.DataFrame, timeframe: str) -> None:
    """List ``symbol`` (``BASE/QUOTE``) on ``server`` and serve ``frame`` at ``timeframe``.

    ``frame`` is a contract frame; daily dates are served as UTC-midnight open times.
    """
    base, quote = symbol.split("/")
    market_id = base + quote
    server.pairs[market_id] = (base, quote)
    intervals = _BINANCE_INTERVALS if server.exchange_id == "binance" else _BYBIT_INTERVALS
    index = pd.DatetimeIndex(frame.index)
    stamps = index.tz_localize("UTC") if index.tz is None else index.tz_convert("UTC")
    open_ms = (stamps.as_unit("ms").asi8).astype("int64")
    values = frame[["open", "high", "low", "close", "volume"]].to_numpy("float64")
    server.series[(market_id, intervals[timeframe])] = Candles(open_ms, values, _STEP_MS[timeframe])


def list_pair(server: ExchangeServer, symbol: str) -> None:
    """List ``symbol`` in the markets without serving any candles for it."""
    base, quote = symbol.split("/")
    server.pairs[base + quote] = (base, quote)


def _num(value: float) -> str:
    return f"{value:.8f}"


def _now_ms() -> int:
    return int(time.time() * 1000)


# --- Binance spot ------------------------------------------------------------------------


def _binance_symbol(market_id: str, base: str, quote: str) -> dict:
    # The fields ccxt's binance.parse_market reads, shaped as Binance sends them.
    return {
        "symbol": market_id,
        "status": "TRADING",
        "baseAsset": base,
        "baseAssetPrecision": 8,
        "quoteAsset": quote,
        "quotePrecision": 8,
        "quoteAssetPrecision": 8,
        "orderTypes": ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"],
        "icebergAllowed": True,
        "ocoAllowed": True,
        "isSpotTradingAllowed": True,
        "isMarginTradingAllowed": True,
        "filters": [
            {
                "filterType": "PRICE_FILTER",
                "minPrice": "0.01000000",
                "maxPrice": "1000000.00000000",
                "tickSize": "0.01000000",
            },
            {
                "filterType": "LOT_SIZE",
                "minQty": "0.00001000",
                "maxQty": "9000.00000000",
                "stepSize": "0.00001000",
            },
            {"filterType": "NOTIONAL", "minNotional": "5.00000000", "applyMinToMarket": True},
        ],
        "permissions": [],
        "permissionSets": [["SPOT", "MARGIN"]],
    }


def _binance_exchange_info(server: ExchangeServer) -> dict:
    return {
        "timezone": "UTC",
        "serverTime": _now_ms(),
        "rateLimits": [
            {
                "rateLimitType": "REQUEST_WEIGHT",
                "interval": "MINUTE",
                "intervalNum": 1,
                "limit": 6000,
            }
        ],
        "exchangeFilters": [],
        "symbols": [_binance_symbol(mid, b, q) for mid, (b, q) in server.pairs.items()],
    }


def _binance_error(code: int, msg: str) -> Reply:
    return Reply(400, {"code": code, "msg": msg})


def _binance_klines(server: ExchangeServer, req: Request) -> Reply:
    market_id = req.arg("symbol") or ""
    if market_id not in server.pairs:
        return _binance_error(-1121, "Invalid symbol.")
    limit = int(req.arg("limit") or 500)
    if not 1 <= limit <= 1000:
        return _binance_error(-1130, "Data sent for parameter 'limit' is not valid.")
    candles = server.series.get((market_id, req.arg("interval") or ""))
    if candles is None:
        return Reply(200, [])
    start, end = _int_arg(req, "startTime"), _int_arg(req, "endTime")
    rows = candles.between(start, end)
    rows = rows[:limit] if start is not None else rows[-limit:]
    return Reply(200, [_binance_row(candles, i) for i in rows])


def _binance_row(candles: Candles, i: int) -> list:
    o, h, low, c, v = candles.values[i]
    opened = int(candles.open_ms[i])
    trades = int(100 + (opened // 60_000) % 900)
    return [
        opened,
        _num(o),
        _num(h),
        _num(low),
        _num(c),
        _num(v),
        opened + candles.step_ms - 1,
        _num(v * c),
        trades,
        _num(v / 2),
        _num(v * c / 2),
        "0",
    ]


def _int_arg(req: Request, name: str) -> int | None:
    raw = req.arg(name)
    return int(raw) if raw not in (None, "") else None


# --- Bybit v5 ------------------------------------------------------------------------------


def _bybit_envelope(result: dict, code: int = 0, msg: str = "OK") -> dict:
    return {"retCode": code, "retMsg": msg, "result": result, "retExtInfo": {}, "time": _now_ms()}


def _bybit_instrument(market_id: str, base: str, quote: str) -> dict:
    return {
        "symbol": market_id,
        "baseCoin": base,
        "quoteCoin": quote,
        "innovation": "0",
        "status": "Trading",
        "marginTrading": "utaOnly",
        "stTag": "0",
        "lotSizeFilter": {
            "basePrecision": "0.000001",
            "quotePrecision": "0.00000001",
            "minOrderQty": "0.000048",
            "maxOrderQty": "71.73956243",
            "minOrderAmt": "1",
            "maxOrderAmt": "2000000",
        },
        "priceFilter": {"tickSize": "0.01"},
        "riskParameters": {"priceLimitRatioX": "0.01", "priceLimitRatioY": "0.02"},
    }


def _bybit_instruments(server: ExchangeServer, req: Request) -> Reply:
    if req.arg("category") != "spot":
        return Reply(200, _bybit_envelope({}, 10001, "params error: category is invalid"))
    listing = [_bybit_instrument(mid, b, q) for mid, (b, q) in server.pairs.items()]
    return Reply(200, _bybit_envelope({"category": "spot", "list": listing}))


def _bybit_klines(server: ExchangeServer, req: Request) -> Reply:
    market_id = req.arg("symbol") or ""
    if req.arg("category") != "spot" or market_id not in server.pairs:
        return Reply(200, _bybit_envelope({}, 10001, "Not supported symbols"))
    limit = int(req.arg("limit") or 200)
    if not 1 <= limit <= 1000:
        return Reply(200, _bybit_envelope({}, 10001, "Invalid parameter limit"))
    candles = server.series.get((market_id, req.arg("interval") or ""))
    rows: list[list[str]] = []
    if candles is not None:
        end = _int_arg(req, "end") or _now_ms()
        picked = candles.between(_int_arg(req, "start"), end)[-limit:]
        rows = [_bybit_row(candles, i) for i in picked[::-1]]  # newest first, as Bybit sends
    return Reply(200, _bybit_envelope({"symbol": market_id, "category": "spot", "list": rows}))


def _bybit_row(candles: Candles, i: int) -> list[str]:
    o, h, low, c, v = candles.values[i]
    return [
        str(int(candles.open_ms[i])),
        _num(o),
        _num(h),
        _num(low),
        _num(c),
        _num(v),
        _num(v * c),
    ]


# --- fixtures and helpers ---------------------------------------------------------------------


@contextmanager
def running_exchange_servers(
    exchange_ids: tuple[str, ...] = ("binance", "bybit"), hang_seconds: float = 3.0
) -> Iterator[dict[str, ExchangeServer]]:
    """Started servers by exchange id; on exit, fails if ccxt hit a path no route serves."""
    servers = {eid: ExchangeServer(eid, hang_seconds).start() for eid in exchange_ids}
    try:
        yield servers
    finally:
        for server in servers.values():
            server.stop()
    unexpected = {eid: s.unexpected_requests() for eid, s in servers.items()}
    unexpected = {eid: paths for eid, paths in unexpected.items() if paths}
    assert not unexpected, f"ccxt called endpoints the test does not serve: {unexpected}"


@pytest.fixture
def exchange_servers() -> Iterator[dict[str, ExchangeServer]]:
    """A Binance and a Bybit loopback server; fails the test on any unserved path."""
    with running_exchange_servers() as servers:
        yield servers


def make_exchange_source(
    servers: dict[str, ExchangeServer],
    chain: tuple[str, ...] = ("binance", "bybit"),
    timeout_ms: int = 1000,
    retry_delays: tuple[float, ...] = (0.0, 0.0),
):
    """An ``ExchangeSource`` wired to the loopback servers, with no back-off waits.

    ccxt's rate limiter stays enabled but with a 1 ms spacing so tests stay fast.
    """
    from models.market.sources.exchange import ExchangeSource, default_exchange_factory

    def factory(exchange_id: str, config: dict):
        return default_exchange_factory(exchange_id, {**config, "rateLimit": 1})

    return ExchangeSource(
        chain=chain,
        urls={eid: server.url for eid, server in servers.items()},
        timeout_ms=timeout_ms,
        exchange_factory=factory,
        retry_delays=retry_delays,
    )
