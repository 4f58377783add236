"""ExchangeSource against Binance and Bybit wire formats on loopback: the real ccxt code runs.

Series are synthetic; the servers slice them per request like the exchanges do.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pytest

from models.errors import (
    BadResponse,
    Cancelled,
    DataError,
    NetworkDown,
    NoDataInRange,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.frames import conform
from models.market.instruments import load_catalogue
from models.market.sources.exchange import ExchangeSource, _rebase, takes_until
from models.market.sources.exchange_pages import page_limit
from models.notices import texts
from tests.wire.exchange_routes import (
    BINANCE_KLINES,
    BINANCE_MARKETS,
    BYBIT_MARKETS,
    list_pair,
    make_exchange_source,
    register_pair,
    running_exchange_servers,
)
from tests.wire.server import Reply

DAY = pd.Timedelta(days=1)


def daily(start: str, n: int, seed: int = 1) -> pd.DataFrame:
    """A contract daily frame with distinct prices per row (so misplaced rows show)."""
    rng = np.random.default_rng(seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.02, n)))
    close = np.round(close, 2)
    index = pd.date_range(start, periods=n, freq="D", name="date")
    frame = pd.DataFrame(
        {
            "open": np.round(close * 0.995, 2),
            "high": np.round(close * 1.01, 2),
            "low": np.round(close * 0.98, 2),
            "close": close,
            "volume": np.round(rng.uniform(10, 1000, n), 3),
        },
        index=index,
    )
    return conform(frame, "1d")


def minutes(start: str, n: int) -> pd.DataFrame:
    frame = daily("2020-01-01", n, seed=7)
    frame.index = pd.date_range(start, periods=n, freq="min", tz="UTC", name="time")
    frame.index.freq = None  # fetched frames carry no freq
    return conform(frame, "1m")


def pair(text: str = "BTC/USDT"):
    return load_catalogue().resolve(text)


def fetch(source, instrument, start, end, timeframe="1d", control=None):
    return source.fetch(
        instrument, pd.Timestamp(start), pd.Timestamp(end), timeframe, control or FetchControl()
    )


@pytest.fixture
def servers():
    with running_exchange_servers(hang_seconds=3.0) as running:
        yield running


SERIES = daily("2019-01-01", 2500)  # 2019-01-01 .. 2025-11-04: three Binance pages
FIRST, LAST = SERIES.index[0], SERIES.index[-1]


def serve_everywhere(servers, frame=SERIES, symbol="BTC/USDT", timeframe="1d"):
    for server in servers.values():
        register_pair(server, symbol, frame, timeframe)


# --- pagination, deduplication, gaps ---------------------------------------------------------


def test_binance_pages_cover_the_whole_series_once(servers):
    serve_everywhere(servers)
    progress = []
    source = make_exchange_source(servers)
    control = FetchControl(lambda done, expected, _msg: progress.append((done, expected)))
    result = fetch(source, pair(), FIRST, LAST, control=control)
    pd.testing.assert_frame_equal(result.frame, SERIES)
    assert result.frame.index.is_unique and result.frame.index.name == "date"
    assert servers["binance"].count(BINANCE_KLINES) == 3
    assert [int(r.query["limit"]) for r in servers["binance"].requests[1:]] == [1000] * 3
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert result.exchange == "binance" and result.source == "ccxt"
    assert result.library_version.startswith("ccxt 4.") and result.gaps == []
    assert servers["bybit"].requests == []


def test_bybit_newest_first_pages_are_reassembled_in_order(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers)
    result = fetch(source, pair("BTC/USDT@bybit"), FIRST, LAST)
    pd.testing.assert_frame_equal(result.frame, SERIES)
    assert servers["bybit"].count("/v5/market/kline") == 3
    assert result.exchange == "bybit"


def test_minute_bars_are_utc_instants_across_pages(servers):
    bars = minutes("2024-11-16 00:00", 2300)
    serve_everywhere(servers, bars, timeframe="1m")
    source = make_exchange_source(servers)
    result = fetch(source, pair(), bars.index[0], bars.index[-1], timeframe="1m")
    pd.testing.assert_frame_equal(result.frame, bars)
    assert str(result.frame.index.tz) == "UTC"
    assert servers["binance"].count(BINANCE_KLINES) == 3


def test_a_sub_range_is_cut_exactly(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers)
    result = fetch(source, pair(), "2020-02-28", "2020-03-02")
    assert list(result.frame.index.strftime("%m-%d")) == ["02-28", "02-29", "03-01", "03-02"]
    pd.testing.assert_frame_equal(result.frame, SERIES.loc["2020-02-28":"2020-03-02"])


def test_gaps_are_reported_not_filled(servers):
    holed = SERIES.drop(SERIES.loc["2020-03-12":"2020-03-14"].index)
    holed = holed.drop(pd.Timestamp("2023-07-01"))
    serve_everywhere(servers, holed)
    result = fetch(make_exchange_source(servers), pair(), FIRST, LAST)
    pd.testing.assert_frame_equal(result.frame, holed)
    assert result.gaps == [
        (pd.Timestamp("2020-03-12"), pd.Timestamp("2020-03-14")),
        (pd.Timestamp("2023-07-01"), pd.Timestamp("2023-07-01")),
    ]
    assert result.notices == []  # reported once, in ``gaps``; the repository words them


def test_a_gap_wider_than_a_page_is_confirmed_and_reported(servers):
    holed = SERIES.drop(SERIES.loc["2020-06-01":"2023-06-01"].index)  # 1096 days: > one page
    serve_everywhere(servers, holed)
    result = fetch(make_exchange_source(servers), pair(), FIRST, LAST)
    pd.testing.assert_frame_equal(result.frame, holed)
    assert result.gaps == [(pd.Timestamp("2020-06-01"), pd.Timestamp("2023-06-01"))]


def test_a_range_before_the_listing_skips_to_the_first_candle(servers):
    serve_everywhere(servers)
    result = fetch(make_exchange_source(servers), pair(), "2012-01-01", LAST)
    pd.testing.assert_frame_equal(result.frame, SERIES)
    assert result.gaps == []
    # empty first window, one open-ended probe that finds 2019, then three pages
    assert servers["binance"].count(BINANCE_KLINES) == 5
    assert "binance has BTC/USDT from 2019-01-01 on (asked from 2012-01-01)." in texts(
        result.notices
    )


def test_an_open_start_means_from_the_first_candle(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers)
    result = source.fetch(pair(), None, LAST, "1d", FetchControl())
    pd.testing.assert_frame_equal(result.frame, SERIES)
    result = fetch(source, pair("BTC/USDT@bybit"), "2015-01-01", LAST)
    pd.testing.assert_frame_equal(result.frame, SERIES)  # newest-first: walked window by window


def test_a_range_with_no_bars_says_so(servers):
    serve_everywhere(servers)
    with pytest.raises(NoDataInRange, match="no BTC/USDT 1d bars from 2012-01-01 to 2013-01-01"):
        fetch(make_exchange_source(servers), pair(), "2012-01-01", "2013-01-01")
    assert servers["bybit"].requests == []


def test_an_unexpected_exchange_error_reads_without_urls(servers):
    serve_everywhere(servers)
    servers["binance"].route(
        BINANCE_KLINES, lambda req: Reply(400, {"code": -1100, "msg": "Illegal characters found."})
    )
    with pytest.raises(BadResponse) as err:
        fetch(make_exchange_source(servers, chain=("binance",)), pair(), FIRST, LAST)
    assert "Illegal characters found" in str(err.value) and "http" not in str(err.value)


def test_history_ending_before_the_range_end_is_confirmed_not_suspect(servers):
    serve_everywhere(servers)
    result = fetch(make_exchange_source(servers), pair(), FIRST, LAST + 40 * DAY)
    pd.testing.assert_frame_equal(result.frame, SERIES)
    assert result.gaps == []


def test_two_threads_share_one_market_load(servers):
    serve_everywhere(servers)
    serve_everywhere(servers, daily("2021-01-01", 1500, seed=3), symbol="ETH/USDT")
    source = make_exchange_source(servers)
    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(fetch, source, pair(s), FIRST, LAST) for s in ("BTC/USDT", "ETH/USDT")]
        frames = [job.result().frame for job in jobs]
    assert [len(f) for f in frames] == [2500, 1500]
    assert servers["binance"].count(BINANCE_MARKETS) == 1


# --- unknown pairs and the fallback chain -------------------------------------------------------


def test_a_pair_no_exchange_lists_is_unknown(servers):
    serve_everywhere(servers)
    with pytest.raises(UnknownSymbol) as err:
        fetch(make_exchange_source(servers), pair("NOPE/USDT"), FIRST, LAST)
    assert "NOPE/USDT" in str(err.value) and "binance, bybit" in str(err.value)
    assert servers["binance"].count(BINANCE_KLINES) == 0


def test_region_refusal_falls_back_and_records_the_exchange(servers):
    serve_everywhere(servers)
    servers["binance"].inject("/api/", "451", times=10)
    result = fetch(make_exchange_source(servers), pair(), FIRST, LAST)
    pd.testing.assert_frame_equal(result.frame, SERIES)
    assert result.exchange == "bybit"
    assert result.notices[0].text == "binance refused this region (HTTP 451); served by bybit"
    assert servers["binance"].count("/api/") == 1  # a refusal is not retried


def test_a_pair_missing_on_the_first_exchange_falls_back(servers):
    register_pair(servers["bybit"], "PEPE/USDT", SERIES, "1d")
    list_pair(servers["binance"], "BTC/USDT")
    result = fetch(make_exchange_source(servers), pair("PEPE/USDT"), FIRST, LAST)
    assert result.exchange == "bybit" and len(result.frame) == len(SERIES)
    assert "binance does not list PEPE/USDT; served by bybit" in texts(result.notices)


def test_every_exchange_refusing_the_region_says_so(servers):
    serve_everywhere(servers)
    servers["binance"].inject("/api/", "451")
    blocked = "<html><h1>403 ERROR</h1>The Amazon CloudFront distribution is configured to "
    blocked += "block access from your country.</html>"
    servers["bybit"].route(
        BYBIT_MARKETS, lambda req: Reply(403, blocked, {"Content-Type": "text/html"})
    )
    with pytest.raises(RegionBlocked) as err:
        fetch(make_exchange_source(servers), pair(), FIRST, LAST)
    assert "binance" in str(err.value) and "bybit" in str(err.value)


def test_mixed_failures_name_every_exchange_tried(servers):
    serve_everywhere(servers, symbol="ETH/USDT")
    servers["binance"].inject("/api/", "451")
    with pytest.raises(RegionBlocked) as err:
        fetch(make_exchange_source(servers), pair("SOL/USDT"), FIRST, LAST)
    message = str(err.value)
    assert "binance refused this region" in message and "bybit does not list SOL/USDT" in message


def test_a_pinned_exchange_never_falls_back(servers):
    serve_everywhere(servers)
    servers["binance"].inject("/api/", "451")
    with pytest.raises(RegionBlocked):
        fetch(make_exchange_source(servers), pair("BTC/USDT@binance"), FIRST, LAST)
    assert servers["bybit"].requests == []


def test_unavailability_after_retries_falls_back(servers):
    serve_everywhere(servers)
    servers["binance"].inject(BINANCE_MARKETS, "503", times=3)
    result = fetch(make_exchange_source(servers), pair(), FIRST, LAST)
    assert result.exchange == "bybit"
    assert servers["binance"].count(BINANCE_MARKETS) == 3  # first try + two retries
    assert "binance is unavailable (HTTP 503); served by bybit" in texts(result.notices)


def test_a_failure_after_some_pages_does_not_switch_exchange(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers)
    fail_after_first_page(servers["binance"], "503", times=3)
    with pytest.raises(SourceUnavailable) as err:
        fetch(source, pair(), FIRST, LAST)
    assert err.value.exchange == "binance" and len(err.value.partial) == 1000
    assert servers["bybit"].requests == []


# --- the fault table ---------------------------------------------------------------------------

FAULTS = [
    ("429", RateLimited, "rate limit"),
    ("451", RegionBlocked, "refused this region"),
    ("500", SourceUnavailable, "unavailable (HTTP 500)"),
    ("503", SourceUnavailable, "unavailable (HTTP 503)"),
    ("hang", NetworkDown, "did not answer in time"),
    ("truncated", BadResponse, "truncated"),
    ("malformed", BadResponse, "malformed"),
    ("empty", BadResponse, "looks wrong"),
    ("reset", NetworkDown, "could not be reached"),
]


def fail_after_first_page(server, fault: str, times: int) -> None:
    """Queue ``fault`` for the klines requests that follow the first one."""
    serve = server.routes[BINANCE_KLINES]
    served = []

    def route(req):
        served.append(req)
        if len(served) == 1:
            server.inject(BINANCE_KLINES, fault, times=times, empty=server.empty_reply)
        return serve(req)

    server.route(BINANCE_KLINES, route)


@pytest.mark.parametrize(("fault", "error", "phrase"), FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_keeps_partial_pages_and_a_later_fetch_completes(servers, fault, error, phrase):
    serve_everywhere(servers)
    source = make_exchange_source(servers, chain=("binance",), timeout_ms=400, retry_delays=(0.0,))
    fail_after_first_page(servers["binance"], fault, times=2)
    with pytest.raises(error) as err:
        fetch(source, pair(), FIRST, LAST)
    assert phrase in str(err.value) and "binance" in str(err.value)
    assert "Traceback" not in str(err.value) and "http" not in str(err.value)
    pd.testing.assert_frame_equal(err.value.partial, SERIES.iloc[:1000])
    servers["binance"].clear_faults()  # the exchange recovers
    # the next fetch only needs what is missing, and the two together are the whole series
    rest = fetch(source, pair(), err.value.partial.index[-1] + DAY, LAST).frame
    pd.testing.assert_frame_equal(pd.concat([err.value.partial, rest]), SERIES)


@pytest.mark.parametrize("fault", ["429", "500", "503", "truncated", "malformed", "reset", "empty"])
def test_one_transient_fault_is_absorbed_within_the_fetch(servers, fault):
    serve_everywhere(servers)
    source = make_exchange_source(servers, chain=("binance",), retry_delays=(0.0,))
    fail_after_first_page(servers["binance"], fault, times=1)
    result = fetch(source, pair(), FIRST, LAST)
    pd.testing.assert_frame_equal(result.frame, SERIES)
    assert servers["binance"].count(BINANCE_KLINES) == 4  # three pages + one repeat


def test_a_hang_is_cut_by_the_timeout(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers, chain=("binance",), timeout_ms=300, retry_delays=())
    servers["binance"].inject(BINANCE_KLINES, "hang")
    with pytest.raises(NetworkDown):
        fetch(source, pair(), FIRST, LAST)


def test_rate_limit_retries_wait_the_injected_back_off(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers, chain=("binance",), retry_delays=(0.15, 0.25))
    servers["binance"].inject(BINANCE_KLINES, "429", times=2)
    began = time.monotonic()
    result = fetch(source, pair(), FIRST, LAST)
    assert time.monotonic() - began >= 0.4
    assert len(result.frame) == len(SERIES)
    assert servers["binance"].count(BINANCE_KLINES) == 5


def test_cancel_during_a_back_off_stops_at_once(servers):
    serve_everywhere(servers)
    source = make_exchange_source(servers, chain=("binance",), retry_delays=(30.0,))
    fail_after_first_page(servers["binance"], "503", times=1)
    control = FetchControl()
    threading.Timer(0.3, control.cancel).start()
    began = time.monotonic()
    with pytest.raises(Cancelled) as err:
        fetch(source, pair(), FIRST, LAST, control=control)
    assert time.monotonic() - began < 5
    pd.testing.assert_frame_equal(err.value.partial, SERIES.iloc[:1000])


def test_bad_market_lists_are_not_taken_for_missing_pairs(servers):
    serve_everywhere(servers)
    servers["binance"].inject(BINANCE_MARKETS, "malformed", times=2)
    source = make_exchange_source(servers, chain=("binance",), retry_delays=(0.0,))
    with pytest.raises(BadResponse, match="malformed market list"):
        fetch(source, pair(), FIRST, LAST)
    assert len(fetch(source, pair(), FIRST, LAST).frame) == len(SERIES)


# --- cancellation, markets cache, limits ---------------------------------------------------------


def test_cancel_between_pages_keeps_the_pages_fetched(servers):
    serve_everywhere(servers)
    control = FetchControl()
    control.on_progress = lambda done, expected, msg: control.cancel()
    with pytest.raises(Cancelled) as err:
        fetch(make_exchange_source(servers), pair(), FIRST, LAST, control=control)
    pd.testing.assert_frame_equal(err.value.partial, SERIES.iloc[:1000])
    assert servers["binance"].count(BINANCE_KLINES) == 1
    assert servers["bybit"].requests == []


def test_markets_load_once_across_fetches(servers):
    serve_everywhere(servers)
    serve_everywhere(servers, symbol="ETH/USDT")
    source = make_exchange_source(servers)
    fetch(source, pair(), FIRST, LAST)
    fetch(source, pair("ETH/USDT"), "2024-01-01", "2024-02-01")
    assert servers["binance"].count(BINANCE_MARKETS) == 1


def test_page_limits_come_from_ccxt():
    import ccxt

    day, now = 86_400_000, 1_800_000_000_000
    limits = {
        eid: page_limit(getattr(ccxt, eid)(), eid, day, now - 3000 * day, now)
        for eid in ("binance", "bybit", "okx", "kraken", "coinbase", "bitstamp")
    }
    assert limits == {
        "binance": 1000,
        "bybit": 1000,
        "okx": 100,
        "kraken": 720,
        "coinbase": 300,
        "bitstamp": 1000,
    }
    assert page_limit(ccxt.okx(), "okx", day, now - 10 * day, now) == 300


def test_until_is_sent_only_where_ccxt_reads_it():
    import ccxt

    assert takes_until(ccxt.binance) and takes_until(ccxt.bybit) and takes_until(ccxt.okx)
    assert not takes_until(ccxt.kraken)


def test_every_api_url_is_rebased_onto_the_override():
    import ccxt

    for eid in ("binance", "bybit", "okx"):
        rebased = _rebase(ccxt.__dict__[eid]().urls["api"], "http://127.0.0.1:9")
        flat = rebased.values() if isinstance(rebased, dict) else [rebased]
        assert all(
            url.startswith("http://127.0.0.1:9/") or url == "http://127.0.0.1:9" for url in flat
        )


def test_an_unknown_exchange_id_is_a_clear_error():
    with pytest.raises(DataError, match="not an exchange ccxt knows"):
        ExchangeSource(chain=("nosuchexchange",)).fetch(pair(), None, None, "1d", FetchControl())


def test_default_chain_is_the_catalogue_chain():
    assert ExchangeSource().chain == load_catalogue().exchange_chain


def test_importing_the_source_does_not_import_ccxt():
    code = "import sys, models.market.sources.exchange; print('ccxt' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- real data (skipped when ../shared/data is absent) ------------------------------------------


@pytest.mark.realdata
def test_served_kline_rows_are_shaped_like_a_real_binance_answer(shared_data, servers):
    real = json.loads(
        (shared_data / "wire" / "binance_api_v3_klines_ADAUSDT_1m_2024-11-16.json").read_text()
    )
    serve_everywhere(servers, minutes("2024-11-16 09:07", 3), timeframe="1m")
    query = "?symbol=BTCUSDT&interval=1m&limit=3"
    with urllib.request.urlopen(servers["binance"].url + BINANCE_KLINES + query) as reply:
        ours = json.loads(reply.read())
    assert [type(v) for v in ours[0]] == [type(v) for v in real[0]]
    decimals = [[len(v.split(".")[1]) for v in row[1:6]] for row in (ours[0], real[0])]
    assert decimals[0] == decimals[1]
    assert ours[0][6] - ours[0][0] == real[0][6] - real[0][0]  # close time = open + 1 min - 1 ms


@pytest.mark.realdata
def test_real_binance_daily_history_round_trips(shared_data, servers):
    path = shared_data / "crypto" / "binance" / "btcusdt_daily.csv"
    history = conform(pd.read_csv(path, index_col="date", parse_dates=True), "1d")
    serve_everywhere(servers, history)
    result = fetch(make_exchange_source(servers), pair(), history.index[0], history.index[-1])
    pd.testing.assert_frame_equal(result.frame, history, rtol=1e-12)
    assert servers["binance"].count(BINANCE_KLINES) == 4  # 3064 days at 1000 a page
    assert result.gaps == []
