"""Which kind of price file this is, from its first lines: where the header ends and in
which column each field sits (Yahoo, yfinance, TradingView, Binance klines, our export).

A close column is required; open, high, low and volume may be absent (a ratio or an
index exported as ``date,close``): ``csv_import`` states how such bars are completed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.errors import ImportFailed
from models.market.frames import COLUMNS

_TIME_NAMES = ("date", "datetime", "time", "timestamp", "open_time", "open time")
_BINANCE_FIELDS = 12


@dataclass(frozen=True)
class Layout:
    """Where the data sits: header lines to skip and the column index of each field."""

    format_name: str
    header_lines: int
    n_fields: int
    columns: dict[str, int]


def _head(raw: bytes, count: int = 4) -> list[list[str]]:
    text = raw[:8192].decode("utf-8", errors="replace")
    return [[f.strip() for f in line.split(",")] for line in text.splitlines()[:count]]


def detect_layout(path: Path, raw: bytes) -> Layout:
    """The layout of the file whose bytes are ``raw``; ``ImportFailed`` when unknown."""
    head = _head(raw)
    first = head[0]
    if first[0].isdigit() and len(first) == _BINANCE_FIELDS:
        return Layout("binance", 0, _BINANCE_FIELDS, _binance_columns())
    lowered = [f.lower() for f in first]
    if lowered[0] in ("price", "ticker") and len(head) >= 3:
        return _yfinance_multiheader(path, head)
    return _named_layout(path, first, header_lines=1)


def _binance_columns() -> dict[str, int]:
    return {"time": 0, "open": 1, "high": 2, "low": 3, "close": 4, "volume": 5}


def _yfinance_multiheader(path: Path, head: list[list[str]]) -> Layout:
    rows = {row[0].lower(): row for row in head[:2]}
    if "price" not in rows or "ticker" not in rows:
        raise ImportFailed(str(path), 2, "a yfinance header needs a Price and a Ticker row")
    tickers = sorted({t for t in rows["ticker"][1:] if t})
    if len(tickers) > 1:
        raise ImportFailed(
            str(path),
            2,
            f"the file holds {len(tickers)} tickers ({', '.join(tickers)}); "
            "export one ticker per file",
        )
    names = [head[2][0], *rows["price"][1:]]
    layout = _named_layout(path, names, header_lines=3)
    return Layout("yahoo", layout.header_lines, layout.n_fields, layout.columns)


def _named_layout(path: Path, names: list[str], header_lines: int) -> Layout:
    lowered = [n.lower() for n in names]
    time_col = next((i for i, n in enumerate(lowered) if n in _TIME_NAMES), None)
    if time_col is None:
        raise ImportFailed(
            str(path),
            1,
            "unknown format: expected a header with a date or time column and "
            "open, high, low, close (Yahoo, TradingView, our export) or a Binance kline file",
        )
    columns = {"time": time_col}
    for name in COLUMNS:
        if name in lowered:
            columns[name] = lowered.index(name)
    if "close" not in columns:
        raise ImportFailed(str(path), 1, "the header has no close column")
    return Layout(_format_name(names), header_lines, len(names), columns)


def _format_name(names: list[str]) -> str:
    lowered = [n.lower() for n in names]
    if lowered[0] == "open_time":
        return "binance"
    if names == list(("date", *COLUMNS)):
        return "liquidity-cascade"
    if "adj close" in lowered or "dividends" in lowered or names[0] in ("Date", "Datetime"):
        return "yahoo"
    if lowered[0] == "time":
        return "tradingview"
    return "csv"
