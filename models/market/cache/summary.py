"""What a cached series is, seen from outside: its summary (``SeriesInfo``, read from the
manifest alone, what ``data list`` shows) and a whole series read back (``CachedSeries``)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from models.market.cache.chunks import Rows, rows_to_frame
from models.market.cache.manifest import Manifest, SeriesKey
from models.market.frames import is_daily
from models.market.instruments import Instrument
from models.market.series import Provenance

MANIFEST = "manifest.json"


@dataclass
class SeriesInfo:
    """What ``data list`` shows about one cached series (read from its manifest only)."""

    symbol: str
    source: str
    exchange: str
    timeframe: str
    name: str
    calendar: str
    asset_class: str
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    rows: int
    provenance: str
    fetched_at: datetime | None
    library_version: str
    size_bytes: int
    chunks: int
    imported_from: tuple[str, ...] = ()

    @property
    def key(self) -> SeriesKey:
        """The cache key of this series."""
        return SeriesKey(self.source, self.exchange, self.symbol, self.timeframe)

    def is_of(self, instrument: Instrument) -> bool:
        """True when this series holds ``instrument``'s bars: same symbol and source, and
        for a pair pinned to an exchange (``BTC/USDT@kraken``) that exchange's copy only."""
        if (self.symbol, self.source) != (instrument.symbol, instrument.source):
            return False
        return not instrument.exchange or instrument.exchange == self.exchange


@dataclass
class CachedSeries:
    """A series read from the cache: contract frame, provenance codes and metadata.

    ``covered_start`` is the earliest time already asked of the source (at or before the
    first bar); ``head_complete`` is True once a fetch "from the earliest available" ran.
    """

    info: SeriesInfo
    frame: pd.DataFrame
    provenance: np.ndarray
    covered_start: pd.Timestamp | None
    head_complete: bool


def _stamp(ns: int, timeframe: str) -> pd.Timestamp:
    stamp = pd.Timestamp(ns, unit="ns")
    return stamp if is_daily(timeframe) else stamp.tz_localize("UTC")


def info_of(manifest: Manifest, directory: Path) -> SeriesInfo:
    key, tf = manifest.key, manifest.key.timeframe
    codes = sorted(c for c, n in manifest.provenance.items() if n > 0)
    size = sum(c.bytes for c in manifest.chunks)
    with contextlib.suppress(OSError):
        size += (directory / MANIFEST).stat().st_size
    return SeriesInfo(
        symbol=key.symbol,
        source=key.source,
        exchange=key.exchange,
        timeframe=tf,
        name=manifest.name,
        calendar=manifest.calendar,
        asset_class=manifest.asset_class,
        first=_stamp(manifest.first, tf) if manifest.rows else None,
        last=_stamp(manifest.last, tf) if manifest.rows else None,
        rows=manifest.rows,
        provenance="+".join(Provenance(c).name.lower() for c in codes) or "empty",
        fetched_at=datetime.fromisoformat(manifest.fetched_at) if manifest.fetched_at else None,
        library_version=manifest.library_version,
        size_bytes=size,
        chunks=len(manifest.chunks),
        imported_from=tuple(manifest.imported_from),
    )


def cached_of(manifest: Manifest, directory: Path, rows: Rows) -> CachedSeries:
    tf = manifest.key.timeframe
    info = info_of(manifest, directory)
    info.rows = len(rows)  # the rows actually read are the truth
    start = manifest.covered_start
    if len(rows) and (start is None or start > rows.times[0]):
        start = int(rows.times[0])
    return CachedSeries(
        info=info,
        frame=rows_to_frame(rows, tf),
        provenance=rows.codes,
        covered_start=_stamp(start, tf) if start is not None else None,
        head_complete=manifest.head_complete,
    )
