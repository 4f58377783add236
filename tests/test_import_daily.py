"""Intraday files made daily for the window and the analytics (issue 11's data side), and
large files read in a child process (issue 10, defect 8)."""

from __future__ import annotations

import threading
import time

import pandas as pd
import pytest

import models.market.sources.csv_apart as apart
from models.errors import Cancelled, ImportFailed
from models.market.daily_bars import to_daily
from models.market.fetch_control import FetchControl
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.session.imports import import_file, read_import
from tests.cache_fixtures import walk_bars


def _minute_bars(start: str, minutes: int, seed: int = 0) -> pd.DataFrame:
    index = pd.date_range(start, periods=minutes, freq="min", tz="UTC")
    return walk_bars(index, 40_000.0, seed, sigma=0.0005)


def _write_klines(path, frame: pd.DataFrame) -> None:
    """A Binance kline file (ms open times) of ``frame``."""
    ms = frame.index.as_unit("ms").asi8
    with open(path, "w") as handle:
        for t, (o, h, lo, c, v) in zip(ms, frame.to_numpy(), strict=True):
            handle.write(f"{t},{o:.2f},{h:.2f},{lo:.2f},{c:.2f},{v:.4f},{t + 59_999},0,1,0,0,0\n")


def test_a_24_7_minute_series_is_made_utc_days():
    bars = _minute_bars("2024-01-01 22:00", 3 * 1440)
    daily = to_daily(bars, "1m", "24/7")
    first_day = bars[bars.index < "2024-01-02"]
    assert daily.index[0] == pd.Timestamp("2024-01-01") and len(daily) == 4
    row = daily.iloc[0]
    assert row["open"] == first_day["open"].iloc[0] and row["close"] == first_day["close"].iloc[-1]
    assert row["high"] == first_day["high"].max() and row["low"] == first_day["low"].min()
    assert row["volume"] == pytest.approx(first_day["volume"].sum())


def test_an_nyse_intraday_series_is_made_new_york_session_dates():
    # 2024-03-11 20:00 UTC is 16:00 in New York (daylight saving): still the 11th there
    bars = _minute_bars("2024-03-11 13:30", 400)
    daily = to_daily(bars, "1m", "nyse")
    assert list(daily.index) == [pd.Timestamp("2024-03-11")]
    assert to_daily(_minute_bars("2024-03-12 03:00", 10), "1m", "nyse").index[0] == pd.Timestamp(
        "2024-03-11"
    )  # 23:00 on the 11th in New York


def test_the_window_import_makes_a_minute_file_daily_and_says_how(tmp_path):
    """Issue 11, item 4: a 1-minute BTC import was accepted and then 'nothing cached'."""
    path = tmp_path / "BTCUSDT-1m.csv"
    _write_klines(path, _minute_bars("2024-01-01", 5 * 1440))
    repository = Repository(tmp_path / "cache")
    series = import_file(repository, load_catalogue(), "BTC/USDT", path, False, FetchControl())
    assert series.timeframe == "1d" and series.rows == 5
    [notice] = [n for n in series.notices if n.kind == "resampled"]
    assert "7200 1m bars made 5 daily bars (UTC days)" in notice.text
    assert repository.load(load_catalogue().resolve("BTC/USDT")).rows == 5


def test_a_large_file_is_read_apart_and_equals_reading_it_here(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    _write_klines(path, _minute_bars("2024-01-01", 3 * 1440))
    monkeypatch.setattr(apart, "APART_BYTES", 1000)
    here = apart.read_here(path, "24/7", True)
    there = apart.read_price_file_apart(path, "24/7", True)
    pd.testing.assert_frame_equal(there.frame, here.frame)
    assert there.resampled_from == ("1m", 3 * 1440, "24/7")


def test_a_bad_row_read_apart_still_names_file_and_line(tmp_path, monkeypatch):
    path = tmp_path / "bad.csv"
    frame = _minute_bars("2024-01-01", 2000)
    frame.iloc[1500, frame.columns.get_loc("close")] = frame["high"].iloc[1500] * 2
    _write_klines(path, frame)
    monkeypatch.setattr(apart, "APART_BYTES", 1000)
    with pytest.raises(ImportFailed) as caught:
        apart.read_price_file_apart(path, "24/7", True)
    assert caught.value.line == 1501 and "outside the low-high range" in caught.value.reason


def test_a_cancel_ends_the_child_at_once(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    _write_klines(path, _minute_bars("2024-01-01", 200_000))
    monkeypatch.setattr(apart, "APART_BYTES", 1000)
    control = FetchControl()
    threading.Timer(0.3, control.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        read_import(load_catalogue(), "BTC/USDT", path, daily=True, apart=True, control=control)
    assert time.monotonic() - started < 3.0
