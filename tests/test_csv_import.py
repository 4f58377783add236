"""CSV import: every supported format read right, every bad file refused with its line."""

from __future__ import annotations

import gzip
import time
import zipfile

import numpy as np
import pandas as pd
import pytest

from models.errors import ImportFailed
from models.market.frames import validate_frame
from models.market.gaps import find_gaps
from models.market.sources.csv_import import read_price_file


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _check_contract(imported) -> None:
    repaired, report = validate_frame(imported.frame, imported.timeframe)
    assert report.ok and report.duplicates_dropped == 0 and not report.reordered
    pd.testing.assert_frame_equal(repaired, imported.frame)


# --- formats -----------------------------------------------------------------------------

YAHOO = """Date,Open,High,Low,Close,Adj Close,Volume
2024-03-04,2076.0,2090.5,2070.1,2085.3,2085.3,4100000000
2024-03-05,null,null,null,null,null,null
2024-03-06,2085.3,2100.0,2080.0,2095.7,2095.7,3900000000
2024-03-07,2095.7,2110.2,2090.0,2105.1,2105.1,
"""


def test_yahoo_download_with_null_rows(tmp_path):
    imported = read_price_file(_write(tmp_path, "RUT.csv", YAHOO))
    assert imported.format_name == "yahoo"
    assert imported.timeframe == "1d"
    assert imported.calendar_hint == "nyse"
    assert imported.skipped_rows == 1
    frame = imported.frame
    assert list(frame.index.strftime("%Y-%m-%d")) == ["2024-03-04", "2024-03-06", "2024-03-07"]
    assert frame.index.name == "date" and frame.index.tz is None
    assert frame.loc["2024-03-06", "close"] == 2095.7
    assert np.isnan(frame.loc["2024-03-07", "volume"])
    _check_contract(imported)


YFINANCE_MULTI = """Price,Close,High,Low,Open,Volume
Ticker,IWM,IWM,IWM,IWM,IWM
Date,,,,,
2024-03-01,205.5,206.0,203.1,203.5,30000000
2024-03-04,206.1,207.2,205.0,205.9,28000000
2024-03-05,204.0,206.5,203.3,206.0,31000000
"""


TICKER_FIRST = YFINANCE_MULTI.replace(
    "Price,Close,High,Low,Open,Volume\nTicker,IWM,IWM,IWM,IWM,IWM",
    "Ticker,IWM,IWM,IWM,IWM,IWM\nPrice,Close,High,Low,Open,Volume",
)


@pytest.mark.parametrize(
    "text", [YFINANCE_MULTI, TICKER_FIRST], ids=["price-first", "ticker-first"]
)
def test_yfinance_multi_row_header_maps_columns_by_name(tmp_path, text):
    assert text.count("Ticker,IWM") == 1
    imported = read_price_file(_write(tmp_path, "iwm.csv", text))
    assert imported.format_name == "yahoo"
    row = imported.frame.loc["2024-03-04"]
    assert (row["open"], row["high"], row["low"], row["close"]) == (205.9, 207.2, 205.0, 206.1)
    assert len(imported.frame) == 3
    _check_contract(imported)


def test_yfinance_file_with_two_tickers_is_refused(tmp_path):
    text = "Price,Close,Close\nTicker,IWM,SPY\nDate,,\n2024-03-01,1,2\n"
    with pytest.raises(ImportFailed, match=r"line 2: the file holds 2 tickers \(IWM, SPY\)"):
        read_price_file(_write(tmp_path, "two.csv", text))


def test_yfinance_history_with_zone_offsets_keeps_the_session_date(tmp_path):
    text = (
        "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n"
        "2024-03-08 00:00:00-05:00,10,11,9,10.5,100,0.0,0.0\n"
        "2024-03-11 00:00:00-04:00,10.5,12,10,11.5,120,0.0,0.0\n"
        "2024-03-12 00:00:00-04:00,11.5,12,11,11.8,90,0.0,0.0\n"
    )
    imported = read_price_file(_write(tmp_path, "hist.csv", text))
    assert imported.timeframe == "1d"
    assert list(imported.frame.index.strftime("%Y-%m-%d")) == [
        "2024-03-08",
        "2024-03-11",
        "2024-03-12",
    ]


