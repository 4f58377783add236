"""The equity's volume stand-in (IWM for ^RUT): one policy for the window and every command.

The proxy is the catalogue's (``Instrument.volume_proxy``) unless the user names another
(``--volume-proxy``). It comes from this run's imports or the cache and is never
fetched: a missing default proxy costs nothing (the volume pane says how to add it),
while a proxy the user named and that is not there is an error.
"""

from __future__ import annotations

from collections.abc import Mapping

from models.errors import DataError, NoDataInRange
from models.market.frames import DAILY
from models.market.instruments import Catalogue, Instrument
from models.market.series import MarketSeries


def load_volume_proxy(
    repository,
    catalogue: Catalogue,
    equity: Instrument,
    override: str = "",
    imported: Mapping[str, MarketSeries] | None = None,
) -> MarketSeries | None:
    """The volume proxy of ``equity`` (see the module docstring), or None.

    ``imported`` maps upper-case symbols to series imported this run (they win over the
    cache). Raises ``NoDataInRange`` when ``override`` names a series that is not there.
    """
    symbol = override.strip() or equity.volume_proxy
    if not symbol:
        return None
    try:
        instrument = catalogue.resolve(symbol)
    except DataError:
        if override:
            raise
        return None
    series = (imported or {}).get(instrument.symbol.upper())
    if series is None and repository is not None:
        series = repository.load(instrument, DAILY)
    if series is not None and series.rows:
        return series
    if override:
        raise NoDataInRange(
            f"The volume proxy {instrument.label} is not cached; import it "
            f"(--import {instrument.label}=FILE) or leave --volume-proxy out."
        )
    return None
