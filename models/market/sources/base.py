"""What every price source provides: ``fetch`` returning a ``FetchResult``.

Ranges are inclusive: bars whose timestamp lies in ``[start, end]``. For daily bars
``start`` and ``end`` are naive dates; for intraday bars UTC timestamps. ``None`` means
"from the earliest available" and "up to now". Sources raise ``models.errors.DataError``
subclasses only, with ``partial`` set to the bars fetched before a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

import pandas as pd

from models.market.fetch_control import FetchControl
from models.market.instruments import Instrument
from models.notices import Notice


@dataclass
class FetchResult:
    """Bars from one fetch, which exchange served them, the gaps noticed and what the
    user should be told (``notices``: a fallback exchange, a shorter history)."""

    frame: pd.DataFrame
    source: str
    exchange: str = ""
    library_version: str = ""
    fetched_at: datetime | None = None
    gaps: list[tuple[pd.Timestamp, pd.Timestamp]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


class PriceSource(Protocol):
    """A place bars come from (Yahoo, an exchange chain)."""

    name: str

    def fetch(
        self,
        instrument: Instrument,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        timeframe: str,
        control: FetchControl,
    ) -> FetchResult:
        """Fetch bars for ``instrument`` in ``[start, end]``; see the module docstring."""
        ...


def default_sources() -> dict[str, PriceSource]:
    """The real sources by name: Yahoo, the exchange chain and FRED."""
    # Imported here: yfinance and ccxt cost ~0.45 s and ~0.3 s to import.
    from models.market.sources.exchange import ExchangeSource
    from models.market.sources.fred import FredSource
    from models.market.sources.yahoo import YahooSource

    return {"yahoo": YahooSource(), "ccxt": ExchangeSource(), "fred": FredSource()}
