"""Which cached series a maintenance command acts on (``data refresh``, ``gaps``, ``clear``).

A crypto pair without ``@EXCHANGE`` means the series the app reads: the copy of the first
exchange of the default chain that holds it. A pair pinned to an exchange
(``BTC/USDT@kraken``) means that exchange's copy only.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.market.cache.manifest import SeriesKey
from models.market.cache.summary import SeriesInfo
from models.market.instruments import Instrument


def key_matches(key: SeriesKey, instrument: Instrument | None, timeframe: str | None) -> bool:
    """True when the series ``key`` is ``instrument``'s (pinned: that exchange's copy only)
    at ``timeframe`` (None: any instrument, any timeframe)."""
    if timeframe is not None and key.timeframe != timeframe:
        return False
    if instrument is None:
        return True
    if (key.symbol, key.source) != (instrument.symbol, instrument.source):
        return False
    return not instrument.exchange or instrument.exchange == key.exchange


def instrument_of(info: SeriesInfo, resolved: Instrument | None = None) -> Instrument:
    """The instrument of a cached series, pinned to the exchange it was stored under.

    ``resolved`` is what the user typed, resolved (it keeps the catalogue's fields);
    without it the instrument is rebuilt from the series' manifest.
    """
    instrument = resolved or Instrument(
        info.symbol, info.name, info.source, info.calendar, info.asset_class
    )
    return instrument.on_exchange(info.exchange) if info.exchange else instrument


def refresh_targets(
    infos: Sequence[SeriesInfo], chosen: Sequence[Instrument], timeframe: str | None
) -> list[tuple[Instrument, str, int]]:
    """(instrument, timeframe, rows cached now) of each series a refresh should fetch.

    Nothing ``chosen``: every cached series (of ``timeframe`` when given). A chosen
    instrument with nothing cached is fetched whole (``timeframe`` or daily).
    """
    infos = [i for i in infos if timeframe in (None, i.timeframe)]
    if not chosen:
        return [(instrument_of(i), i.timeframe, i.rows) for i in infos]
    targets = []
    for instrument in chosen:
        matches = [i for i in infos if i.is_of(instrument)]
        if matches:
            targets += [(instrument_of(i, instrument), i.timeframe, i.rows) for i in matches]
        else:  # nothing cached yet: a refresh fetches the whole history
            targets.append((instrument, timeframe or "1d", 0))
    return targets


def served_copies(
    infos: Sequence[SeriesInfo], chosen: Sequence[Instrument], chain: Sequence[str]
) -> list[SeriesInfo]:
    """The cached series the chosen instruments name (see the module docstring); of an
    unpinned pair cached on exchanges outside ``chain``, the first cached."""
    keep = []
    for info in infos:
        if not info.exchange or any(c.exchange and info.is_of(c) for c in chosen):
            keep.append(info)
            continue
        rivals = [
            i.exchange
            for i in infos
            if (i.symbol, i.source, i.timeframe) == (info.symbol, info.source, info.timeframe)
        ]
        ranked = sorted(rivals, key=lambda ex: chain.index(ex) if ex in chain else len(chain))
        if ranked[0] == info.exchange:
            keep.append(info)
    return keep
