"""The fault table end to end: real yfinance/ccxt code, loopback wire servers, the real cache.

For each fault the issue names, a cached series is refreshed while the server misbehaves:
the user gets the right error with a clear message, the cache is exactly as it was, and a
later good response completes the series.
"""

from __future__ import annotations

import pandas as pd
import pytest

from models import errors
from models.market.frames import conform
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from tests.cache_fixtures import walk_bars
from tests.wire.exchange_routes import make_exchange_source, register_pair, running_exchange_servers
from tests.wire.yahoo_routes import (
    empty_chart_route,
    make_yahoo_source,
    register_yahoo_series,
    yahoo_wire,
)

# fault -> (expected error types, words the message must contain)
YAHOO_FAULTS = {
    "429": (errors.RateLimited, "rate"),
    "500": (errors.SourceUnavailable, "yahoo"),
    "503": (errors.SourceUnavailable, "yahoo"),
    "hang": (errors.NetworkDown, "yahoo"),
    "truncated": ((errors.NetworkDown, errors.BadResponse), "yahoo"),
    "malformed": (errors.BadResponse, "yahoo"),
    "empty": (errors.BadResponse, "^rut"),
    "reset": (errors.NetworkDown, "yahoo"),
}
EXCHANGE_FAULTS = {
    "429": (errors.RateLimited, "binance"),
    "451": (errors.RegionBlocked, "binance"),
    "500": (errors.SourceUnavailable, "binance"),
    "503": (errors.SourceUnavailable, "binance"),
    "hang": (errors.NetworkDown, "binance"),
    "truncated": ((errors.NetworkDown, errors.BadResponse), "binance"),
    "malformed": (errors.BadResponse, "binance"),
    "empty": (errors.BadResponse, "binance"),
    "reset": (errors.NetworkDown, "binance"),
}


def _equity_history() -> pd.DataFrame:
    today = pd.Timestamp.now(tz="America/New_York").normalize().tz_localize(None)
    return walk_bars(pd.bdate_range(end=today - pd.Timedelta(days=1), periods=320), seed=1)


def _crypto_history() -> pd.DataFrame:
    today = pd.Timestamp.now(tz="UTC").normalize().tz_localize(None)
    return walk_bars(pd.date_range(end=today - pd.Timedelta(days=1), periods=400), seed=2)


def _assert_same(cached, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(cached.frame, conform(expected), check_freq=False)


@pytest.mark.parametrize("fault", sorted(YAHOO_FAULTS))
def test_yahoo_fault_leaves_cache_intact_and_later_refresh_completes(fault, tmp_path):
    expected_type, words = YAHOO_FAULTS[fault]
    full = _equity_history()
    old = full.iloc[:-20]
    rut = load_catalogue().resolve("^RUT")
    with yahoo_wire(tmp_path) as server:
        register_yahoo_series(server, "^RUT", old, "America/New_York")
        repo = Repository(tmp_path / "cache", sources={"yahoo": make_yahoo_source(server)})
        repo.refresh(rut)
        before = repo.load(rut)
        _assert_same(before, old)

        register_yahoo_series(server, "^RUT", full, "America/New_York")
        server.inject("/v8/finance/chart", fault, times=50, empty=empty_chart_route(server))
        with pytest.raises(expected_type) as err:
            repo.refresh(rut)
        assert words in str(err.value).lower()
        _assert_same(repo.load(rut), old)

        server.clear_faults()
        repo.refresh(rut)
        _assert_same(repo.load(rut), full)


@pytest.mark.parametrize("fault", sorted(EXCHANGE_FAULTS))
def test_exchange_fault_leaves_cache_intact_and_later_refresh_completes(fault, tmp_path):
    expected_type, words = EXCHANGE_FAULTS[fault]
    full = _crypto_history()
    old = full.iloc[:-30]
    btc = load_catalogue().resolve("BTC/USDT")
    with running_exchange_servers(("binance",), hang_seconds=3.0) as servers:
        binance = servers["binance"]
        register_pair(binance, "BTC/USDT", old, "1d")
        source = make_exchange_source(servers, chain=("binance",))
        repo = Repository(tmp_path / "cache", sources={"ccxt": source})
        first = repo.refresh(btc)
        assert first.exchange == "binance"
        _assert_same(repo.load(btc), old)

        register_pair(binance, "BTC/USDT", full, "1d")
        binance.inject(binance.kline_path, fault, times=50)
        with pytest.raises(expected_type) as err:
            repo.refresh(btc)
        assert words in str(err.value).lower()
        _assert_same(repo.load(btc), old)

        binance.clear_faults()
        repo.refresh(btc)
        _assert_same(repo.load(btc), full)


def test_region_refusal_falls_back_and_records_the_exchange(tmp_path):
    full = _crypto_history()
    eth = load_catalogue().resolve("ETH/USDT")
    with running_exchange_servers(("binance", "bybit")) as servers:
        register_pair(servers["bybit"], "ETH/USDT", full, "1d")
        servers["binance"].inject("/api/v3", "451", times=50)
        repo = Repository(tmp_path / "cache", sources={"ccxt": make_exchange_source(servers)})
        series = repo.refresh(eth)
        assert series.exchange == "bybit"
        assert any("451" in note or "region" in note.lower() for note in series.warnings)
        listed = {(info.symbol, info.exchange) for info in repo.list_series()}
        assert ("ETH/USDT", "bybit") in listed
        _assert_same(repo.load(eth), full)
