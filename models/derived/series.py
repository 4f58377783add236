"""A derived series computed from loaded inputs: ``derive`` and ``DerivedSeries``.

Nothing derived is cached: the loaders load the inputs (``plain_inputs``) and call
``derive`` each time, so a derived series follows its inputs whenever they change.
A derived series is a line: its frame's open, high and low repeat the close, and its
volume is empty (NaN). Its ``source`` says what it was derived from, its per-row
``provenance`` is the strongest of its inputs' on that date (demo over imported over
fetched), so a DEMO input makes it DEMO.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.cascade.netliq import net_liquidity
from models.derived.altseason import altseason_index
from models.derived.basket import basket_level
from models.derived.ratio import ratio_closes
from models.derived.recipe import DERIVED
from models.derived.syntax import ALTSEASON, BASKET, NETLIQ, RATIO
from models.derived.universe import survivorship_text
from models.errors import NoDataInRange
from models.market.frames import line_frame
from models.market.instruments import Instrument
from models.market.series import MarketSeries
from models.notices import INPUTS_MISSING, SURVIVORSHIP, Notice
from models.units import count


@dataclass
class DerivedSeries(MarketSeries):
    """A ``MarketSeries`` computed from others.

    ``inputs`` holds the plain series it was computed from (by instrument); ``coins``
    the number of members behind each date (a basket's coins, the alts the altseason
    index counted), None for a ratio; ``caveats`` the notices about the derived series
    itself (survivorship, alts without bars), which ``notices`` also holds after the
    inputs' own.
    """

    inputs: dict[Instrument, MarketSeries] = field(default_factory=dict)
    coins: pd.Series | None = None
    caveats: list[Notice] = field(default_factory=list)


def plain_inputs(instruments: Iterable[Instrument]) -> list[Instrument]:
    """``instruments`` with each derived one replaced by the plain instruments it is
    computed from (a ratio of a basket by the basket's coins), each once, in order."""
    out: list[Instrument] = []
    for instrument in instruments:
        leaves = plain_inputs(instrument.inputs) if instrument.is_derived else [instrument]
        out.extend(leaf for leaf in leaves if leaf not in out)
    return out


def required_inputs(instrument: Instrument) -> list[Instrument]:
    """The plain inputs without which ``instrument`` cannot be computed (the altseason
    index can do without some alts, nothing without its benchmark)."""
    if not instrument.is_derived:
        return [instrument]
    return plain_inputs(_flatten(required_inputs(i) for i in instrument.recipe.required))


def derive(instrument: Instrument, available: Mapping[Instrument, MarketSeries]) -> DerivedSeries:
    """``instrument``'s series from the ``available`` plain series (by instrument).

    Raises ``NoDataInRange`` naming the required inputs that are missing, or saying that
    the inputs share no dates.
    """
    missing = [i for i in required_inputs(instrument) if not _has(available, i)]
    if missing:
        names = ", ".join(i.label for i in missing)
        verb = "is" if len(missing) == 1 else "are"
        raise NoDataInRange(f"{instrument.label} needs {names}, which {verb} not loaded.")
    close, coins, caveats = _computed(instrument, available)
    if close.empty:
        raise NoDataInRange(f"{instrument.label}: its inputs share no dates with prices.")
    used = {i: available[i] for i in plain_inputs([instrument]) if _has(available, i)}
    return _series(instrument, close, coins, used, caveats)


def _computed(instrument: Instrument, available) -> tuple[pd.Series, pd.Series | None, list]:
    recipe = instrument.recipe
    if recipe.kind == RATIO:
        numerator, denominator = (_close(m, available) for m in recipe.members)
        return ratio_closes(numerator, denominator), None, []
    if recipe.kind == BASKET:
        close, coins = basket_level([_close(m, available) for m in recipe.members])
        return close, coins, []
    if recipe.kind == ALTSEASON:
        return _altseason(instrument, available)
    if recipe.kind == NETLIQ:
        return net_liquidity(*(_close(m, available) for m in recipe.members)), None, []
    raise ValueError(f"unknown derived kind {recipe.kind!r}")


def _altseason(instrument: Instrument, available) -> tuple[pd.Series, pd.Series, list]:
    recipe = instrument.recipe
    present = [m for m in recipe.members if _has(available, m)]
    absent = [m for m in recipe.members if m not in present]
    alts = [_close(m, available) for m in present]
    close, coins = altseason_index(_close(recipe.benchmark, available), alts, recipe.window_days)
    label = instrument.label
    short = label if len(label) <= 40 else f"{ALTSEASON} ({len(recipe.members)} alts)"
    size = len(recipe.members)
    text = survivorship_text(short, size, coins)
    caveats = [Notice(SURVIVORSHIP, label, text, (("size", str(size)),))]
    if absent:
        names = ", ".join(m.label for m in absent[:8]) + (" ..." if len(absent) > 8 else "")
        text = (
            f"{short}: {count(len(absent), 'alt')} of {size} "
            f"without bars ({names}); the index counts the others."
        )
        details = (("count", str(len(absent))), ("size", str(size)), ("names", names))
        caveats.append(Notice(INPUTS_MISSING, label, text, details))
    return close, coins, caveats


def _close(instrument: Instrument, available) -> pd.Series:
    if instrument.is_derived:
        return derive(instrument, available).frame["close"]
    return available[instrument].frame["close"]


def _has(available, instrument: Instrument) -> bool:
    if instrument.is_derived:
        return all(_has(available, i) for i in required_inputs(instrument))
    series = available.get(instrument)
    return series is not None and series.rows > 0


def _series(instrument, close: pd.Series, coins, used: dict, caveats: list) -> DerivedSeries:
    frame = line_frame(close)
    dates = frame.index
    inherited = _unique(n for s in used.values() for n in s.notices)
    stamps = [s.fetched_at for s in used.values() if s.fetched_at is not None]
    return DerivedSeries(
        instrument=instrument,
        timeframe="1d",
        frame=frame,
        provenance=_provenance(dates, used.values()),
        source=_derivation(instrument, used),
        fetched_at=min(stamps) if stamps else None,  # as old as its oldest input
        from_cache=all(s.from_cache for s in used.values()),
        notices=[*inherited, *caveats],
        inputs=used,
        coins=None if coins is None else coins.reindex(dates).astype("int64"),
        caveats=list(caveats),
    )


def _provenance(dates: pd.DatetimeIndex, inputs) -> np.ndarray:
    """Per date, the strongest provenance code of the inputs' bars on that date."""
    codes = np.zeros(len(dates), dtype=np.uint8)
    for series in inputs:
        rows = dates.get_indexer(series.frame.index)
        inside = rows >= 0
        np.maximum.at(codes, rows[inside], np.asarray(series.provenance)[inside])
    return codes


def _derivation(instrument: Instrument, used: dict) -> str:
    """``derived from ETH/USDT (binance), BTC/USDT (binance)``; a basket names its coins
    (and the BTC its target compares with), the altseason index its benchmark and the
    number of its alts (``derived from BTC-USD and 28 alts (yahoo)``)."""
    recipe = instrument.recipe
    alts = [s for i, s in used.items() if i != recipe.benchmark]
    if recipe.kind in (RATIO, NETLIQ):
        return f"{DERIVED} from {', '.join(_where(s) for s in used.values())}"
    if recipe.kind == BASKET:
        versus = f" (its target: beating {recipe.benchmark.label})" if recipe.benchmark else ""
        return f"{DERIVED} from {', '.join(_where(s) for s in alts)}{versus}"
    sources = ", ".join(sorted({s.exchange or s.source for s in alts}))
    benchmark = _where(used[recipe.benchmark])
    return f"{DERIVED} from {benchmark} and {count(len(alts), 'alt')} ({sources})"


def _where(series: MarketSeries) -> str:
    return series.instrument.label + (f" ({series.exchange})" if series.exchange else "")


def _unique(notices) -> list[Notice]:
    out: list[Notice] = []
    for notice in notices:
        if notice not in out:
            out.append(notice)
    return out


def _flatten(groups) -> list:
    return [item for group in groups for item in group]