def test_tradingview_unix_seconds_daily_crypto(tmp_path):
    start = int(pd.Timestamp("2024-01-05", tz="UTC").timestamp())  # a Friday
    rows = [f"{start + i * 86400},{100 + i},{102 + i},{99 + i},{101 + i},{5 + i}" for i in range(5)]
    text = "time,open,high,low,close,Volume,RSI\n" + "\n".join(f"{r},50" for r in rows) + "\n"
    imported = read_price_file(_write(tmp_path, "BINANCE_BTCUSDT, 1D.csv", text))
    assert imported.format_name == "tradingview"
    assert imported.timeframe == "1d"
    assert imported.calendar_hint == "24/7"  # it has a Saturday and a Sunday
    assert imported.frame.index[0] == pd.Timestamp("2024-01-05")
    assert imported.frame["volume"].tolist() == [5.0, 6.0, 7.0, 8.0, 9.0]


def test_tradingview_iso_intraday(tmp_path):
    text = (
        "time,open,high,low,close\n"
        "2024-01-02T14:30:00Z,1,2,0.5,1.5\n"
        "2024-01-02T15:30:00Z,1.5,2,1,1.8\n"
        "2024-01-02T16:30:00Z,1.8,2.2,1.7,2.0\n"
    )
    imported = read_price_file(_write(tmp_path, "tv.csv", text))
    assert imported.timeframe == "1h"
    assert imported.frame.index.tz is not None and str(imported.frame.index.tz) == "UTC"
    assert imported.frame.index.name == "time"
    assert imported.frame.index[0] == pd.Timestamp("2024-01-02 14:30", tz="UTC")
    assert imported.frame["volume"].isna().all()
    assert imported.calendar_hint == "nyse"


def _kline(open_time: int, unit_ms: int, close: float) -> str:
    close_time = open_time + 60 * unit_ms - 1
    return (
        f"{open_time},{close - 1:.8f},{close + 1:.8f},{close - 2:.8f},{close:.8f},1.50000000,"
        f"{close_time},150.0,10,0.7,70.0,0"
    )


def test_binance_klines_in_milliseconds_and_microseconds(tmp_path):
    ms = int(pd.Timestamp("2024-12-31 23:58", tz="UTC").timestamp() * 1000)
    us = int(pd.Timestamp("2025-01-01 00:00", tz="UTC").timestamp() * 1_000_000)
    # the switch happens inside one file: two rows in ms, two in µs
    lines = [
        _kline(ms, 1000, 100),
        _kline(ms + 60_000, 1000, 101),
        _kline(us, 1_000_000, 102),
        _kline(us + 60_000_000, 1_000_000, 103),
    ]
    for name, opener in (("k.csv", open), ("k.csv.gz", gzip.open)):
        with opener(tmp_path / name, "wt") as handle:
            handle.write("\n".join(lines) + "\n")
        imported = read_price_file(tmp_path / name)
        assert imported.format_name == "binance"
        assert imported.timeframe == "1m"
        expected = pd.date_range("2024-12-31 23:58", periods=4, freq="1min", tz="UTC")
        assert list(imported.frame.index) == list(expected)
        assert imported.frame["close"].tolist() == [100.0, 101.0, 102.0, 103.0]
        assert imported.frame["volume"].tolist() == [1.5] * 4


def test_binance_zip_as_downloaded(tmp_path):
    us = int(pd.Timestamp("2025-02-01", tz="UTC").timestamp() * 1_000_000)
    lines = [_kline(us + i * 60_000_000, 1_000_000, 50 + i) for i in range(3)]
    with zipfile.ZipFile(tmp_path / "BTCUSDT-1m-2025-02-01.zip", "w") as archive:
        archive.writestr("BTCUSDT-1m-2025-02-01.csv", "\n".join(lines) + "\n")
    imported = read_price_file(tmp_path / "BTCUSDT-1m-2025-02-01.zip")
    assert imported.frame.index[0] == pd.Timestamp("2025-02-01", tz="UTC")
    assert imported.calendar_hint == "24/7"  # Saturday


