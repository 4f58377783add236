"""Read a price file a user brings: Yahoo, TradingView, Binance klines or our own export.

``read_price_file(path)`` detects the format from the first lines, reads every row and
checks it, and returns an ``ImportedFile`` holding a contract frame (``models.market.frames``).
It is all or nothing: the first bad row raises ``ImportFailed`` naming the file, the
1-based line and what is wrong, and nothing is returned to be saved.

Formats (plain, ``.gz``, ``.bz2``, ``.xz`` or a ``.zip`` holding one file):

* Yahoo download CSV ``Date,Open,High,Low,Close,Adj Close,Volume``; rows of ``null``
  (days Yahoo has no prices for) are skipped. yfinance ``to_csv`` output works too: the
  single header of ``history()`` and the three-line ``Price``/``Ticker``/``Date`` header
  of ``download()`` (one ticker per file). The ``Close`` column is used, not
  ``Adj Close``, so open, high, low and close stay consistent with each other.
* TradingView chart export ``time,open,high,low,close[,Volume,...]`` with unix seconds
  or ISO times; extra indicator columns are ignored.
* Binance kline files (data.binance.vision): no header (or the futures ``open_time``
  header), 12 columns, open time in milliseconds or microseconds (Binance switched to
  microseconds on 2025-01-01), decided per row by magnitude.
* Our own export ``date,open,high,low,close,volume`` with ``YYYY-MM-DD`` or
  ``YYYY-MM-DDTHH:MM:SSZ`` stamps.

A close column is enough: a missing open is the close, a missing high or low the larger
or smaller of open and close (a ratio or an index as ``date,close`` becomes a line of
bars with open = high = low = close). Every bar must pass ``models.market.bar_checks``
(finite positive prices, low <= open, close <= high, a sane volume, no date after today).

The bar size comes from the median spacing of the stamps. A daily bar keeps the date
written in the file (a Yahoo ``2020-01-02 00:00:00-05:00`` is 2020-01-02); a numeric
daily stamp is read as its UTC day; intraday stamps without a zone are taken as UTC.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from models.errors import ImportFailed
from models.market.bar_checks import first_bad_row, latest_allowed
from models.market.frames import COLUMNS, PRICE_COLUMNS, TIMEFRAMES, conform, is_daily
from models.market.instruments import ALWAYS_OPEN, NYSE
from models.market.sources.csv_layout import Layout, detect_layout

_NS_PER = {"1m": 60, "5m": 300, "15m": 900, "1h": 3600, "4h": 14400, "1d": 86400, "1w": 604800}
_DAY_NS = 86_400 * 10**9


@dataclass
class ImportedFile:
    """A fully checked price file: the frame, its bar size, its format and a calendar guess.

    ``calendar_hint`` is '24/7' when the file has weekend bars, else 'nyse'.
    ``skipped_rows`` counts rows with no prices at all (Yahoo's ``null`` rows).
    ``resampled_from`` is (bar size, bars, calendar) when intraday bars were made daily
    (``models.market.daily_bars``), else None.
    """

    frame: pd.DataFrame
    timeframe: str
    format_name: str
    calendar_hint: str
    skipped_rows: int = 0
    resampled_from: tuple[str, int, str] | None = None


def read_price_file(path: str | Path, calendar: str | None = None) -> ImportedFile:
    """Read and check a price file; raise ``ImportFailed`` on the first bad row.

    ``calendar`` (``nyse`` or ``24/7``) decides which "today" a bar may not be after;
    by default the file's own calendar (weekend bars: 24/7)."""
    path = Path(path)
    raw = _read_bytes(path)
    layout = detect_layout(path, raw)
    lines = _data_line_numbers(path, raw, layout)
    if not len(lines):
        raise ImportFailed(str(path), None, "the file has no rows with prices, only a header")
    table = _read_table(path, raw, layout, lines)
    stamps_ns, written = _parse_times(path, table["time"], lines)
    timeframe = _infer_timeframe(path, stamps_ns)
    return _build(path, table, stamps_ns, written, timeframe, lines, layout.format_name, calendar)


# --- reading the bytes --------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        raw = _DECOMPRESS.get(path.suffix.lower(), bytes)(path.read_bytes())
    except FileNotFoundError:
        raise ImportFailed(str(path), None, "no such file") from None
    except (OSError, EOFError, zipfile.BadZipFile, lzma.LZMAError, zlib.error) as exc:
        raise ImportFailed(str(path), None, f"cannot read the file ({exc})") from None
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw or raw.isspace():
        raise ImportFailed(str(path), None, "the file is empty")
    return raw


def _unzip(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        if len(names) != 1:
            raise OSError(f"the zip holds {len(names)} files, not one")
        return archive.read(names[0])


_DECOMPRESS = {
    ".gz": gzip.decompress,
    ".bz2": bz2.decompress,
    ".xz": lzma.decompress,
    ".zip": _unzip,
}


# --- locating lines and reading the table ---------------------------------------------------


def _data_line_numbers(path: Path, raw: bytes, layout: Layout) -> np.ndarray:
    """1-based line numbers of the data rows; checks every row has the header's width."""
    buf = np.frombuffer(raw, dtype=np.uint8)
    ends = np.flatnonzero(buf == ord("\n"))
    if not raw.endswith(b"\n"):
        ends = np.append(ends, len(buf))
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    has_cr = np.zeros(len(ends), dtype=bool)
    has_cr[lengths > 0] = buf[ends[lengths > 0] - 1] == ord("\r")
    blank = (lengths - has_cr) == 0
    data = np.flatnonzero(~blank)
    data = data[data >= layout.header_lines]
    if b'"' not in raw:
        commas = np.flatnonzero(buf == ord(","))
        fields = np.bincount(np.searchsorted(ends, commas), minlength=len(ends)) + 1
        wrong = data[fields[data] != layout.n_fields]
        if len(wrong):
            line = int(wrong[0])
            raise ImportFailed(
                str(path),
                line + 1,
                f"expected {layout.n_fields} columns, found {int(fields[line])}",
            )
    return data + 1


def _read_table(path: Path, raw: bytes, layout: Layout, lines: np.ndarray) -> pd.DataFrame:
    usecols = sorted(layout.columns.values())
    names = {index: name for name, index in layout.columns.items()}
    dtypes = {i: (str if names[i] == "time" else "float64") for i in usecols}
    try:
        table = _pandas_read(path, raw, layout, usecols, dtypes)
    except ValueError as exc:
        table = _pandas_read(path, raw, layout, usecols, dict.fromkeys(usecols, str))
        _raise_first_non_numeric(path, table.rename(columns=names), lines)
        raise ImportFailed(
            str(path), None, "a column holds something that is not a number"
        ) from exc
    table = table.rename(columns=names)
    if len(table) != len(lines):
        raise ImportFailed(str(path), None, "the rows could not be lined up with the file")
    return table


def _pandas_read(
    path: Path, raw: bytes, layout: Layout, usecols: list[int], dtypes: dict
) -> pd.DataFrame:
    try:
        return pd.read_csv(
            io.BytesIO(raw),
            header=None,
            skiprows=layout.header_lines,
            usecols=usecols,
            dtype=dtypes,
            engine="c",
        )
    except pd.errors.ParserError as exc:
        raise ImportFailed(str(path), None, f"malformed CSV ({exc})") from None


def _raise_first_non_numeric(path: Path, table: pd.DataFrame, lines: np.ndarray) -> None:
    found = []
    for name in (c for c in COLUMNS if c in table.columns):
        text = table[name]
        bad = pd.to_numeric(text, errors="coerce").isna() & text.notna()
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            found.append((row, f"{name} is not a number: {text.iloc[row]!r}"))
    if found:
        row, reason = min(found)
        raise ImportFailed(str(path), int(lines[row]), reason)


# --- times -------------------------------------------------------------------------------


def _parse_times(path: Path, text: pd.Series, lines: np.ndarray) -> tuple[np.ndarray, pd.Series]:
    """UTC nanoseconds per row (NaT as int64 min) and the written text of each stamp."""
    sample = text.dropna()
    if len(sample) and sample.iloc[0].replace(".", "", 1).isdigit():
        stamps = _epoch_ns(pd.to_numeric(text, errors="coerce").to_numpy(dtype="float64"))
    else:
        parsed = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
        stamps = pd.DatetimeIndex(parsed).as_unit("ns").asi8.copy()
    bad = (stamps == np.iinfo(np.int64).min) & text.notna().to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ImportFailed(str(path), int(lines[row]), f"unparseable date {text.iloc[row]!r}")
    return stamps, text


def _epoch_ns(values: np.ndarray) -> np.ndarray:
    """Unix seconds, milliseconds or microseconds (by magnitude, per row) to nanoseconds."""
    scale = np.where(values < 1e11, 10**9, np.where(values < 1e14, 10**6, 10**3))
    out = np.full(len(values), np.iinfo(np.int64).min, dtype=np.int64)
    ok = np.isfinite(values)
    out[ok] = np.round(values[ok]).astype(np.int64) * scale[ok]
    return out


def _infer_timeframe(path: Path, stamps: np.ndarray) -> str:
    valid = np.sort(stamps[stamps != np.iinfo(np.int64).min])  # fast: files come sorted
    steps = np.diff(valid)
    steps = steps[steps > 0]
    if not len(steps):
        if len(valid) and valid[0] % _DAY_NS == 0:
            return "1d"
        raise ImportFailed(str(path), None, "too few rows to tell the bar size")
    seconds = float(np.median(steps)) / 1e9
    for timeframe in TIMEFRAMES:
        if abs(seconds - _NS_PER[timeframe]) <= 0.05 * _NS_PER[timeframe]:
            return timeframe
    if 86_400 < seconds < 4 * 86_400:  # a weekday calendar: sessions a day or a weekend apart
        return "1d"
    raise ImportFailed(
        str(path),
        None,
        f"bars are {_duration(seconds)} apart; supported sizes are {', '.join(TIMEFRAMES)}",
    )


def _duration(seconds: float) -> str:
    if seconds >= 86_400:
        return f"{seconds / 86_400:g} days"
    return f"{seconds / 60:g} minutes"


def _bar_index(stamps: np.ndarray, written: pd.Series, timeframe: str) -> pd.DatetimeIndex:
    if not is_daily(timeframe):
        return pd.DatetimeIndex(stamps.view("datetime64[ns]"), name="time").tz_localize("UTC")
    numeric = written.dropna().iloc[0].replace(".", "", 1).isdigit()
    if numeric:
        days = (stamps // _DAY_NS) * _DAY_NS
        return pd.DatetimeIndex(days.view("datetime64[ns]"), name="date")
    dates = pd.to_datetime(written.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    return pd.DatetimeIndex(dates, name="date").as_unit("ns")


# --- checking rows and building the frame ---------------------------------------------------


def _build(
    path: Path,
    table: pd.DataFrame,
    stamps: np.ndarray,
    written: pd.Series,
    timeframe: str,
    lines: np.ndarray,
    format_name: str,
    calendar: str | None = None,
) -> ImportedFile:
    values = pd.DataFrame({c: table.get(c, np.nan) for c in COLUMNS}).astype("float64")
    empty = values[list(PRICE_COLUMNS)].isna().all(axis=1).to_numpy()
    _check_presence(path, values, empty, table["time"], lines)
    keep = ~empty
    values.index = _bar_index(stamps, written, timeframe)
    values, lines = _complete_prices(values[keep]), lines[keep]
    hint = _calendar_hint(values.index)
    _check_bars(path, values, lines, calendar or hint, timeframe)
    values = _drop_identical_duplicates(path, values, lines)
    if values.empty:
        raise ImportFailed(str(path), None, "the file has no rows with prices")
    frame = conform(values.sort_index(kind="stable"), timeframe)
    return ImportedFile(
        frame=frame,
        timeframe=timeframe,
        format_name=format_name,
        calendar_hint=hint,
        skipped_rows=int(empty.sum()),
    )


def _check_presence(path, values, empty, times, lines) -> None:
    """Raise for the first row (in file order) without a date or without a close."""
    rules = [
        (times.isna().to_numpy() & ~empty, "the date is missing"),
        (values["close"].isna().to_numpy() & ~empty, "the close price is missing"),
    ]
    hits = [(int(np.argmax(mask)), reason) for mask, reason in rules if mask.any()]
    if hits:
        row, reason = min(hits, key=lambda hit: hit[0])
        raise ImportFailed(str(path), int(lines[row]), reason)


def _complete_prices(values: pd.DataFrame) -> pd.DataFrame:
    """A line series' bars made whole: a missing open is the close, a missing high the
    larger and a missing low the smaller of open and close (a close-only file becomes
    bars with open = high = low = close)."""
    out = values.copy()
    close = out["close"]
    out["open"] = out["open"].fillna(close)
    out["high"] = out["high"].fillna(np.maximum(out["open"], close))
    out["low"] = out["low"].fillna(np.minimum(out["open"], close))
    return out


def _check_bars(path, values: pd.DataFrame, lines, calendar: str, timeframe: str) -> None:
    """Refuse the file at the first bar (in file order) that breaks a rule of
    ``models.market.bar_checks``: prices, high and low, volume, a date in the future."""
    limit = latest_allowed(calendar, timeframe)
    times = pd.DatetimeIndex(values.index).as_unit("ns").asi8
    found = first_bad_row(times, values.to_numpy(dtype="float64").T, int(limit.value))
    if found is not None:
        row, _code, reason = found
        raise ImportFailed(str(path), int(lines[row]), reason)


def _drop_identical_duplicates(path: Path, values: pd.DataFrame, lines: np.ndarray):
    repeated = values.index.duplicated(keep="first")
    if not repeated.any():
        return values
    identical = values.reset_index().duplicated(keep="first").to_numpy()
    # a stamp repeated with other values means two sources disagree: refuse, never guess
    clash = np.flatnonzero(repeated & ~identical)
    if len(clash):
        row = int(clash[0])
        stamp = values.index[row]
        first = int(lines[np.flatnonzero(values.index == stamp)[0]])
        raise ImportFailed(
            str(path),
            int(lines[row]),
            f"duplicate timestamp {_show(stamp)} (first on line {first}) with different values",
        )
    return values[~repeated]


def _show(stamp: pd.Timestamp) -> str:
    return stamp.strftime("%Y-%m-%d") if stamp.tzinfo is None else stamp.isoformat()


def _calendar_hint(index: pd.DatetimeIndex) -> str:
    """24/7 when a bar falls on a weekend, or (intraday) at an hour Wall Street sleeps."""
    weekend = (index.day_of_week >= 5).any()
    night = index.tz is not None and ((index.hour >= 2) & (index.hour < 7)).any()
    return ALWAYS_OPEN if weekend or night else NYSE
