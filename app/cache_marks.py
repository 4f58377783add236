"""What the symbol picker marks as cached: each listed symbol's daily span in the cache.

A plain function of the cache report (``models.market.cache_report.CacheReport``) and the
texts the picker lists, resolved through the catalogue as a selection would be, so the
mark is on the copy the chart would read (the first exchange of the chain that has it,
or the pinned one).
"""

from __future__ import annotations

from models.errors import DataError
from models.market.cache_targets import served_copies
from models.market.instruments import Catalogue


def cached_spans(report, texts, catalogue: Catalogue) -> dict[str, tuple]:
    """``{text: (first, last, bars)}`` of every text whose daily bars are cached."""
    daily = [info for info in report.series if info.timeframe == "1d" and info.rows]
    spans = {}
    for text in texts:
        try:
            instrument = catalogue.resolve(text)
        except DataError:
            continue  # a mistyped entry is cached nowhere
        matches = [info for info in daily if info.is_of(instrument)]
        served = served_copies(matches, [instrument], catalogue.exchange_chain)
        if served:
            info = served[0]
            spans[text] = (info.first, info.last, info.rows)
    return spans