def test_own_export_daily_and_intraday(tmp_path):
    daily = "date,open,high,low,close,volume\n2024-01-01,1,2,0.5,1.5,\n2024-01-02,1.5,2,1,1.8,7\n"
    imported = read_price_file(_write(tmp_path, "own.csv", daily))
    assert (imported.format_name, imported.timeframe) == ("liquidity-cascade", "1d")
    intraday = (
        "date,open,high,low,close,volume\n"
        "2024-01-01T00:00:00Z,1,2,0.5,1.5,3\n"
        "2024-01-01T00:05:00Z,1.5,2,1,1.8,4\n"
        "2024-01-01T00:10:00Z,1.8,2,1.6,1.9,5\n"
    )
    imported = read_price_file(_write(tmp_path, "own5.csv", intraday))
    assert imported.timeframe == "5m"
    assert imported.frame.index[-1] == pd.Timestamp("2024-01-01 00:10", tz="UTC")
    _check_contract(imported)


def test_unsorted_rows_are_sorted_and_identical_duplicates_dropped(tmp_path):
    text = (
        "date,open,high,low,close,volume\n"
        "2024-01-03,3,4,2,3.5,1\n"
        "2024-01-01,1,2,0.5,1.5,1\n"
        "2024-01-02,2,3,1,2.5,1\n"
        "2024-01-01,1,2,0.5,1.5,1\n"
    )
    imported = read_price_file(_write(tmp_path, "mixed.csv", text))
    assert list(imported.frame["close"]) == [1.5, 2.5, 3.5]


def test_crlf_line_endings_and_a_byte_order_mark(tmp_path):
    text = "\ufeffDate,Open,High,Low,Close,Adj Close,Volume\r\n2024-01-02,1,2,0.5,1.5,1.5,10\r\n"
    text += "2024-01-03,1.5,2,1,1.8,1.8,11\r\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("utf-8"))
    assert read_price_file(path).frame["close"].tolist() == [1.5, 1.8]


# --- bad files ---------------------------------------------------------------------------

GOOD_HEAD = "date,open,high,low,close,volume\n2024-01-01,1,2,0.5,1.5,3\n2024-01-02,1,2,0.5,1.5,3\n"


@pytest.mark.parametrize(
    ("bad_row", "reason"),
    [
        ("2024-13-45,1,2,0.5,1.5,3", "unparseable date '2024-13-45'"),
        ("2024-01-03,1,abc,0.5,1.5,3", "high is not a number: 'abc'"),
        ("2024-01-03,1,2,0.5,1.5", "expected 6 columns, found 5"),
        ("2024-01-03,1,2,0.5,1.5,3,9", "expected 6 columns, found 7"),
        ("2024-01-03,1,0.5,2,1.5,3", "the high 0.5 is below the low 2"),
        ("2024-01-03,1,2,0,1.5,3", "the low price 0 is not positive"),
        ("2024-01-03,1,2,-0.5,1.5,3", "the low price -0.5 is not positive"),
        ("2024-01-03,1,2,0.5,,3", "the close price is missing"),
        ("2024-01-03,1,2,0.5,1.5,-3", "the volume -3 is not a count"),
        # issue 10, defect 1: non-finite and absurd prices were imported with exit 0
        ("2024-01-03,1,2,0.5,inf,3", "the close price inf is not a number"),
        ("2024-01-03,1,2,0.5,1e308,3", "the close price 1e+308 is beyond any real price"),
        ("2024-01-03,1,2,0.5,1.5,inf", "the volume inf is not a count"),
        # issue 10, item 9: OHLC consistency (a close above the high) was not checked
        ("2024-01-03,1,2,0.5,2.5,3", "the close 2.5 is outside the low-high range 0.5..2"),
        ("2024-01-03,0.4,2,0.5,1.5,3", "the open 0.4 is outside the low-high range 0.5..2"),
        ("2024-01-02,1,2,0.5,1.6,3", "duplicate timestamp 2024-01-02 (first on line 3)"),
        (",1,2,0.5,1.5,3", "the date is missing"),
    ],
)
def test_a_bad_row_names_file_line_and_fault(tmp_path, bad_row, reason):
    text = GOOD_HEAD + bad_row + "\n2024-01-04,1,2,0.5,1.5,3\n"
    path = _write(tmp_path, "bad.csv", text)
    with pytest.raises(ImportFailed) as caught:
        read_price_file(path)
    err = caught.value
    assert (err.path, err.line) == (str(path), 4)
    assert reason in err.reason
    assert str(err).startswith(f"Cannot import {path}, line 4: ")


