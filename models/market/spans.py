"""Which spans of a series to ask a source for, given what the cache holds.

The repository serves what the cache holds and asks a source only for what it lacks:
the tail after the last cached bar (refetching that bar while it may still be forming)
and, when an earlier start is asked for, the head before the cached start.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from models.errors import BadResponse, DataError
from models.market.bar_checks import latest_allowed
from models.market.cache.summary import CachedSeries
from models.market.frames import is_daily
from models.market.instruments import NYSE, Instrument
from models.market.nyse_calendar import nyse_sessions
from models.market.series import Provenance

BAR_STEP = {
    "1m": pd.Timedelta(minutes=1),
    "5m": pd.Timedelta(minutes=5),
    "15m": pd.Timedelta(minutes=15),
    "1h": pd.Timedelta(hours=1),
    "4h": pd.Timedelta(hours=4),
    "1d": pd.Timedelta(days=1),
    "1w": pd.Timedelta(weeks=1),
}


@dataclass(frozen=True)
class Span:
    """One inclusive range to ask a source for; ``start=None`` means from the earliest bar."""

    start: pd.Timestamp | None
    end: pd.Timestamp | None


def missing_spans(
    cached: CachedSeries | None,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    timeframe: str,
) -> list[Span]:
    """The ranges to fetch so the cache covers ``[start, end]`` (see ``Repository.get``)."""
    if cached is None or cached.info.first is None:
        return [Span(start, end)]
    step = BAR_STEP.get(timeframe, pd.Timedelta(0))
    first, last = cached.info.first, cached.info.last
    spans = []
    wants_head = start is not None and not cached.head_complete
    if wants_head and start < cached.covered_start and start <= first - step:
        spans.append(Span(start, first - step))
    if end is None or end > last:
        still_forming = cached.provenance[-1] == Provenance.FETCHED
        tail = last if still_forming else last + step
        if end is None or tail <= end:
            spans.append(Span(tail, end))
    return spans


def bound(value, timeframe: str) -> pd.Timestamp | None:
    """``value`` as the cache stores times: a naive date for daily bars, else UTC."""
    if value is None:
        return None
    stamp = pd.Timestamp(value)
    if is_daily(timeframe):
        return (stamp.tz_localize(None) if stamp.tzinfo else stamp).normalize().as_unit("ns")
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return stamp.as_unit("ns")


def without_future(
    cached: CachedSeries | None, calendar: str, now: pd.Timestamp | None = None
) -> tuple[CachedSeries | None, int]:
    """``cached`` less any bar dated after today in ``calendar`` (plus one day), and how
    many were dropped.

    Such bars come from caches written before imports were checked (a file dated 2031):
    trusted as the last bar, they made every refresh answer "up to date". They stay on
    disk (``data clear`` removes them) but are neither served nor used to plan a fetch.
    """
    if cached is None or cached.info.last is None:
        return cached, 0
    timeframe = cached.info.timeframe
    limit = latest_allowed(calendar, timeframe, now)
    if cached.info.last <= limit:
        return cached, 0
    keep = cached.frame.index <= limit
    dropped = int((~keep).sum())
    frame, codes = cached.frame[keep], cached.provenance[keep]
    info = replace(
        cached.info,
        rows=len(frame),
        first=frame.index[0] if len(frame) else None,
        last=frame.index[-1] if len(frame) else None,
    )
    return replace(cached, info=info, frame=frame, provenance=codes), dropped


def expects_bars(
    cached: CachedSeries | None,
    start: pd.Timestamp | None,
    calendar: str,
    now: pd.Timestamp | None = None,
) -> bool:
    """True when a whole daily bar must exist from ``start`` to yesterday (a session for
    NYSE, a UTC day for 24/7): an empty answer for such a span cannot be "nothing new"."""
    if cached is None or start is None or not is_daily(cached.info.timeframe):
        return False
    now = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now)
    if calendar == NYSE:
        yesterday = now.tz_convert("America/New_York").normalize().tz_localize(None)
        yesterday -= pd.Timedelta(days=1)
        return start <= yesterday and len(nyse_sessions(start, yesterday)) > 0
    yesterday = now.tz_convert("UTC").normalize().tz_localize(None) - pd.Timedelta(days=1)
    return start <= yesterday


def holds_bar_at(cached: CachedSeries | None, start: pd.Timestamp | None) -> bool:
    """True when ``start`` is a fetched bar the cache holds, so the source must return it."""
    if cached is None or start is None or cached.info.last is None:
        return False
    return start == cached.info.last and cached.provenance[-1] == Provenance.FETCHED


def contradicted(instrument: Instrument, start: pd.Timestamp, fetched_as: Instrument) -> DataError:
    """The error for an empty answer where the source once served the bar at ``start``."""
    # An empty answer for a span that starts at a bar the source itself served earlier
    # cannot be "nothing new": ccxt turns some broken bodies into [] and Yahoo answers
    # some failures with an empty chart. Say so instead of showing a stale chart as fresh.
    where = fetched_as.exchange or fetched_as.source
    return BadResponse(
        f"{where} returned no bars for {instrument.label} from {start:%Y-%m-%d %H:%M}, "
        "although it served that bar before; the answer looks wrong. "
        "The cache is unchanged; try again later."
    )


def empty_after_import(
    instrument: Instrument, start: pd.Timestamp, fetched_as: Instrument
) -> DataError:
    """The error for an empty answer over days that must hold bars, after imported ones."""
    where = fetched_as.exchange or fetched_as.source
    return BadResponse(
        f"{where} returned no bars for {instrument.label} from {start:%Y-%m-%d}, although "
        "the market traded since the last imported bar; the answer looks wrong. "
        "The cache is unchanged; try again later."
    )
