"""Which spans of a series to ask a source for, given what the cache holds.

The repository serves what the cache holds and asks a source only for what it lacks:
the tail after the last cached bar (refetching that bar while it may still be forming)
and, when an earlier start is asked for, the head before the cached start.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.errors import BadResponse, DataError
from models.market.cache.summary import CachedSeries
from models.market.frames import is_daily
from models.market.instruments import Instrument
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
