"""Breakout rule parameters: a plain dataclass, importable without numpy or pandas.

Kept apart from ``models.analysis.breakouts`` so the command line can build its options (and
``--help``) without paying for the numeric stack; see that module for why the
defaults are what they are.
"""

from __future__ import annotations

from dataclasses import dataclass

RULES: tuple[str, ...] = ("ath_drought", "n_day_high", "level")


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
