"""The base rate of a breakout: how often and how much the target rose after past ones,
against every day.

The event study of the watch's target (the crypto when one is chosen, else the equity
itself) at +30, +90 and +180 calendar days, with +90 its headline horizon fixed before
looking (``models.analysis.event_study``): per horizon the N of breakouts with a
complete forward return, the share that rose and their mean, beside the share of every
day's window that rose (the unconditional baseline) with its N, and the rank placebo p.
Below 8 breakouts it is an anecdote and says so.

A New York target (the equity) is read on every calendar day, a weekend or a holiday
holding the last close: a horizon ending on a Saturday reads Friday's close, so no
breakout drops out because its horizon fell on a day without a session.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.analysis.event_study import EventStudyResult, event_study
from models.market.frames import line_frame
from models.market.instruments import ALWAYS_OPEN
from models.market.series import MarketSeries

HORIZONS: tuple[int, ...] = (30, 90, 180)
PRIMARY_HORIZON = 90
#: a calendar day holds the last session's close at most this long (a long weekend)
CARRY_DAYS = 5


@dataclass(frozen=True)
class BaseRate:
    """The target's label and its event study after the rule's breakouts."""

    target: str
    study: EventStudyResult

    @property
    def n(self) -> int:
        """Breakouts the target has data for (the N of the base rate)."""
        return self.study.n_events

    @property
    def is_anecdote(self) -> bool:
        """Fewer than 8 breakouts: an anecdote, not evidence."""
        return self.study.is_anecdote


def calendar_closes(series: MarketSeries) -> pd.DataFrame:
    """``series``' closes on every calendar day as a line frame: a 24/7 series as it is,
    a New York one with each day holding the last close (at most ``CARRY_DAYS``)."""
    close = series.frame["close"].dropna()
    if series.instrument.calendar == ALWAYS_OPEN or close.empty:
        return series.frame
    days = pd.date_range(close.index[0], close.index[-1], freq="D", name="date")
    return line_frame(close.reindex(days).ffill(limit=CARRY_DAYS).dropna())


def base_rate(target: MarketSeries, events: list, draws: int = 1000, seed: int = 0) -> BaseRate:
    """The base rate of ``events`` on ``target`` (``draws`` placebo draws, ``seed``)."""
    study = event_study(
        calendar_closes(target),
        events,
        horizons=HORIZONS,
        placebo_draws=draws,
        seed=seed,
        bootstrap_draws=0,  # the mean path's band: the watch draws the cycles one by one
        primary_horizon=PRIMARY_HORIZON,
    )
    return BaseRate(target.instrument.label, study)
