"""The altseason breadth index: the share of a universe of alts beating BTC over a window.

As the public "altcoin season index" defines it: on each day, the percentage (0-100)
of the universe's alts whose return over the last ``window`` calendar days (90 by
default) is higher than BTC's over the same days; 75 and above is altcoin season, 25 and
below bitcoin season. Only alts with a close on the day and ``window`` days before count
that day, so the universe's size changes with the coins' histories; the count is
carried with the index (``coins``) and must be read with it: a universe picked today
flatters the past (``models.derived.universe``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.analysis.align import day_numbers
from models.derived.closes import positive_closes, window_return
from models.derived.recipe import ALTCOIN_SEASON, BITCOIN_SEASON

ALTCOIN = "altcoin season"
BITCOIN = "bitcoin season"
NEITHER = "neither"


def altseason_index(
    benchmark: pd.Series, alts: Sequence[pd.Series], window_days: int
) -> tuple[pd.Series, pd.Series]:
    """The index (0-100) and the number of alts counted, on the benchmark's dates where
    BTC and at least one alt have a return over ``window_days``."""
    bench = positive_closes(benchmark)
    days = day_numbers(pd.DatetimeIndex(bench.index))
    bench_return = window_return(bench, days, window_days)
    beating = np.zeros(len(days), dtype=np.int64)
    counted = np.zeros(len(days), dtype=np.int64)
    for alt in alts:
        alt_return = window_return(positive_closes(alt), days, window_days)
        usable = np.isfinite(alt_return) & np.isfinite(bench_return)
        counted += usable
        beating += usable & (alt_return > bench_return)
    keep = counted > 0
    dates = pd.DatetimeIndex(bench.index[keep], name="date")
    index = 100.0 * beating[keep] / counted[keep]
    coins = pd.Series(counted[keep], index=dates, name="coins")
    return pd.Series(index, index=dates, name="close"), coins


def season_of(value: float) -> str:
    """``altcoin season`` (>= 75), ``bitcoin season`` (<= 25) or ``neither``."""
    if value >= ALTCOIN_SEASON:
        return ALTCOIN
    return BITCOIN if value <= BITCOIN_SEASON else NEITHER


@dataclass(frozen=True)
class SeasonRun:
    """Consecutive days in altcoin season: first and last day, length, peak and the
    fewest alts counted during it."""

    start: pd.Timestamp
    end: pd.Timestamp
    days: int
    peak: float
    fewest_coins: int


def season_runs(
    index: pd.Series, coins: pd.Series, min_days: int = 7, bridge_days: int = 7
) -> list[SeasonRun]:
    """The stretches of altcoin season (index >= 75): runs closer than ``bridge_days``
    are joined, and runs shorter than ``min_days`` (first to last day) are left out."""
    inside = index[index.to_numpy() >= ALTCOIN_SEASON]
    if inside.empty:
        return []
    stamps = pd.DatetimeIndex(inside.index)
    breaks = np.flatnonzero(np.diff(day_numbers(stamps)) > bridge_days)
    starts, ends = np.r_[0, breaks + 1], np.r_[breaks, len(stamps) - 1]
    runs = []
    for first, last in zip(starts, ends, strict=True):
        start, end = stamps[first], stamps[last]
        days = int((end - start).days) + 1
        if days < min_days:
            continue
        span = slice(start, end)
        runs.append(SeasonRun(start, end, days, float(index[span].max()), int(coins[span].min())))
    return runs
