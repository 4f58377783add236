"""Which requests a Yahoo fetch makes and how their answers become one frame.

Yahoo serves daily and weekly bars over any range in one request, but intraday bars
only for a limited recent history and a limited span per request (``INTRADAY_LIMITS``);
``plan_pages`` splits a range accordingly. Four-hour bars are built from hourly ones.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.errors import BadResponse, InvalidParameter, NoDataInRange
from models.market.frames import COLUMNS, conform, empty_frame, is_daily
from models.market.spans import bound

#: our timeframe -> the Yahoo interval fetched (4h is built from 1h bars)
YAHOO_INTERVALS = {
    "1m": "1m",
    "5m": "5m",
    "15m": "15m",
    "1h": "1h",
    "4h": "1h",
    "1d": "1d",
    "1w": "1wk",
}


@dataclass(frozen=True)
class IntradayLimit:
    """How much of one interval Yahoo serves per request and how far back it keeps it."""

    per_request: pd.Timedelta
    history: pd.Timedelta


INTRADAY_LIMITS = {
    "1m": IntradayLimit(pd.Timedelta(days=7), pd.Timedelta(days=30)),
    "5m": IntradayLimit(pd.Timedelta(days=60), pd.Timedelta(days=60)),
    "15m": IntradayLimit(pd.Timedelta(days=60), pd.Timedelta(days=60)),
    "1h": IntradayLimit(pd.Timedelta(days=730), pd.Timedelta(days=730)),
}
# Yahoo measures "the last N days" with its own clock: keep clear of the edge.
_EDGE_MARGIN = pd.Timedelta(minutes=10)


@dataclass(frozen=True)
class Page:
    """One request's span: ``start`` inclusive, ``end`` exclusive (None = open)."""

    start: pd.Timestamp | None
    end: pd.Timestamp | None


@dataclass(frozen=True)
class Plan:
    """The pages of one fetch, the Yahoo interval and what the user should know."""

    interval: str
    pages: tuple[Page, ...]
    notes: tuple[str, ...] = ()


def plan_pages(
    symbol: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    timeframe: str,
    now: pd.Timestamp,
) -> Plan:
    """Split ``[start, end]`` into requests Yahoo will answer for ``timeframe``."""
    if timeframe not in YAHOO_INTERVALS:
        raise InvalidParameter(
            f"Yahoo Finance has no {timeframe!r} bars; choose one of {', '.join(YAHOO_INTERVALS)}."
        )
    if start is not None and end is not None and _utc(start) > _utc(end):
        raise InvalidParameter(f"The start {start} of the range is after its end {end}.")
    interval = YAHOO_INTERVALS[timeframe]
    if is_daily(timeframe):
        start_d = None if start is None else pd.Timestamp(start).normalize()
        end_d = None if end is None else pd.Timestamp(end).normalize() + pd.Timedelta(days=1)
        return Plan(interval, (Page(start_d, end_d),))
    return _intraday_plan(symbol, start, end, timeframe, interval, now)


def _intraday_plan(symbol, start, end, timeframe, interval, now) -> Plan:
    limit = INTRADAY_LIMITS[interval]
    earliest = now - limit.history + _EDGE_MARGIN
    first = earliest if start is None else max(_utc(start), earliest)
    stop = now if end is None else min(_utc(end) + pd.Timedelta(seconds=1), now)
    notes = []
    if start is not None and _utc(start) < earliest:
        notes.append(
            f"Yahoo keeps {interval} bars for the last {limit.history.days} days only; "
            f"{symbol} starts at {first:%Y-%m-%d %H:%M} UTC instead of {_utc(start):%Y-%m-%d}."
        )
    if stop <= first:
        raise NoDataInRange(
            f"Yahoo Finance keeps {timeframe} bars for the last {limit.history.days} days "
            f"only; the requested range for {symbol} is older than that."
        )
    pages = []
    cursor = first
    while cursor < stop:
        page_end = min(cursor + limit.per_request, stop)
        pages.append(Page(cursor, page_end))
        cursor = page_end
    return Plan(interval, tuple(pages), tuple(notes))


def _utc(stamp: pd.Timestamp) -> pd.Timestamp:
    stamp = pd.Timestamp(stamp)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def flatten(raw: pd.DataFrame) -> pd.DataFrame:
    """yfinance's frame (``Open`` ... or a (field, ticker) MultiIndex) as our columns."""
    frame = raw.copy()
    if isinstance(frame.columns, pd.MultiIndex):
        frame.columns = frame.columns.get_level_values(0)
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise BadResponse(f"Yahoo Finance bars lack the columns {', '.join(missing)}.")
    return frame.loc[:, list(COLUMNS)].astype("float64")


def finish_frame(
    frames: list[pd.DataFrame],
    timeframe: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
) -> pd.DataFrame:
    """Join the pages into one contract frame clipped to ``[start, end]``."""
    if not frames:
        return empty_frame(timeframe)
    source_tf = "1h" if timeframe == "4h" else timeframe
    frame = conform(pd.concat(frames), source_tf)
    if timeframe == "4h":
        frame = resample_4h(frame)
    if start is not None:
        frame = frame[frame.index >= bound(start, timeframe)]
    if end is not None:
        frame = frame[frame.index <= bound(end, timeframe)]
    return frame


def resample_4h(frame: pd.DataFrame) -> pd.DataFrame:
    """Four-hour bars on UTC boundaries (00, 04, 08 ...) from hourly bars."""
    buckets = frame.resample("4h", origin="epoch", label="left", closed="left")
    out = pd.DataFrame(
        {
            "open": buckets["open"].first(),
            "high": buckets["high"].max(),
            "low": buckets["low"].min(),
            "close": buckets["close"].last(),
            "volume": buckets["volume"].sum(min_count=1),
        }
    )
    return conform(out.dropna(subset=["open", "close"]), "4h")
