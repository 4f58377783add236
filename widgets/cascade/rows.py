"""What the cascade's views draw: plain data, filled by a presenter.

``StripRow`` is one row of the strip; ``ChainRow`` one line of the chain table (a hop, the
sum of the hops or the direct first-to-last hop); ``CycleColumn`` one cycle of the cycles
table (a breakout of the anchor, or now) with a ``CycleCell`` per stage. Numbers stay
numbers here: the tables write them in the UI locale.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

#: the kinds of line in the chain table
HOP, SUM, DIRECT = "hop", "sum", "direct"


@dataclass(frozen=True)
class StripRow:
    """One stage's row: its label, x (days since 1970) with the normalised values (±3,
    NaN where none), the x of its turns and which of them are still pending."""

    label: str
    x: np.ndarray
    values: np.ndarray
    turns: np.ndarray = field(default_factory=lambda: np.empty(0))
    pending: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))


@dataclass(frozen=True)
class ChainRow:
    """One line of the chain table: ``kind`` (``HOP``, ``SUM``, ``DIRECT``), the stages it
    goes from and to (names in the UI language), the lead in days and its interval
    ``(low, high)`` (None: no figure), the windowed p from ``draws`` draws, N, the
    correlation at the lead, ``note`` (why there are no figures) and ``detail`` (how the
    hop was aligned, for the tooltip)."""

    kind: str
    leader: str
    follower: str
    lag_days: int | None
    interval: tuple[int, int] | None
    p_value: float = float("nan")
    draws: int = 0
    n: int = 0
    correlation: float = float("nan")
    note: str = ""
    detail: str = ""


@dataclass(frozen=True)
class CycleCell:
    """One stage in one cycle: its status (``models.cascade.cycles``: turned, before, no
    turn, no data), the day it turned and its days after the stage before."""

    status: str
    turned: pd.Timestamp | None = None
    days_after: int | None = None


@dataclass(frozen=True)
class CycleColumn:
    """One cycle: its anchor (a breakout date, or the last date for now), ``kind``
    ("breakout" or "now"), whether the breakout held, the window searched, a cell per
    stage in chain order and the position of the stage where the chain broke (None: it
    held to the end)."""

    anchor: pd.Timestamp
    kind: str
    held: bool | None
    start: pd.Timestamp
    end: pd.Timestamp
    cells: tuple[CycleCell, ...]
    broke_at: int | None = None
