"""A price series with its provenance: the unit the cache, the analytics and the views share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from models.market.instruments import Instrument
from models.notices import Notice, texts

if TYPE_CHECKING:  # the cache imports this module: only the names, for annotations
    from models.market.cache.summary import SeriesInfo, SeriesKey


class Provenance(IntEnum):
    """Where a row came from; stored per row in the cache."""

    FETCHED = 0
    IMPORTED = 1
    DEMO = 2


@dataclass
class MarketSeries:
    """OHLCV bars of one instrument at one timeframe, with where they came from.

    ``frame`` obeys the contract in ``models.market.frames``. ``provenance`` holds one
    ``Provenance`` code per row. ``exchange`` names the exchange that served a ccxt
    pair (empty for Yahoo, and for a series none of whose rows an exchange served).
    ``imported_from`` names the files imported into it. ``notices`` carries what the
    user should be told
    (gaps, a corrupt cache file set aside, a failed refresh served from cache);
    ``warnings`` are their texts, for records that store plain sentences.
    """

    instrument: Instrument
    timeframe: str
    frame: pd.DataFrame
    provenance: np.ndarray
    source: str
    exchange: str = ""
    fetched_at: datetime | None = None
    library_version: str = ""
    from_cache: bool = False
    notices: list[Notice] = field(default_factory=list)
    imported_from: tuple[str, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        """The texts of ``notices`` (read-only: add a ``Notice`` to change them)."""
        return texts(self.notices)

    @property
    def is_demo(self) -> bool:
        """True when any row is synthetic demo data: every view must say DEMO."""
        return bool(len(self.provenance)) and bool((self.provenance == Provenance.DEMO).any())

    @property
    def rows(self) -> int:
        """Number of bars."""
        return len(self.frame)

    @property
    def first(self) -> pd.Timestamp | None:
        """First bar, or None when empty."""
        return self.frame.index[0] if len(self.frame) else None

    @property
    def last(self) -> pd.Timestamp | None:
        """Last bar, or None when empty."""
        return self.frame.index[-1] if len(self.frame) else None

    @property
    def origin_text(self) -> str:
        """Where the rows came from, as captions say it: 'binance via ccxt', 'imported
        from btc-usd.csv', 'yahoo + imported from rut.csv' (never an exchange that served
        no row), 'synthetic' for demo data."""
        if self.is_demo:
            return "synthetic"
        codes = set(np.unique(self.provenance).tolist())
        parts = []
        if Provenance.FETCHED in codes:
            parts.append(f"{self.exchange} via {self.source}" if self.exchange else self.source)
        if Provenance.IMPORTED in codes:
            files = ", ".join(self.imported_from)
            parts.append(f"imported from {files}" if files else "imported")
        return " + ".join(parts) or "empty"

    @property
    def provenance_summary(self) -> str:
        """'fetched', 'imported', 'demo' or a mix such as 'imported+fetched'."""
        codes = sorted({int(c) for c in np.unique(self.provenance)})
        return "+".join(Provenance(c).name.lower() for c in codes) or "empty"


def series_from(
    instrument: Instrument,
    key: SeriesKey,
    frame: pd.DataFrame,
    codes: np.ndarray,
    info: SeriesInfo,
    notices: list[Notice],
) -> MarketSeries:
    """A ``MarketSeries`` of rows held under the cache ``key`` (``info``: its summary)."""
    codes = np.asarray(codes, dtype=np.uint8)
    served = bool((codes == Provenance.FETCHED).any())  # an exchange served some rows
    return MarketSeries(
        instrument=instrument,
        timeframe=key.timeframe,
        frame=frame,
        provenance=codes,
        source=key.source,
        exchange=key.exchange if served else "",
        imported_from=info.imported_from,
        fetched_at=info.fetched_at,
        library_version=info.library_version,
        from_cache=True,
        notices=list(notices),
    )