def test_line_numbers_count_blank_lines(tmp_path):
    text = GOOD_HEAD + "\n\n2024-01-03,1,2,0.5,oops,3\n"
    with pytest.raises(ImportFailed) as caught:
        read_price_file(_write(tmp_path, "blank.csv", text))
    assert caught.value.line == 6


def test_a_bad_row_deep_in_a_big_binance_file(tmp_path):
    ms = int(pd.Timestamp("2024-01-01", tz="UTC").timestamp() * 1000)
    lines = [_kline(ms + i * 60_000, 1000, 100 + i % 7) for i in range(5000)]
    lines[3210] = lines[3210].replace("1.50000000", "1.5x", 1)
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ImportFailed, match=r"line 3211: volume is not a number: '1.5x'"):
        read_price_file(path)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("", None, "the file is empty"),
        ("\n\n", None, "the file is empty"),
        ("name,price\nfoo,1\n", 1, "unknown format"),
        ("date,open,high,low\n2024-01-01,1,2,1.5\n", 1, "the header has no close column"),
        # issue 10, item 9: a header-only file ended as "unexpected EmptyDataError"
        ("date,open,high,low,close,volume\n", None, "no rows with prices"),
        ("date,open,high,low,close,volume\n\n\n", None, "no rows with prices"),
        ("1704067200000,1,2,3\n", 1, "unknown format"),
        ("date,open,high,low,close\n2024-01-01,,,,\n", None, "no rows with prices"),
        ("date,open,high,low,close\n2024-01-01,1,2,1,1\n2024-02-01,1,2,1,1\n", None, "31 days"),
    ],
)
def test_files_that_are_not_price_files(tmp_path, text, line, reason):
    with pytest.raises(ImportFailed) as caught:
        read_price_file(_write(tmp_path, "odd.csv", text))
    assert caught.value.line == line
    assert reason in caught.value.reason


def test_a_bar_dated_in_the_future_is_refused_with_its_line(tmp_path):
    """Issue 10, defect 2: rows dated 2031 were imported with a calendar warning only."""
    text = GOOD_HEAD + "2031-01-02,1,2,0.5,1.5,3\n2031-01-03,1,2,0.5,1.5,3\n"
    with pytest.raises(ImportFailed) as caught:
        read_price_file(_write(tmp_path, "future.csv", text))
    assert caught.value.line == 4
    assert "2031-01-02, in the future" in caught.value.reason


def test_tomorrow_is_allowed_for_time_zones_but_not_the_day_after(tmp_path):
    today = pd.Timestamp.now(tz="UTC").normalize().tz_localize(None)
    rows = [today - pd.Timedelta(days=2 - i) for i in range(4)]  # up to tomorrow
    text = "date,close\n" + "".join(f"{d:%Y-%m-%d},1.5\n" for d in rows)
    assert read_price_file(_write(tmp_path, "ok.csv", text)).frame.index[-1] == rows[-1]
    later = text + f"{rows[-1] + pd.Timedelta(days=1):%Y-%m-%d},1.5\n"
    with pytest.raises(ImportFailed, match="in the future"):
        read_price_file(_write(tmp_path, "late.csv", later))


def test_a_close_only_file_becomes_a_line_of_bars(tmp_path):
    """Moved from issue 12: a ratio or an index as date,close was refused (no high/low)."""
    text = "date,close\n2024-01-01,0.05\n2024-01-02,0.052\n2024-01-03,0.051\n"
    imported = read_price_file(_write(tmp_path, "eth_btc.csv", text))
    frame = imported.frame
    assert list(frame["close"]) == [0.05, 0.052, 0.051]
    for column in ("open", "high", "low"):
        assert list(frame[column]) == list(frame["close"])
    assert frame["volume"].isna().all()


