"""YahooSource against the real yfinance code, through a loopback Yahoo (tests/wire)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from models.errors import (
    BadResponse,
    Cancelled,
    InvalidParameter,
    NetworkDown,
    NoDataInRange,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.frames import validate_frame
from models.market.instruments import Instrument
from models.market.sources.yahoo_pages import INTRADAY_LIMITS, plan_pages
from models.notices import texts
from tests.wire.server import Reply
from tests.wire.yahoo_routes import (
    CHART,
    empty_chart_route,
    make_yahoo_source,
    register_yahoo_series,
    rewrite_yahoo_url,
    yahoo_wire,
)

RUT = Instrument("^RUT", "Russell 2000", "yahoo", "nyse", "index")
BTC = Instrument("BTC-USD", "Bitcoin", "yahoo", "24/7", "crypto")
NIKKEI = Instrument("^N225", "Nikkei 225", "yahoo", "nyse", "index")
NY = "America/New_York"


@pytest.fixture
def server(tmp_path):
    with yahoo_wire(tmp_path) as srv:
        yield srv


def daily_frame(days: pd.DatetimeIndex, base: float = 2000.0, adj: float | None = None):
    """Synthetic daily bars: close rises one point a day; volume encodes the day number."""
    close = base + np.arange(len(days), dtype=float)
    frame = pd.DataFrame(
        {
            "open": close - 1.0,
            "high": close + 5.0,
            "low": close - 5.0,
            "close": close,
            "volume": 1_000_000.0 + np.arange(len(days)),
        },
        index=pd.DatetimeIndex(days, name="date").as_unit("ns"),
    )
    if adj is not None:
        frame["adjclose"] = close * adj
    return frame


def intraday_frame(stamps: pd.DatetimeIndex, base: float = 100.0):
    """Synthetic intraday bars at UTC ``stamps``; close encodes the bar number."""
    close = base + np.arange(len(stamps), dtype=float) * 0.01
    return pd.DataFrame(
        {
            "open": close,
            "high": close + 0.5,
            "low": close - 0.5,
            "close": close,
            "volume": 10.0 + np.arange(len(stamps)),
        },
        index=pd.DatetimeIndex(stamps, name="time").as_unit("ns"),
    )


def ny_session_minutes(days: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """1-minute bar starts of regular NY sessions (09:30-15:59) on ``days``, in UTC."""
    stamps = []
    for day in days:
        opening = (day + pd.Timedelta(hours=9, minutes=30)).tz_localize(NY)
        stamps.append(pd.date_range(opening, periods=390, freq="1min"))
    return pd.DatetimeIndex(np.concatenate(stamps)).tz_convert("UTC")


def fetch(source, instrument, start, end, timeframe="1d", control=None):
    start = None if start is None else pd.Timestamp(start)
    end = None if end is None else pd.Timestamp(end)
    return source.fetch(instrument, start, end, timeframe, control or FetchControl())


RUT_DAYS = pd.bdate_range("2024-01-02", "2024-04-30")


@pytest.fixture
def rut(server):
    """^RUT on the loopback Yahoo, daily bars stamped 00:00 New York."""
    frame = daily_frame(RUT_DAYS)
    register_yahoo_series(server, "^RUT", frame, NY, instrument_type="INDEX", session_open="00:00")
    return frame


# --- dates, values, metadata ------------------------------------------------------------


def test_equity_daily_bars_keep_new_york_session_dates(server, rut):
    result = fetch(make_yahoo_source(server), RUT, "2024-02-01", "2024-02-29")
    expected = rut.loc["2024-02-01":"2024-02-29"]
    pd.testing.assert_frame_equal(result.frame, expected, check_freq=False)
    assert result.frame.index.tz is None and result.frame.index.name == "date"
    assert validate_frame(result.frame, "1d")[1].ok


def test_bars_stamped_at_tokyo_midnight_stay_on_their_tokyo_date(server):
    # 00:00 in Tokyo is 15:00 UTC the day before: converting the zone would shift every bar.
    days = pd.bdate_range("2024-03-04", "2024-03-15")
    frame = daily_frame(days, base=38000.0)
    register_yahoo_series(
        server, "^N225", frame, "Asia/Tokyo", instrument_type="INDEX", session_open="00:00"
    )
    result = fetch(make_yahoo_source(server), NIKKEI, "2024-03-04", "2024-03-15")
    assert list(result.frame.index) == list(days)
    assert result.frame["close"].tolist() == frame["close"].tolist()


def test_crypto_daily_bars_keep_utc_days_including_weekends(server):
    days = pd.date_range("2024-01-01", "2024-01-14")
    frame = daily_frame(days, base=42000.0)
    register_yahoo_series(server, "BTC-USD", frame, "UTC")
    result = fetch(make_yahoo_source(server), BTC, "2024-01-05", "2024-01-09")
    assert list(result.frame.index) == list(pd.date_range("2024-01-05", "2024-01-09"))
    assert result.frame.index.day_of_week.tolist() == [4, 5, 6, 0, 1]


def test_result_names_source_library_and_fetch_time(server, rut):
    before = pd.Timestamp.now(tz="UTC")
    result = fetch(make_yahoo_source(server), RUT, "2024-03-01", "2024-03-08")
    assert result.source == "yahoo"
    assert result.library_version.startswith("yfinance 1.")
    assert result.fetched_at is not None and result.fetched_at.tzinfo is not None
    assert pd.Timestamp(result.fetched_at) >= before.floor("s")


def test_auto_adjust_is_explicit_both_ways(server):
    days = pd.bdate_range("2024-05-01", "2024-05-10")
    frame = daily_frame(days, base=100.0, adj=0.5)
    register_yahoo_series(server, "IWM", frame, NY, instrument_type="ETF")
    iwm = Instrument("IWM", "iShares Russell 2000", "yahoo", "nyse", "etf")
    adjusted = fetch(make_yahoo_source(server), iwm, "2024-05-01", "2024-05-10").frame
    raw = fetch(make_yahoo_source(server, auto_adjust=False), iwm, "2024-05-01", "2024-05-10")
    np.testing.assert_allclose(adjusted["close"], frame["close"] * 0.5)
    np.testing.assert_allclose(adjusted["open"], frame["open"] * 0.5)
    np.testing.assert_allclose(raw.frame["close"], frame["close"])


def test_open_range_fetches_the_whole_history(server, rut):
    result = fetch(make_yahoo_source(server), RUT, None, None)
    assert list(result.frame.index) == list(RUT_DAYS)


def test_range_open_at_the_start_runs_from_the_first_bar(server, rut):
    result = fetch(make_yahoo_source(server), RUT, None, "2024-02-29")
    assert list(result.frame.index) == list(RUT_DAYS[RUT_DAYS <= "2024-02-29"])


def test_weekly_bars_keep_their_week_start_dates(server):
    mondays = pd.date_range("2024-01-01", "2024-03-25", freq="W-MON")
    frame = daily_frame(mondays)
    register_yahoo_series(server, "^RUT", frame, NY, interval="1wk", session_open="00:00")
    result = fetch(make_yahoo_source(server), RUT, "2024-01-01", "2024-03-31", "1w")
    assert list(result.frame.index) == list(mondays)
    assert result.frame["close"].tolist() == frame["close"].tolist()


def test_start_after_end_is_an_invalid_parameter():
    now = pd.Timestamp.now(tz="UTC")
    with pytest.raises(InvalidParameter, match="after its end"):
        plan_pages("^RUT", pd.Timestamp("2024-03-01"), pd.Timestamp("2024-02-01"), "1d", now)


def test_yfinance_keeps_its_timezone_cache_where_it_is_told(server, rut, tmp_path):
    where = tmp_path / "yf-cache"
    fetch(make_yahoo_source(server, yfinance_cache_dir=where), RUT, "2024-03-01", "2024-03-08")
    assert (where / "tkr-tz.db").is_file()


def test_unknown_ticker_is_told_apart(server, rut):
    nope = Instrument("NOSUCHTICKER", "?", "yahoo", "nyse", "equity")
    with pytest.raises(UnknownSymbol) as err:
        fetch(make_yahoo_source(server), nope, "2024-01-02", "2024-02-01")
    assert "NOSUCHTICKER" in str(err.value) and "does not know" in str(err.value)


def test_range_without_bars_is_no_data_not_an_empty_chart(server, rut):
    with pytest.raises(NoDataInRange) as err:
        fetch(make_yahoo_source(server), RUT, "2019-01-01", "2019-03-01")
    assert "^RUT" in str(err.value) and "no bars" in str(err.value)


def test_unsupported_timeframe_is_an_invalid_parameter():
    with pytest.raises(InvalidParameter, match="2m"):
        plan_pages("^RUT", None, None, "2m", pd.Timestamp.now(tz="UTC"))


# --- the fault table ----------------------------------------------------------------------

FAULTS = [
    # fault, times, error, words the message must contain
    ("500", 2, SourceUnavailable, ["unavailable", "500"]),
    ("503", 2, SourceUnavailable, ["unavailable", "503"]),
    ("429", 100, RateLimited, ["rate limiting", "429", "attempts"]),
    ("451", 2, RegionBlocked, ["region", "451"]),
    ("hang", 1, NetworkDown, ["Cannot reach", "timed out"]),
    # curl silently retries a request whose reused connection was reset, so reset twice.
    ("reset", 2, NetworkDown, ["Cannot reach", "reset"]),
    # The truncated fault cuts the body and resets the connection: no complete HTTP
    # reply ever arrived, so it is a transport failure (NetworkDown), retryable as such.
    ("truncated", 1, NetworkDown, ["Cannot reach"]),
    ("malformed", 1, BadResponse, ["not valid JSON"]),
    ("empty", 1, NoDataInRange, ["no bars", "^RUT"]),
]


@pytest.mark.parametrize(("fault", "times", "error", "words"), FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_gives_the_right_error_then_a_good_reply_completes(
    server, rut, fault, times, error, words
):
    source = make_yahoo_source(server)
    fetch(source, RUT, "2024-01-02", "2024-01-31")  # warm: timezone, cookie and crumb known
    server.inject(CHART, fault, times=times, empty=empty_chart_route(server))
    started = time.monotonic()
    with pytest.raises(error) as err:
        fetch(source, RUT, "2024-02-01", "2024-04-30")
    assert time.monotonic() - started < 4.0  # bounded: timeout is 1 s, no backoff
    for word in words:
        assert word in str(err.value)
    server.clear_faults()
    result = fetch(source, RUT, "2024-02-01", "2024-04-30")
    pd.testing.assert_frame_equal(result.frame, rut.loc["2024-02-01":], check_freq=False)


def test_hang_on_first_contact_is_bounded_by_the_source_timeout(server, rut):
    # yfinance asks the timezone with its own 10 s timeout; the session cap must win.
    server.inject(CHART, "hang")
    started = time.monotonic()
    with pytest.raises(NetworkDown, match="timed out after 1 s"):
        fetch(make_yahoo_source(server), RUT, "2024-02-01", "2024-02-29")
    assert time.monotonic() - started < 2.5


def test_hanging_cookie_endpoint_does_not_stall_the_fetch_past_the_cap(server, rut):
    server.inject("/__fc/", "hang")
    started = time.monotonic()
    result = fetch(make_yahoo_source(server), RUT, "2024-02-01", "2024-02-29")
    assert len(result.frame) == len(rut.loc["2024-02-01":"2024-02-29"])
    assert time.monotonic() - started < 3.0


def test_reply_cut_short_inside_a_complete_http_message_is_a_bad_response(server, rut):
    # Unlike the 'truncated' fault the HTTP framing is intact, so nothing failed in
    # transport: the JSON itself is broken.
    source = make_yahoo_source(server)
    fetch(source, RUT, "2024-01-02", "2024-01-31")
    good_chart = server.routes.prefixes[CHART]
    server.routes.prefixes[CHART] = lambda req: Reply(200, b'{"chart":{"result":[{"meta":')
    with pytest.raises(BadResponse, match="not valid JSON"):
        fetch(source, RUT, "2024-02-01", "2024-02-29")
    server.routes.prefixes[CHART] = good_chart
    assert len(fetch(source, RUT, "2024-02-01", "2024-02-29").frame) == 21


def test_one_429_is_absorbed_and_data_arrives(server, rut):
    source = make_yahoo_source(server, backoff=())
    fetch(source, RUT, "2024-01-02", "2024-01-31")
    server.inject(CHART, "429", times=1)
    result = fetch(source, RUT, "2024-02-01", "2024-02-29")
    assert len(result.frame) == 21


def test_repeated_429_is_retried_after_the_backoff_delays(server, rut):
    source = make_yahoo_source(server, backoff=(0.2, 0.2, 0.2))
    fetch(source, RUT, "2024-01-02", "2024-01-31")
    before = server.count(CHART)
    server.inject(CHART, "429", times=4)  # two attempts' worth (yfinance retries once itself)
    started = time.monotonic()
    result = fetch(source, RUT, "2024-02-01", "2024-02-29")
    assert len(result.frame) == 21
    assert time.monotonic() - started >= 0.4  # two backoff delays were waited
    assert server.count(CHART) - before == 5


def test_persistent_429_gives_up_after_every_backoff(server, rut):
    source = make_yahoo_source(server, backoff=(0.0, 0.0, 0.0))
    fetch(source, RUT, "2024-01-02", "2024-01-31")
    before = server.count(CHART)
    server.inject(CHART, "429", times=100)
    with pytest.raises(RateLimited, match="after 4 attempts"):
        fetch(source, RUT, "2024-02-01", "2024-02-29")
    assert server.count(CHART) - before == 8


def test_cancel_during_backoff_stops_waiting(server, rut):
    control = FetchControl()
    source = make_yahoo_source(server, backoff=(30.0,))
    fetch(source, RUT, "2024-01-02", "2024-01-31")
    server.inject(CHART, "429", times=100)
    timer = _cancel_after(control, 0.3)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fetch(source, RUT, "2024-02-01", "2024-02-29", control=control)
    timer.join()
    assert time.monotonic() - started < 3.0


def _cancel_after(control: FetchControl, delay: float):
    import threading

    timer = threading.Timer(delay, control.cancel)
    timer.start()
    return timer


# --- intraday paging --------------------------------------------------------------------


def _recent_sessions(days_back: int) -> pd.DatetimeIndex:
    today = pd.Timestamp.now(tz=NY).tz_localize(None).normalize()
    return pd.bdate_range(today - pd.Timedelta(days=days_back), today - pd.Timedelta(days=1))


@pytest.fixture
def minute_bars(server):
    """AAPL-like 1-minute bars for every NY session of the last 20 days."""
    frame = intraday_frame(ny_session_minutes(_recent_sessions(20)))
    register_yahoo_series(server, "AAPL", frame, NY, interval="1m")
    return frame


AAPL = Instrument("AAPL", "Apple", "yahoo", "nyse", "equity")


def _chart_requests(server, symbol):
    return [
        r for r in server.requests if r.path.startswith(CHART + symbol) and "period1" in r.query
    ]


def test_minute_bars_are_paged_in_seven_day_requests_with_progress(server, minute_bars):
    reports = []
    start, end = minute_bars.index[0], minute_bars.index[-1]
    control = FetchControl(lambda done, expected, msg: reports.append((done, expected)))
    result = fetch(make_yahoo_source(server), AAPL, start, end, "1m", control)
    pd.testing.assert_frame_equal(result.frame, minute_bars, check_freq=False)
    requests = _chart_requests(server, "AAPL")
    spans = [int(r.query["period2"]) - int(r.query["period1"]) for r in requests]
    assert len(requests) == 3 and max(spans) <= 7 * 86400
    assert reports == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert str(result.frame.index.tz) == "UTC" and result.frame.index.name == "time"


def test_minute_range_older_than_yahoo_keeps_is_clipped_with_a_note(server, minute_bars):
    start = pd.Timestamp.now(tz="UTC") - pd.Timedelta(days=45)
    result = fetch(make_yahoo_source(server), AAPL, start, None, "1m")
    pd.testing.assert_frame_equal(result.frame, minute_bars, check_freq=False)
    assert any("last 30 days" in note for note in texts(result.notices))


def test_minute_range_entirely_too_old_is_no_data():
    old = pd.Timestamp.now(tz="UTC") - pd.Timedelta(days=90)
    with pytest.raises(NoDataInRange, match="last 30 days"):
        plan_pages("AAPL", old, old + pd.Timedelta(days=2), "1m", pd.Timestamp.now(tz="UTC"))


def test_pages_cover_the_range_without_gaps_or_overlap():
    now = pd.Timestamp("2026-01-31 12:00", tz="UTC")
    plan = plan_pages("X", now - pd.Timedelta(days=25), now, "1m", now)
    assert plan.pages[0].start == now - pd.Timedelta(days=25)
    for left, right in zip(plan.pages, plan.pages[1:], strict=False):
        assert left.end == right.start
        assert left.end - left.start <= INTRADAY_LIMITS["1m"].per_request
    assert plan.pages[-1].end == now


def test_cancel_between_pages_keeps_the_bars_already_fetched(server, minute_bars):
    control = FetchControl()

    def progress(done, expected, message):
        if done == 1:
            control.cancel()

    control.on_progress = progress
    start, end = minute_bars.index[0], minute_bars.index[-1]
    with pytest.raises(Cancelled) as err:
        fetch(make_yahoo_source(server), AAPL, start, end, "1m", control)
    partial = err.value.partial
    assert partial is not None and len(partial) > 0
    pd.testing.assert_frame_equal(partial, minute_bars.loc[: partial.index[-1]], check_freq=False)
    assert len(partial) < len(minute_bars)
    assert len(_chart_requests(server, "AAPL")) == 1


def test_failure_after_a_page_raises_with_the_partial_bars(server, minute_bars):
    def progress(done, expected, message):
        if done == 1:
            server.inject(CHART, "503", times=2)

    start, end = minute_bars.index[0], minute_bars.index[-1]
    with pytest.raises(SourceUnavailable) as err:
        fetch(make_yahoo_source(server), AAPL, start, end, "1m", FetchControl(progress))
    partial = err.value.partial
    assert partial is not None and 0 < len(partial) < len(minute_bars)
    pd.testing.assert_frame_equal(partial, minute_bars.loc[: partial.index[-1]], check_freq=False)


def test_four_hour_bars_are_built_from_hourly_on_utc_boundaries(server):
    today = pd.Timestamp.now(tz="UTC").normalize()
    stamps = pd.date_range(today - pd.Timedelta(days=3), periods=48, freq="1h")
    hourly = intraday_frame(stamps, base=50000.0)
    register_yahoo_series(server, "BTC-USD", hourly, "UTC", interval="1h")
    result = fetch(make_yahoo_source(server), BTC, stamps[0], stamps[-1], "4h")
    assert len(result.frame) == 12
    assert set(result.frame.index.hour) == {0, 4, 8, 12, 16, 20}
    first = hourly.iloc[:4]
    row = result.frame.iloc[0]
    assert row["open"] == first["open"].iloc[0] and row["close"] == first["close"].iloc[-1]
    assert row["high"] == first["high"].max() and row["volume"] == first["volume"].sum()


# --- plumbing -----------------------------------------------------------------------------


def test_importing_the_source_does_not_import_yfinance_or_curl_cffi():
    code = (
        "import sys, models.market.sources.yahoo, models.market.sources.http;"
        "print(sorted(m for m in ('yfinance', 'curl_cffi') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_journal_records_status_and_transport_errors_per_thread(server):
    import threading

    from models.market.sources.http import journal_of, new_session

    server.route("/ok", lambda req: Reply(200, {"fine": True}))
    session = new_session(timeout=1.0)
    journal = journal_of(session)
    assert journal_of(session) is journal  # installed once
    server.inject("/broken", "reset", times=2)
    session.get(server.url + "/ok")
    with pytest.raises(OSError):
        session.get(server.url + "/broken")
    ok, broken = journal.entries
    assert (ok.path, ok.status, ok.failed_in_transport) == ("/ok", 200, False)
    assert json.loads(ok.body_head) == {"fine": True}
    assert broken.path == "/broken" and broken.failed_in_transport
    seen_elsewhere = []
    worker = threading.Thread(target=lambda: seen_elsewhere.extend(journal.entries))
    worker.start()
    worker.join()
    assert seen_elsewhere == []


def test_worker_threads_fetch_at_once_and_each_gets_its_own_errors(server, rut):
    from concurrent.futures import ThreadPoolExecutor

    register_yahoo_series(
        server, "BTC-USD", daily_frame(pd.date_range("2024-01-01", "2024-02-29")), "UTC"
    )
    nope = Instrument("NOSUCHTICKER", "?", "yahoo", "nyse", "equity")
    source = make_yahoo_source(server)
    jobs = [
        (RUT, "2024-02-01", "2024-02-29"),
        (BTC, "2024-02-01", "2024-02-29"),
        (nope, None, None),
    ]
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(fetch, source, inst, a, b) for inst, a, b in jobs * 2]
    outcomes = [f.exception() or f.result() for f in futures]
    for outcome, (inst, _, _) in zip(outcomes, jobs * 2, strict=True):
        if inst is nope:
            assert isinstance(outcome, UnknownSymbol)
        else:
            assert len(outcome.frame) == (21 if inst is RUT else 29)


def test_test_session_refuses_hosts_other_than_yahoo_and_loopback():
    assert rewrite_yahoo_url("https://query2.finance.yahoo.com/v8/x?a=1", "http://127.0.0.1:9")
    with pytest.raises(RuntimeError, match="never touch the network"):
        rewrite_yahoo_url("https://example.com/", "http://127.0.0.1:9")


@pytest.mark.realdata
def test_recorded_btc_reply_parses_to_its_utc_days(server, shared_data):
    body = (
        shared_data / "wire" / "yahoo_v8_chart-BTC-USD-2020-01-01-to-2020-01-03.json"
    ).read_bytes()
    register_yahoo_series(
        server, "BTC-USD", daily_frame(pd.date_range("2020-01-01", "2020-01-03")), "UTC"
    )
    chart = server.routes.prefixes[CHART]
    server.routes.prefixes[CHART] = lambda req: (
        Reply(200, body) if "period1" in req.query else chart(req)
    )
    result = fetch(make_yahoo_source(server), BTC, "2020-01-01", "2020-01-03")
    recorded = json.loads(body)["chart"]["result"][0]["indicators"]["quote"][0]
    assert list(result.frame.index) == list(pd.date_range("2020-01-01", "2020-01-03"))
    np.testing.assert_allclose(result.frame["close"], recorded["close"])
