"""FredSource against a loopback FRED (tests/wire/fred_routes.py), the repository with it,
and ``data import FRED:...`` of the download format."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import numpy as np
import pandas as pd
import pytest

from models.errors import (
    BadResponse,
    Cancelled,
    ImportFailed,
    InvalidParameter,
    NetworkDown,
    NoDataInRange,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.session.imports import read_import
from tests.cli_run import run_cli
from tests.wire.fred_routes import (
    GRAPH_CSV,
    csv_body,
    fred_wire,
    make_fred_source,
    register_fred_series,
    rewrite_fred_url,
)

WALCL = load_catalogue().resolve("FRED:WALCL")
RRP = load_catalogue().resolve("FRED:RRPONTSYD")
WEDNESDAYS = pd.date_range("2024-01-03", "2024-12-25", freq="W-WED", name="date")


def walcl_values() -> pd.Series:
    return pd.Series(7_000_000.0 + 1000.0 * np.arange(len(WEDNESDAYS)), index=WEDNESDAYS)


@pytest.fixture
def server():
    with fred_wire() as srv:
        register_fred_series(srv, "WALCL", walcl_values())
        yield srv


def fetch(source, instrument=WALCL, start=None, end=None, control=None):
    start = None if start is None else pd.Timestamp(start)
    end = None if end is None else pd.Timestamp(end)
    return source.fetch(instrument, start, end, "1d", control or FetchControl())


def test_wednesday_levels_are_dated_by_the_session_after_their_thursday_release(server):
    frame = fetch(make_fred_source(server)).frame
    assert len(frame) == len(WEDNESDAYS)
    assert frame.loc["2024-01-05", "close"] == 7_000_000.0  # Wed 3 Jan -> Fri 5 Jan
    assert (frame.index.day_of_week == 4).mean() > 0.9  # Fridays, bar holiday weeks
    # Thanksgiving: Wed 27 Nov, released Friday 29 Nov after the close -> Monday 2 Dec
    assert frame.loc["2024-12-02", "close"] == walcl_values()["2024-11-27"]
    assert (frame["open"] == frame["close"]).all() and frame["volume"].isna().all()


def test_the_request_is_the_graph_csv_download_of_the_series(server):
    fetch(make_fred_source(server), start="2024-06-07", end="2024-06-28")
    request = server.requests[-1]
    assert request.path == GRAPH_CSV
    assert request.arg("id") == "WALCL"
    assert request.arg("cosd") == "2024-05-24"  # a fortnight before: publication lags
    assert request.arg("coed") == "2024-06-28"


def test_a_range_is_cut_in_publication_dates(server):
    frame = fetch(make_fred_source(server), start="2024-06-07", end="2024-06-28").frame
    assert list(frame.index.strftime("%m-%d")) == ["06-07", "06-14", "06-21", "06-28"]
    assert frame.loc["2024-06-07", "close"] == walcl_values()["2024-06-05"]


@pytest.mark.parametrize("marker", ["", "."])
def test_missing_observations_are_skipped_whether_empty_or_a_dot(server, marker):
    values = walcl_values()
    values.iloc[3] = np.nan
    register_fred_series(server, "WALCL", values)
    server.fred.missing_marker = marker
    frame = fetch(make_fred_source(server)).frame
    assert len(frame) == len(values) - 1 and frame["close"].notna().all()


def test_an_unknown_series_is_told_apart(server):
    unknown = load_catalogue().resolve("FRED:NOSUCHSERIES")
    with pytest.raises(UnknownSymbol, match="NOSUCHSERIES"):
        fetch(make_fred_source(server), unknown)


def test_a_download_of_another_series_is_a_bad_response(server):
    server.route(GRAPH_CSV, lambda req: _reply(csv_body("WTREGEN", walcl_values())))
    with pytest.raises(BadResponse, match="holds WTREGEN, not WALCL"):
        fetch(make_fred_source(server))


def test_a_monthly_series_is_refused_its_release_date_is_unknown(server):
    months = pd.date_range("2020-01-01", periods=24, freq="MS")
    register_fred_series(server, "M2SL", pd.Series(np.arange(24.0) + 1, index=months))
    with pytest.raises(InvalidParameter, match="one value every 3"):
        fetch(make_fred_source(server), load_catalogue().resolve("FRED:M2SL"))


def test_importing_the_source_does_not_import_curl_cffi():
    code = "import sys, models.market.sources.fred; print('curl_cffi' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_test_session_refuses_every_host_but_fred_and_loopback():
    with pytest.raises(RuntimeError, match="never touch the network"):
        rewrite_fred_url("https://api.stlouisfed.org/fred/series", "http://127.0.0.1:1")


# --- the fault table -----------------------------------------------------------------------

FAULTS = [
    # fault, times, error, words the message must contain
    ("429", 100, RateLimited, ["rate limiting", "429", "attempts"]),
    ("451", 1, RegionBlocked, ["region", "451"]),
    ("500", 100, SourceUnavailable, ["unavailable", "500"]),
    ("503", 100, SourceUnavailable, ["unavailable", "503"]),
    ("hang", 1, NetworkDown, ["Cannot reach FRED", "timed out after 1 s"]),
    # curl silently retries a request whose reused connection was reset, so reset twice.
    ("reset", 2, NetworkDown, ["Cannot reach FRED", "reset"]),
    ("truncated", 1, NetworkDown, ["Cannot reach FRED"]),
    ("malformed", 1, BadResponse, ["not its CSV download", "nothing was kept"]),
    ("empty", 1, NoDataInRange, ["no values of WALCL"]),
]


@pytest.mark.parametrize(("fault", "times", "error", "words"), FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_gives_the_right_error_then_a_good_reply_completes(
    server, fault, times, error, words
):
    source = make_fred_source(server, backoff=(0.0, 0.0))
    server.inject(GRAPH_CSV, fault, times=times, empty=server.fred.empty_reply)
    started = time.monotonic()
    with pytest.raises(error) as err:
        fetch(source, start="2024-02-01", end="2024-04-30")
    assert time.monotonic() - started < 4.0  # bounded: 1 s timeout, no backoff
    for word in words:
        assert word in str(err.value)
    assert "Traceback" not in str(err.value)
    server.clear_faults()
    frame = fetch(source, start="2024-02-01", end="2024-04-30").frame
    assert len(frame) == 13 and frame.index[0] == pd.Timestamp("2024-02-02")


@pytest.mark.parametrize("fault", ["429", "500", "503"])
def test_one_transient_fault_is_retried_after_the_backoff(server, fault):
    source = make_fred_source(server, backoff=(0.2,))
    server.inject(GRAPH_CSV, fault, times=1)
    started = time.monotonic()
    frame = fetch(source).frame
    assert time.monotonic() - started >= 0.2
    assert len(frame) == len(WEDNESDAYS) and server.count(GRAPH_CSV) == 2


def test_cancel_during_a_backoff_stops_at_once(server):
    source = make_fred_source(server, backoff=(30.0,))
    server.inject(GRAPH_CSV, "503", times=5)
    control = FetchControl()
    threading.Timer(0.3, control.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fetch(source, control=control)
    assert time.monotonic() - started < 3


# --- the repository: cached and refreshed like any series ---------------------------------


def test_the_repository_caches_fred_and_refreshes_only_the_tail(server, tmp_path):
    source = make_fred_source(server)
    repository = Repository(tmp_path / "cache", sources={"fred": source})
    first = repository.get(WALCL)
    assert first.source == "fred" and len(first.frame) == len(WEDNESDAYS)
    more = pd.concat([walcl_values(), pd.Series([9e6], index=[pd.Timestamp("2025-01-01")])])
    register_fred_series(server, "WALCL", more)
    refreshed = repository.refresh(WALCL)
    # the last cached bar (Fri 27 Dec 2024) is asked again: FRED can revise a value
    assert server.requests[-1].arg("cosd") == "2024-12-13"
    assert refreshed.last == pd.Timestamp("2025-01-03") and len(refreshed.frame) == len(more)
    again = Repository(tmp_path / "cache", offline=True).load(WALCL)
    pd.testing.assert_frame_equal(again.frame, refreshed.frame)


# --- data import FRED:WALCL=file.csv ---------------------------------------------------------


def test_data_import_reads_the_download_format_dated_by_publication(capsys, tmp_path):
    path = tmp_path / "fredgraph.csv"
    path.write_text(csv_body("RRPONTSYD", pd.Series([450.5, np.nan, 460.25], index=_days())))
    cache = str(tmp_path / "cache")
    code, _out, err = run_cli(
        capsys, "--cache-dir", cache, "data", "import", f"FRED:RRPONTSYD={path}"
    )
    assert code == 0, err
    series = Repository(tmp_path / "cache", offline=True).load(RRP)
    assert list(series.frame["close"]) == [450.5, 460.25]
    assert list(series.frame.index.strftime("%Y-%m-%d")) == ["2024-03-28", "2024-04-01"]


def test_importing_a_plain_date_value_file_works_too(tmp_path):
    path = tmp_path / "walcl.csv"
    path.write_text("date,value\n2024-06-05,7200000\n2024-06-12,7210000\n")
    item = read_import(load_catalogue(), "FRED:WALCL", path)
    assert list(item.imported.frame.index.strftime("%m-%d")) == ["06-07", "06-14"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("DATE,WALCL,EXTRA\n2024-06-05,1,2\n", 1, "not FRED's CSV download"),
        ("observation_date,WALCL\n2024-06-05,7200000\n2024-13-12,7210000\n", 3, "date"),
        ("observation_date,WALCL\n2024-06-05,seven\n", 2, "not a number"),
        ("observation_date,WALCL\n2024-06-05,1\n2024-06-05,2\n", 3, "twice"),
        ("observation_date,DGS10\n2024-06-05,4.2\n", 1, "holds DGS10, not WALCL"),
    ],
)
def test_a_bad_download_is_refused_naming_the_line(tmp_path, text, line, words):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(ImportFailed) as err:
        read_import(load_catalogue(), "FRED:WALCL", path)
    assert err.value.line == line and words in str(err.value)


def _days() -> pd.DatetimeIndex:
    # Thursday 28 March 2024, Good Friday (the Fed open, the NYSE closed), Monday 1 April
    return pd.DatetimeIndex(["2024-03-28", "2024-03-29", "2024-04-01"], name="date")


def _reply(text: str):
    from tests.wire.server import Reply

    return Reply(200, text, {"Content-Type": "text/csv"})