def test_yahoo_rows_with_empty_high_and_low_take_open_and_close(tmp_path):
    text = (
        "date,open,high,low,close,volume\n"
        "2015-08-08,0.0099,,,0.0028,\n"
        "2015-08-09,0.0027,,,0.0026,\n"
        "2015-08-10,0.0026,0.003,0.0025,0.0029,5\n"
    )
    frame = read_price_file(_write(tmp_path, "ratio.csv", text)).frame
    assert list(frame["high"]) == [0.0099, 0.0027, 0.003]
    assert list(frame["low"]) == [0.0028, 0.0026, 0.0025]
    bad = text.replace("0.0026,0.003,0.0025,0.0029", "0.0026,0.003,0.0025,0.0031")
    with pytest.raises(ImportFailed, match=r"line 4: the close 0\.0031 is outside"):
        read_price_file(_write(tmp_path, "bad_ratio.csv", bad))


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(ImportFailed, match="no such file"):
        read_price_file(tmp_path / "absent.csv")
    (tmp_path / "broken.csv.gz").write_bytes(b"not gzip at all")
    with pytest.raises(ImportFailed, match="cannot read the file"):
        read_price_file(tmp_path / "broken.csv.gz")


# --- the real files ----------------------------------------------------------------------


@pytest.mark.realdata
def test_real_russell_2000_file(shared_data):
    path = shared_data / "index" / "rut_daily.csv"
    imported = read_price_file(path)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        read_price_file(path)
        timings.append(time.perf_counter() - started)
    frame = imported.frame
    assert (len(frame), imported.timeframe, imported.calendar_hint) == (9811, "1d", "nyse")
    assert frame.index[0] == pd.Timestamp("1987-09-10")
    assert frame.index[-1] == pd.Timestamp("2026-08-21")
    assert frame.loc["2026-01-08", "close"] == 2603.91  # PROVENANCE.md spot check
    assert np.isnan(frame.loc["2023-07-25", "volume"])
    assert find_gaps(frame, "nyse", "1d") == []
    assert sorted(timings)[1] < 0.5  # ~15 ms here; a generous bound against regressions


@pytest.mark.realdata
def test_real_bitcoin_daily_file(shared_data):
    imported = read_price_file(shared_data / "crypto" / "yahoo" / "btc_usd_daily.csv")
    frame = imported.frame
    assert (len(frame), imported.calendar_hint) == (4863, "24/7")
    assert (frame.index[0], frame.index[-1]) == (
        pd.Timestamp("2013-04-29"),
        pd.Timestamp("2026-08-21"),
    )
    assert frame.loc["2017-12-16", "close"] == pytest.approx(19497.40, abs=0.01)
    assert frame.loc["2025-10-06", "close"] == pytest.approx(124752.53, abs=0.01)


@pytest.mark.realdata
def test_real_binance_vision_files_in_ms_and_us(shared_data):
    wire = shared_data / "wire"
    old = read_price_file(wire / "binance_vision_spot_BTCUSDT-1m-2024-01-01.csv")
    new = read_price_file(wire / "binance_vision_spot_BTCUSDT-1m-2025-11-30.csv")
    for imported, day in ((old, "2024-01-01"), (new, "2025-11-30")):
        assert (imported.format_name, imported.timeframe, len(imported.frame)) == (
            "binance",
            "1m",
            1440,
        )
        expected = pd.date_range(day, periods=1440, freq="1min", tz="UTC")
        assert (imported.frame.index == expected).all()
    assert old.frame["open"].iloc[0] == 42283.58
    assert new.frame["close"].iloc[0] == 90834.27


@pytest.mark.realdata
@pytest.mark.slow
def test_real_one_million_minute_bars(shared_data):
    started = time.perf_counter()
    imported = read_price_file(shared_data / "intraday" / "btcusdt_1m_2024-01-01_2025-11-30.csv.gz")
    elapsed = time.perf_counter() - started
    assert len(imported.frame) == 1_008_000
    assert imported.timeframe == "1m"
    assert imported.frame.index[-1] == pd.Timestamp("2025-11-30 23:59", tz="UTC")
    assert find_gaps(imported.frame, "24/7", "1m") == []
    assert elapsed < 15  # ~2 s here; loose so a busy CI machine does not flake
