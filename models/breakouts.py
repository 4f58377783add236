"""Breakout detection on an equity index: rules, volume confirmation, hold, bands.

Why the defaults are what they are (``BreakoutParams()``):

* ``rule="ath_drought"``, ``drought_sessions=252``: the thesis is about an index that
  has gone a year (252 sessions) without a record and then breaks its old high. A
  shorter drought turns every leg of a bull market into an "event"; a longer one
  misses breakouts such as November 2016 (17 months after the June 2015 record).
  On the Russell 2000 since 2000 this gives 2004, 2013, 2016, 2020 and 2025: the
  cycles the thesis cites plus a handful of others.
* ``n_days=252``, ``min_pct=1.0`` for the N-day-high rule: a one-year high cleared by
  1% filters out closes that only touch the old high.
* ``volume_mult=1.5`` over a ``volume_avg_sessions=50`` average, within
  ``volume_window=3`` sessions from the breakout: "real volume" is a day well above
  the recent norm; three sessions allow for a breakout that the crowd joins a day late.
* ``hold_sessions=5``: a close above the level for a full trading week separates a
  breakout from a one-day poke above it.
* ``cooldown_sessions=63`` (a quarter): signals closer than that are one event.
* ``band_margin_pct=5.0``, ``band_horizon_sessions=252``: the run ends when the index
  falls 5% below the level it broke (noise is smaller) or after a year.

Index volume from Yahoo can be missing or zero. Where the equity's own volume is
missing or zero around an event, a proxy (IWM for the Russell 2000) is used when
given, and every event says which volume it used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

RULES: tuple[str, ...] = ("ath_drought", "n_day_high", "level")

#: ``volume_source`` when no usable volume exists for an event
NO_VOLUME = "none"
#: ``volume_source`` when the equity's own volume was used
OWN_VOLUME = "own"


@dataclass(frozen=True)
class BreakoutParams:
    """The rule and its parameters; see the module docstring for why the defaults.

    ``rule`` is ``ath_drought`` (first close above the prior all-time high after at
    least ``drought_sessions`` without one), ``n_day_high`` (close above the highest
    close of the previous ``n_days`` sessions by at least ``min_pct`` percent) or
    ``level`` (close crossing above ``level``). Volume is confirmed when it reaches
    ``volume_mult`` x its ``volume_avg_sessions`` average within ``volume_window``
    sessions from the breakout. A breakout is confirmed when the close stays above
    the level for ``hold_sessions`` sessions. Signals within ``cooldown_sessions`` of
    an event merge into it. The band runs until the close falls ``band_margin_pct``
    below the level, or ``band_horizon_sessions`` sessions.
    """

    rule: str = "ath_drought"
    drought_sessions: int = 252
    n_days: int = 252
    min_pct: float = 1.0
    level: float | None = None
    volume_mult: float = 1.5
    volume_window: int = 3
    volume_avg_sessions: int = 50
    hold_sessions: int = 5
    cooldown_sessions: int = 63
    band_margin_pct: float = 5.0
    band_horizon_sessions: int = 252


@dataclass(frozen=True)
class BreakoutEvent:
    """One breakout: when, by which rule, above which level, and how it went.

    ``volume_ratio`` is the highest volume / average in the confirmation window (NaN
    when no usable volume); ``volume_source`` names the volume used (``own``, the
    proxy's label, or ``none``). ``confirmed`` is False for a failed breakout and
    for one too recent to judge, which has ``pending`` True. ``band_start`` and
    ``band_end`` delimit the run for the chart to shade.
    """

    date: pd.Timestamp
    rule: str
    level: float
    close: float
    volume_ratio: float
    volume_source: str
    volume_confirmed: bool
    confirmed: bool
    band_start: pd.Timestamp
    band_end: pd.Timestamp
    pending: bool = False
    merged_signals: int = 1


@dataclass
class BreakoutResult:
    """The events plus the lines the chart draws beside them.

    ``ath`` is the running all-time-high close; ``volume_threshold`` is
    ``volume_mult`` x the average of the volume used (own or proxy) on each session;
    ``volume`` that volume itself; ``volume_source`` names it (``own``, the proxy
    label, ``mixed`` or ``none``).
    """

    events: list[BreakoutEvent]
    volume_source: str
    ath: pd.Series
    volume_threshold: pd.Series
    params: BreakoutParams
    volume: pd.Series = field(default_factory=lambda: pd.Series(dtype="float64"))
