"""A price series with its provenance: the unit the cache, the analytics and the views share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum

import numpy as np
import pandas as pd

from models.market.instruments import Instrument
from models.notices import Notice, texts


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
    pair (empty for Yahoo). ``notices`` carries what the user should be told
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
    def provenance_summary(self) -> str:
        """'fetched', 'imported', 'demo' or a mix such as 'imported+fetched'."""
        codes = sorted({int(c) for c in np.unique(self.provenance)})
        return "+".join(Provenance(c).name.lower() for c in codes) or "empty"
