"""Days from each breakout until a series first reaches its target, with the misses kept.

The target depends on the series (``target_for``):

* the altseason index: at or above 75 (altcoin season), judged where 8 alts or more
  are counted;
* a basket: its return over the last 90 days above its benchmark's (BTC in the basket's
  quote; for coins priced in BTC, above zero), judged where it holds all its coins;
* a ratio (``ETH-USD / BTC-USD``) or any plain series: a close at its 90-day high (the
  highest close of the last 90 calendar days, judged from its 90th day of history).

Each breakout is followed from its date (day 0: already there counts as 0 days) for at
most ``HORIZON_DAYS`` (chosen before looking: the lag slider's reach) or until the
target's data ends; a cycle that never got there is censored at its follow-up, never
dropped. A breakout shortly before the target can be judged is followed from the first
day it can (a delayed entry, days still counted from the breakout); one whose horizon
ends before that, or that comes after the target's data, is not studied (and is listed
as such, with the reason). The durations make a Kaplan-Meier curve and a median
with its Brookmeyer-Crowley interval (``models.analysis.survival``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from models.analysis.align import day_numbers, dense_daily, lookup_days
from models.analysis.event_study import ANECDOTE_BELOW
from models.analysis.survival import MEDIAN_INTERVAL, KaplanMeier, kaplan_meier
from models.derived.closes import positive_closes, window_return
from models.derived.recipe import ALTCOIN_SEASON
from models.derived.syntax import ALTSEASON, BASKET
from models.vocabulary import LAG_LIMIT_DAYS

#: a cycle is followed this far at most; a target not reached by then is censored there
HORIZON_DAYS = LAG_LIMIT_DAYS
#: the look-back of the "90-day high" and "beating BTC over 90 days" targets, in days
TARGET_WINDOW_DAYS = 90


@dataclass(frozen=True)
class Target:
    """What a series must reach: its ``name`` and, per date where it can be judged,
    whether it is there (``met``)."""

    name: str
    met: pd.Series


@dataclass(frozen=True)
class Cycle:
    """One breakout's outcome: ``reached_on`` the first day at the target (None when
    censored), ``days`` to it or followed without it, ``studied`` False when the
    target could not be judged within the horizon. A breakout before the target can be
    judged is followed from the first day it can (``entry`` days later: a delayed entry
    in the Kaplan-Meier curve), days still counted from the breakout. ``coins`` is how many members
    a basket or the altseason index held on ``reached_on`` (a target reached by 4
    coins is not one reached by 30), None for other series."""

    date: pd.Timestamp
    confirmed: bool
    studied: bool
    reached_on: pd.Timestamp | None = None
    days: int | None = None
    coins: int | None = None
    entry: int = 0  # days after the breakout the target could first be judged
    note: str = ""  # why a cycle is not studied, or from when it was followed
    pending: bool = False  # its hold needs sessions not there yet (neither held nor failed)

    @property
    def censored(self) -> bool:
        """True when followed without reaching the target."""
        return self.studied and self.reached_on is None


@dataclass(frozen=True)
class TimeToTarget:
    """Every breakout's cycle, and the Kaplan-Meier curve of the studied ones.

    ``judged`` is the first and last day the target can be judged (None when on no day):
    what a cycle that is not studied falls outside of."""

    series: str
    target: str
    horizon_days: int
    cycles: list[Cycle]
    curve: KaplanMeier | None
    judged: tuple[pd.Timestamp, pd.Timestamp] | None = None


def target_for(series) -> Target:
    """The target of ``series`` (a ``MarketSeries``; see the module docstring).

    The altseason index is judged only where ``ANECDOTE_BELOW`` alts or more are
    counted, a basket only where it holds all its coins: a "season" of four coins, or
    a basket of the one coin that existed then, is not the thing asked about (for a
    basket, all its coins on the day and on the window's first day).
    """
    recipe = series.instrument.recipe
    kind = recipe.kind if recipe is not None else None
    close = positive_closes(series.frame["close"])
    label = series.instrument.label
    coins = getattr(series, "coins", None)
    if kind == ALTSEASON:
        name = f"{label} at or above {ALTCOIN_SEASON:.0f} (where {ANECDOTE_BELOW}+ alts count)"
        return Target(name, _where(close >= ALTCOIN_SEASON, coins >= ANECDOTE_BELOW))
    if kind != BASKET:
        return Target(f"{label} at a {TARGET_WINDOW_DAYS}-day high", _at_window_high(close))
    full = _full_over_window(coins, len(recipe.members))
    benchmark = series.inputs.get(recipe.benchmark) if recipe.benchmark is not None else None
    if benchmark is None and recipe.benchmark is not None:
        name = f"{label} at a {TARGET_WINDOW_DAYS}-day high ({recipe.benchmark.label} not loaded)"
        return Target(name, _where(_at_window_high(close), full))
    other = positive_closes(benchmark.frame["close"]) if benchmark is not None else None
    if other is None:  # coins priced in BTC: beating BTC is rising
        other, beaten = pd.Series(1.0, index=close.index), "zero"
    else:
        beaten = benchmark.instrument.label
    name = f"{label} beating {beaten} over {TARGET_WINDOW_DAYS} days (where all its coins trade)"
    return Target(name, _where(_beating(close, other), full))


def time_to_target(
    series, events, horizon_days: int = HORIZON_DAYS, target: Target | None = None
) -> TimeToTarget:
    """Each breakout of ``events`` (``BreakoutEvent``s) followed to ``series``' target."""
    target = target or target_for(series)
    coins = getattr(series, "coins", None)
    cycles = [_with_coins(_cycle(target.met, e, horizon_days), coins) for e in events]
    studied = [c for c in cycles if c.studied]
    curve = None
    if studied:
        reached = [not c.censored for c in studied]
        curve = kaplan_meier([c.days for c in studied], reached, entry=[c.entry for c in studied])
    met = target.met
    judged = (met.index[0], met.index[-1]) if len(met) else None
    return TimeToTarget(series.instrument.label, target.name, horizon_days, cycles, curve, judged)


def time_to_target_record(result: TimeToTarget, caveats=()) -> dict:
    """``result`` as plain data (``leadlag --json``'s ``time_to_target``; fields in the
    README). Dates are ``YYYY-MM-DD``; durations in days, None when not reached."""
    curve = result.curve
    studied = [c for c in result.cycles if c.studied]
    return {
        "series": result.series,
        "target": result.target,
        "horizon_days": result.horizon_days,
        "n_cycles": len(studied),
        "n_reached": sum(not c.censored for c in studied),
        "n_censored": sum(c.censored for c in studied),
        "n_delayed": sum(c.entry > 0 for c in studied),
        "n_not_studied": len(result.cycles) - len(studied),
        "anecdote": curve is None or curve.is_anecdote,
        "cycles": [_cycle_row(c) for c in result.cycles],
        "kaplan_meier": _curve_rows(curve),
        "median_days": curve.median if curve else None,
        "median_ci_low_days": curve.median_low if curve else None,
        "median_ci_high_days": curve.median_high if curve else None,
        "median_ci_level": curve.confidence if curve else None,
        "median_interval": MEDIAN_INTERVAL,
        "caveats": [str(c) for c in caveats],
    }


def _cycle(met: pd.Series, event, horizon_days: int) -> Cycle:
    return replace(
        _followed(met, event, horizon_days), pending=bool(getattr(event, "pending", False))
    )


def _followed(met: pd.Series, event, horizon_days: int) -> Cycle:
    start = pd.Timestamp(event.date).normalize()
    confirmed = bool(event.confirmed)
    if met.empty:
        return Cycle(start, confirmed, False, note="the target cannot be judged on any day")
    first, last = met.index[0], met.index[-1]
    end = start + pd.Timedelta(days=horizon_days)
    if first >= end or start > last:  # judged from its horizon's end on: nothing to follow
        note = f"the target can be judged from {first:%Y-%m-%d} to {last:%Y-%m-%d} only"
        return Cycle(start, confirmed, False, note=note)
    entry = max(0, int((first - start).days))
    note = f"followed from {first:%Y-%m-%d}, when the target can first be judged" if entry else ""
    follow = met[(met.index >= start) & (met.index <= end)]
    hits = follow.index[follow.to_numpy()]
    if len(hits):
        days = int((hits[0] - start).days)
        return Cycle(start, confirmed, True, hits[0], days, entry=entry, note=note)
    followed = min(horizon_days, int((last - start).days))
    return Cycle(start, confirmed, True, None, followed, entry=entry, note=note)


def _full_over_window(coins: pd.Series, members: int) -> pd.Series:
    """True where the basket held all ``members`` on the day and the window's first day."""
    days = day_numbers(pd.DatetimeIndex(coins.index))
    day0, grid = dense_daily(coins.astype("float64"))
    before = lookup_days(day0, grid, days - TARGET_WINDOW_DAYS)
    return pd.Series((coins.to_numpy() >= members) & (before >= members), index=coins.index)


def _where(met: pd.Series, judged: pd.Series) -> pd.Series:
    """``met`` on the dates ``judged`` allows (both on the series' dates)."""
    return met[judged.reindex(met.index, fill_value=False).to_numpy()]


def _with_coins(cycle: Cycle, coins: pd.Series | None) -> Cycle:
    if coins is None or cycle.reached_on is None or cycle.reached_on not in coins.index:
        return cycle
    return replace(cycle, coins=int(coins[cycle.reached_on]))


def _at_window_high(close: pd.Series) -> pd.Series:
    """True where the close is the highest of the last ``TARGET_WINDOW_DAYS`` days."""
    if close.empty:
        return close.astype(bool)
    high = close.rolling(f"{TARGET_WINDOW_DAYS}D").max()
    judged = close.index >= close.index[0] + pd.Timedelta(days=TARGET_WINDOW_DAYS - 1)
    return (close >= high)[judged]


def _beating(close: pd.Series, benchmark: pd.Series) -> pd.Series:
    """True where ``close`` rose more than ``benchmark`` over the window (both there)."""
    days = day_numbers(pd.DatetimeIndex(close.index))
    own = window_return(close, days, TARGET_WINDOW_DAYS)
    other = window_return(benchmark, days, TARGET_WINDOW_DAYS)
    judged = np.isfinite(own) & np.isfinite(other)
    return pd.Series(own > other, index=close.index)[judged]


def _cycle_row(cycle: Cycle) -> dict:
    return {
        "date": f"{cycle.date:%Y-%m-%d}",
        "confirmed": cycle.confirmed,
        "pending": cycle.pending,
        "studied": cycle.studied,
        "reached": cycle.studied and not cycle.censored,
        "reached_on": f"{cycle.reached_on:%Y-%m-%d}" if cycle.reached_on is not None else None,
        "days": cycle.days,
        "censored": cycle.censored,
        "coins": cycle.coins,
        "entry_days": cycle.entry,
        "note": cycle.note,
    }


def _curve_rows(curve: KaplanMeier | None) -> list[dict]:
    if curve is None:
        return []
    return [
        {"days": float(t), "at_risk": int(n), "reached": int(d), "survival": float(s),
         "std_error": float(e)}
        for t, n, d, s, e in zip(
            curve.times, curve.at_risk, curve.reached, curve.survival, curve.std_error,
            strict=True,
        )
    ]  # fmt: skip
