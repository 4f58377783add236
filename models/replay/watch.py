"""The breakout watch: where a rule stands on the last bar, or as of a day.

``watch(session, params, as_of)`` cuts the session at ``as_of`` (``models.replay.as_of``)
and states, for the rule of ``params``:

* **standing**: the session judged (the last on or before the day), its close, the
  trigger for the next session (``models.analysis.breakouts.next_trigger``: the prior
  all-time high, the N-day high cleared by min_pct, the level) and how far the close is
  from it, in points and percent (0 when the rule fired on that session); whether the
  rule is armed (a drought not over yet, a close already above the level);
* **volume**: what a breakout on the next session needs under the volume rule, from the
  equity's own volume or its proxy, beside the last session's ratio;
* **last breakout**: its date, level, verdict (held, failed or pending as of the day),
  days (calendar) and sessions since, counted to the last bar known (a coin's Sunday
  when the target trades on Sundays);
* **base rate** with N (``models.replay.base_rate``) and the **fan** of past cycles with
  "you are here" and the nearest (``models.replay.cycle_fan``), on the target: the
  crypto when the session has one (the first), else the equity itself.

``rule_params`` gives the three rules with the user's other settings, so the window's
watch panel runs one ``watch`` per rule (the level rule only when a level is set).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from models.analysis.breakout_params import RULES, BreakoutParams
from models.analysis.breakouts import (
    BreakoutEvent,
    NextTrigger,
    VolumeNeed,
    next_trigger,
    next_volume_need,
    verdict,
)
from models.replay.as_of import as_of_day, session_as_of
from models.replay.base_rate import BaseRate, base_rate, calendar_closes
from models.replay.cycle_fan import CycleFan, cycle_fan
from models.session.prepared import session_breakouts
from models.session.session import Session


@dataclass(frozen=True)
class Standing:
    """Where the rule stands on ``session``: its ``close``, the ``trigger`` (the level it
    broke when it ``triggered`` on that session, else the next session's), the distance
    to it and whether the rule is armed."""

    session: pd.Timestamp
    close: float
    trigger: NextTrigger
    triggered: bool
    distance_points: float
    distance_pct: float


@dataclass(frozen=True)
class LastBreakout:
    """The last breakout on or before the day: the event, its verdict then, and the
    calendar days and sessions since it."""

    event: BreakoutEvent
    verdict: str
    days_since: int
    sessions_since: int


@dataclass(frozen=True)
class Watch:
    """Everything the watch states for one rule (see the module docstring)."""

    equity: str
    params: BreakoutParams
    as_of: pd.Timestamp | None
    last_bar: pd.Timestamp
    standing: Standing
    volume: VolumeNeed
    last_breakout: LastBreakout | None
    base_rate: BaseRate
    fan: CycleFan | None
    is_demo: bool
    volume_source: str

    @property
    def triggered(self) -> bool:
        """A breakout under the rule on the session judged."""
        return self.standing.triggered


def rule_params(params: BreakoutParams) -> list[BreakoutParams]:
    """One ``BreakoutParams`` per rule with ``params``' other settings (the level rule
    only when ``params`` has a level)."""
    return [replace(params, rule=r) for r in RULES if r != "level" or params.level]


def watch(
    session: Session,
    params: BreakoutParams,
    as_of: pd.Timestamp | None = None,
    draws: int = 1000,
    seed: int = 0,
) -> Watch:
    """The watch of ``params``' rule on ``session`` as of ``as_of`` (None: the last bar).
    Raises ``NoDataInRange`` when nothing of the equity was known by then."""
    day = None if as_of is None else as_of_day(as_of)
    if day is not None:
        session = session_as_of(session, day)
    equity = session.equity.frame.loc[session.equity.frame["close"].notna()]
    result = session_breakouts(session, params)
    sessions = pd.DatetimeIndex(equity.index)
    now = max(series.frame.index[-1] for series in session.series)  # the last bar known
    proxy = session.volume_proxy
    volume = next_volume_need(
        equity,
        params,
        None if proxy is None else proxy.frame["volume"],
        "" if proxy is None else proxy.instrument.label,
    )
    target = session.crypto[0] if session.crypto else session.equity
    closes = calendar_closes(target)["close"]
    return Watch(
        equity=session.equity.instrument.label,
        params=params,
        as_of=day,
        last_bar=now,
        standing=_standing(equity, params, result.events),
        volume=volume,
        last_breakout=_last(result.events, sessions, now),
        base_rate=base_rate(target, result.events, draws, seed),
        fan=cycle_fan(closes, result.events, now),
        is_demo=session.is_demo,
        volume_source=result.volume_source,
    )


def _standing(equity: pd.DataFrame, params: BreakoutParams, events) -> Standing:
    session = pd.Timestamp(equity.index[-1])
    close = float(equity["close"].iloc[-1])
    fired = next((e for e in events if e.date == session), None)
    if fired is not None:
        trigger = NextTrigger(float(fired.level), params.rule == "n_day_high", True, 0)
        return Standing(session, close, trigger, True, 0.0, 0.0)
    trigger = next_trigger(equity, params)
    points = trigger.level - close
    return Standing(session, close, trigger, False, points, 100.0 * points / close)


def _last(events, sessions: pd.DatetimeIndex, now: pd.Timestamp) -> LastBreakout | None:
    known = [e for e in events if e.date <= now]
    if not known:
        return None
    event = known[-1]
    after = int(np.searchsorted(sessions.values, np.datetime64(event.date), side="right"))
    return LastBreakout(event, verdict(event), int((now - event.date).days), len(sessions) - after)
