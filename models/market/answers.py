"""What a source's answer may bring into the cache, and what the user is told about it.

The repository asks; this module judges the answer: a bar that breaks a rule of
``models.market.bar_checks`` makes the whole answer a ``BadResponse`` (nothing of it is
cached), the pages a failed fetch delivered are kept only when every bar is sound and the
serving exchange is known, and the notices of a fetch (gaps, a fallback, a short history)
are attributed to the instrument.
"""

from __future__ import annotations

import pandas as pd

from models.errors import BadResponse, DataError, RegionBlocked
from models.market.bar_checks import first_bad_bar, needs_positive
from models.market.cache.manifest import SeriesKey
from models.market.frames import conform
from models.market.instruments import CCXT, Instrument
from models.market.sources.base import FetchResult
from models.notices import FUTURE_IGNORED, GAP, PARTIAL_KEPT, PARTIAL_LOST, Notice
from models.units import count


def refuse_bad_bars(instrument: Instrument, frame: pd.DataFrame, timeframe: str, where: str):
    """Raise ``BadResponse`` when a bar of ``frame`` (a source's answer) cannot be right."""
    positive = needs_positive(instrument.source)
    bad = first_bad_bar(frame, instrument.calendar, timeframe, positive=positive)
    if bad is not None:
        raise BadResponse(
            f"{where} sent a bar of {instrument.label} that cannot be right "
            f"({bad.describe()}); nothing of that answer was saved. Try again later."
        )


def partial_to_keep(
    instrument: Instrument, timeframe: str, key: SeriesKey | None, err: DataError
) -> tuple[SeriesKey | None, pd.DataFrame | None, Notice | None]:
    """Where and what to save of the bars a failed fetch delivered (``err.partial``),
    and the notice to give: (key, frame, notice); key and frame are None when nothing
    is to be kept."""
    if err.partial is None or not len(err.partial):
        return None, None, None
    label = instrument.label
    if key is None:
        exchange = getattr(err, "exchange", "") or instrument.exchange
        if instrument.source == CCXT and not exchange:
            text = (
                f"{len(err.partial)} bars of {label} fetched before the failure "
                "were not kept: the exchange that served them is unknown."
            )
            return None, None, Notice(PARTIAL_LOST, label, text)
        key = SeriesKey(instrument.source, exchange, instrument.symbol, timeframe)
    partial = conform(err.partial, timeframe)
    positive = needs_positive(instrument.source)
    if first_bad_bar(partial, instrument.calendar, timeframe, positive=positive) is not None:
        text = (
            f"{len(partial)} bars of {label} fetched before the failure were not kept: "
            "one of them cannot be right."
        )
        return None, None, Notice(PARTIAL_LOST, label, text)
    first, last = partial.index[0], partial.index[-1]
    where = f" from {getattr(err, 'exchange', '')}" if getattr(err, "exchange", "") else ""
    text = (
        f"Kept {len(partial)} bars of {label}{where} fetched before the failure "
        f"({_day(first)} .. {_day(last)}): {err}"
    )
    details = (("count", str(len(partial))), ("first", _day(first)), ("last", _day(last)))
    return key, partial, Notice(PARTIAL_KEPT, label, text, details)


def fetch_notices(instrument: Instrument, result: FetchResult) -> list[Notice]:
    """What to tell about a fetch's answer, attributed to ``instrument``."""
    notices = [n.about(instrument.label) for n in result.notices]
    if result.gaps:
        lo, hi = result.gaps[0]
        text = f"{count(len(result.gaps), 'gap')} in the fetched bars, the first {lo} – {hi}"
        details = (("count", str(len(result.gaps))), ("first", str(lo)))
        notices.append(Notice(GAP, instrument.label, text, details))
    return notices


def future_notice(instrument: Instrument, dropped: int) -> Notice:
    """Cached bars dated after today are ignored (see ``spans.without_future``)."""
    text = (
        f"{count(dropped, 'cached bar')} of {instrument.label} dated after today "
        "(imported before dates were checked) are ignored; clear the series and "
        "import a corrected file to remove them."
    )
    return Notice(FUTURE_IGNORED, instrument.label, text, (("count", str(dropped)),))


def _day(stamp: pd.Timestamp) -> str:
    if stamp.tzinfo is None and stamp == stamp.normalize():
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%d %H:%M UTC")


def with_venue_hint(label: str, venue: str, err: RegionBlocked) -> RegionBlocked:
    """A 451 for a pair cached from ``venue`` (so refreshed from it alone, though the user
    pinned no exchange) says how to go on from another: clear the cached copy, or pin one."""
    return RegionBlocked(
        f"{str(err).rstrip('.')}. {label} is cached from {venue}, so it is refreshed from "
        f"{venue} only; to continue from another exchange, clear that copy ('data clear "
        f"{label}', or the cache dialog) or pin one, for example {label}@bybit."
    )
