"""Each stage's turns, by the breakout rule the equity's breakouts use.

A stage turns where the equity's breakout rule (``models.analysis.breakouts``, the
user's ``BreakoutParams``: by default the first close above the all-time high after 252
sessions without one, held for 5 sessions) fires on the stage's level as the chain reads
it: an inverted stage turns at a new *low* of its spread or yield after a year without
one. So that "252 sessions" means a year on every calendar, each level is first read on
the New York sessions it spans (a weekly release holds until the next, a coin is taken
at each session date). Volume is not asked for: most stages have none (FRED series,
spreads, the indices' Yahoo volume is a sum of constituents). A breakout that failed
(closed back under the level within the hold) is not a turn; one too recent to judge
is a pending turn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.analysis.breakout_params import BreakoutParams
from models.analysis.breakouts import detect_breakouts
from models.cascade.levels import StageLevel, as_of_daily
from models.market.nyse_calendar import nyse_sessions


@dataclass(frozen=True)
class Turn:
    """One turn of a stage: the session it happened, the level it broke, and whether it is
    still within its hold (``pending``)."""

    date: pd.Timestamp
    level: float
    pending: bool = False


def on_sessions(level: pd.Series) -> pd.Series:
    """``level`` on every New York session it spans, each holding the last value known."""
    sessions = nyse_sessions(level.index[0], level.index[-1])
    return as_of_daily(level).reindex(sessions).dropna()


def stage_turns(level: StageLevel, params: BreakoutParams) -> list[Turn]:
    """The turns of ``level`` under ``params`` (volume not asked for)."""
    close = on_sessions(level.level)
    if len(close) < 3:
        return []
    frame = pd.DataFrame({"close": close, "volume": np.nan})
    events = detect_breakouts(frame, params).events
    return [Turn(e.date, e.level, e.pending) for e in events if e.confirmed or e.pending]
