"""A synthetic chain with planted leads: ``--demo`` for the cascade, and the tests' truth.

``planted_chain`` draws one latent log-return a calendar day per stage. Stage 0's are
independent normals; stage ``i``'s are ``beta`` times stage ``i-1``'s of ``leads[i-1]``
days earlier plus independent noise, so the correlation of a stage's daily move with its
leader's move ``lead`` days before is ``beta`` (0: independent stages). Each stage is
then seen on its own calendar: ``weekly`` (Fridays, as a weekly release is dated),
``sessions`` (New York sessions: a return over a weekend holds the weekend's moves) or
``daily`` (every UTC day).

``demo_chain`` is the default chain of eight stages made that way, each series marked
DEMO (``Provenance.DEMO``), with leads ``DEMO_LEADS`` between the stages and a slow
four-year wave (``DEMO_CYCLE``) that reaches each stage its cumulative lead later, so the
stages break out, one after another, a few times.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from models.cascade.levels import DAILY, SESSIONS, WEEKLY
from models.cascade.stages import DEFAULT_CHAIN, Stage
from models.market.demo import DEMO_SOURCE, DEMO_WARNING
from models.market.frames import line_frame
from models.market.instruments import ALWAYS_OPEN, NYSE, Instrument
from models.market.nyse_calendar import nyse_sessions
from models.market.series import MarketSeries, Provenance
from models.notices import DEMO, Notice

#: the demo's planted leads between consecutive default stages, in days
DEMO_LEADS: tuple[int, ...] = (7, 14, 10, 21, 30, 14, 20)
#: the calendar each default stage is seen on in the demo
DEMO_CALENDARS: tuple[str, ...] = (
    WEEKLY,
    SESSIONS,
    SESSIONS,
    SESSIONS,
    SESSIONS,
    DAILY,
    DAILY,
    DAILY,
)
DEMO_START = pd.Timestamp("2012-01-02")
DEMO_DAYS = 5000
DAILY_VOLATILITY = 0.01
#: the demo's slow wave: amplitude of the log level, period in days, rise per period
DEMO_CYCLE = (0.5, 1461, 0.6)


def planted_chain(
    leads: Sequence[int],
    calendars: Sequence[str],
    days: int = 2400,
    beta: float = 0.5,
    seed: int = 0,
    start: pd.Timestamp | str = "2015-01-02",
    cycle: tuple[float, int, float] = (0.0, 1, 0.0),
) -> list[pd.Series]:
    """One level series per stage (``len(leads) + 1`` of them), each on its calendar.

    ``cycle`` = (amplitude, period in days, rise per period) adds a slow rising wave to
    the log levels, reaching each stage its cumulative lead later, so the stages turn in
    order (the demo's cycles); the default adds nothing."""
    if len(calendars) != len(leads) + 1:
        raise ValueError("one calendar per stage: len(leads) + 1")
    rng = np.random.default_rng(seed)
    burn = int(sum(leads)) + 1
    moves = [rng.normal(0.0, DAILY_VOLATILITY, days + burn)]
    for lead in leads:
        earlier = np.roll(moves[-1], int(lead))
        noise = rng.normal(0.0, DAILY_VOLATILITY, days + burn)
        moves.append(beta * earlier + np.sqrt(1.0 - beta**2) * noise)
    dates = pd.date_range(pd.Timestamp(start), periods=days, freq="D", name="date")
    amplitude, period, rise = cycle
    shifts = np.concatenate([[0], np.cumsum(leads)])
    phase = [(np.arange(days) - s) / period for s in shifts]
    waves = [amplitude * np.sin(2 * np.pi * p) + rise * p for p in phase]
    levels = [
        pd.Series(100.0 * np.exp(np.cumsum(m[burn:]) + wave), index=dates)
        for m, wave in zip(moves, waves, strict=True)
    ]
    return [_seen_on(level, calendar) for level, calendar in zip(levels, calendars, strict=True)]


def _seen_on(level: pd.Series, calendar: str) -> pd.Series:
    if calendar == DAILY:
        return level
    if calendar == SESSIONS:
        return level.reindex(nyse_sessions(level.index[0], level.index[-1]))
    if calendar == WEEKLY:
        return level[level.index.day_of_week == 4]
    raise ValueError(f"unknown calendar {calendar!r}")


def demo_chain(
    stages: Sequence[Stage] = DEFAULT_CHAIN, seed: int = 7
) -> list[tuple[Stage, MarketSeries]]:
    """The default chain as DEMO series with the planted ``DEMO_LEADS``; ``stages`` picks
    some of them in another order (a stage the demo lacks raises ``KeyError``)."""
    levels = planted_chain(
        DEMO_LEADS, DEMO_CALENDARS, DEMO_DAYS, 0.45, seed, DEMO_START, DEMO_CYCLE
    )
    by_symbol = {
        s.symbol.upper(): (s, level) for s, level in zip(DEFAULT_CHAIN, levels, strict=True)
    }
    picked = []
    for stage in stages:
        known, level = by_symbol[stage.symbol.upper()]
        shown = 1.0 / level if known.inverted else level  # the chain turns it back
        picked.append((stage, _demo_series(known, shown)))
    return picked


def _demo_series(stage: Stage, level: pd.Series) -> MarketSeries:
    weekend = (level.index.day_of_week >= 5).any()
    instrument = Instrument(
        f"DEMO {stage.symbol}",
        f"{stage.role or stage.symbol} (DEMO)",
        DEMO_SOURCE,
        ALWAYS_OPEN if weekend else NYSE,
        "demo",
    )
    return MarketSeries(
        instrument=instrument,
        timeframe="1d",
        frame=line_frame(level),
        provenance=np.full(len(level), int(Provenance.DEMO), dtype=np.uint8),
        source=DEMO_SOURCE,
        notices=[Notice(DEMO, instrument.label, DEMO_WARNING)],
    )
