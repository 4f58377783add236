"""The cycles table: for each equity breakout, when each stage turned and where the chain broke.

One row per breakout of the anchor (the equity: ^RUT in the default chain, by the
user's rule, held or failed) and one for now. Around each, the window runs from
``lookback_days`` before the breakout to ``horizon_days`` after it (for now: the last
``lookback_days``). The stages are read in chain order: each stage's turn is its first
turn in the window on or after the turn of the stage before (the first stage: its
first turn in the window); its "days after" are counted from that earlier turn. A stage
without such a turn is shown as such, never dropped:

* ``turned``: it turned in order;
* ``before``: its only turns in the window came before the stage before turned (the
  chain ran out of order there; days after are negative);
* ``no turn``: it did not turn in the window;
* ``no data``: it has no values over the window (a coin before 2013): unknown, not a
  break, and skipped when the next stage counts its days.

The chain broke at the first stage that is ``before`` or ``no turn``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from models.cascade.levels import StageLevel
from models.cascade.turns import Turn

TURNED, BEFORE, NO_TURN, NO_DATA = "turned", "before", "no turn", "no data"
DEFAULT_LOOKBACK_DAYS = 365
DEFAULT_HORIZON_DAYS = 365


@dataclass(frozen=True)
class StageInCycle:
    """One stage in one cycle: its turn (None when it has none), days after the turn of
    the stage before (None when either has none) and its status (see module docstring)."""

    label: str
    status: str
    turned: pd.Timestamp | None = None
    days_after: int | None = None


@dataclass(frozen=True)
class Cycle:
    """One row of the table: the anchor (a breakout, or now), the window, each stage, and
    the stage where the chain broke (None: it held to the end)."""

    anchor: pd.Timestamp
    kind: str  # "breakout" or "now"
    held: bool | None
    start: pd.Timestamp
    end: pd.Timestamp
    stages: tuple[StageInCycle, ...]

    @property
    def broke_at(self) -> StageInCycle | None:
        """The first stage that turned out of order or not at all."""
        return next((s for s in self.stages if s.status in (BEFORE, NO_TURN)), None)


def cycles_table(
    levels: Sequence[StageLevel],
    turns: Sequence[Sequence[Turn]],
    anchors: Sequence[tuple[pd.Timestamp, bool]],
    now: pd.Timestamp,
    lookback_days: int = DEFAULT_LOOKBACK_DAYS,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> list[Cycle]:
    """The cycles table for ``anchors`` ((breakout date, held) pairs) and now."""
    back, ahead = pd.Timedelta(days=lookback_days), pd.Timedelta(days=horizon_days)
    rows = [
        _cycle(levels, turns, date, "breakout", held, date - back, min(date + ahead, now))
        for date, held in anchors
    ]
    rows.append(_cycle(levels, turns, now, "now", None, now - back, now))
    return rows


def _cycle(levels, turns, anchor, kind, held, start, end) -> Cycle:
    stages, since, last_turn = [], start, None
    for level, stage_turns in zip(levels, turns, strict=True):
        known = level.level[start:end]
        if known.empty:
            stages.append(StageInCycle(level.label, NO_DATA))
            continue
        inside = [t.date for t in stage_turns if start <= t.date <= end]
        after = [d for d in inside if d >= since]
        if after:
            stages.append(StageInCycle(level.label, TURNED, after[0], _days(last_turn, after[0])))
            since = last_turn = after[0]
        elif inside:
            stages.append(
                StageInCycle(level.label, BEFORE, inside[-1], _days(last_turn, inside[-1]))
            )
        else:
            stages.append(StageInCycle(level.label, NO_TURN))
    return Cycle(anchor, kind, held, start, end, tuple(stages))


def _days(earlier: pd.Timestamp | None, later: pd.Timestamp) -> int | None:
    return None if earlier is None else int((later - earlier).days)
