"""The placebo test of an event study: the events' forward returns against random dates.

The statistic is the **mean percentile rank** of the events' forward returns among the
forward returns of every day of the pool (the days the crypto has a complete return
over the horizon): each event counts between 0 and 1, so no single event, a +300% run
in 2017 say, can carry the result. Under no effect the events are like random pool
days and the mean rank is near 0.5. Its null is the mean rank of as many days drawn
at random from the pool; the one-sided p is the share of draws reaching the events'
mean rank (add-one).

The same uniform numbers pick the random days at every horizon (day ``floor(u * pool
size)`` of each horizon's pool), so a draw is one set of placebo dates seen at every
horizon, as the events are. That gives the family-wise p over the horizons shown: the
share of draws whose largest standardised mean rank, ``(rank - 0.5) sqrt(12 n)``, over
the horizons reaches the events' largest. The numbers depend on the seed and the
number of events alone: the p-value at a horizon does not move with the lag slider or
with the other horizons shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.analysis.pvalues import add_one_p

#: what the placebo compares (for sidecars, tooltips and the docs)
PLACEBO_STATISTIC = "mean percentile rank of the forward return among every day of the pool"


@dataclass(frozen=True)
class Pool:
    """Every day with a complete forward return over ``horizon`` days: their day numbers
    (ascending) and returns, and the returns sorted (for ranks)."""

    horizon: int
    days: np.ndarray
    returns: np.ndarray
    ordered: np.ndarray

    def ranks(self, values: np.ndarray) -> np.ndarray:
        """Percentile rank of each value among the pool's returns (mid-rank for ties)."""
        below = np.searchsorted(self.ordered, values, side="left")
        through = np.searchsorted(self.ordered, values, side="right")
        return (below + through) / (2.0 * max(1, len(self.ordered)))


def forward_pool(day0: int, grid: np.ndarray, horizon: int) -> Pool:
    """The pool of a dense daily close grid starting at day ``day0``."""
    if horizon >= len(grid):
        empty = np.empty(0)
        return Pool(horizon, empty.astype(np.int64), empty, empty)
    values = grid[horizon:] / grid[:-horizon] - 1.0
    present = np.flatnonzero(np.isfinite(values))
    returns = values[present]
    return Pool(horizon, present + day0, returns, np.sort(returns))


def null_mean_ranks(pool: Pool, uniforms: np.ndarray) -> np.ndarray:
    """Mean rank of the random pool days picked by each row of ``uniforms`` (in [0, 1))."""
    pool_ranks = pool.ranks(pool.returns)
    picks = (uniforms * len(pool_ranks)).astype(np.int64)
    return pool_ranks[picks].mean(axis=1)


@dataclass(frozen=True)
class PlaceboTest:
    """Per horizon: the events' mean rank and its p; and the family-wise p over them."""

    mean_ranks: dict[int, float]
    p_values: dict[int, float]
    family_p_value: float


def placebo_test(
    event_returns: dict[int, np.ndarray], pools: dict[int, Pool], draws: int, seed: int
) -> PlaceboTest:
    """The placebo p per horizon and over all horizons of ``event_returns``.

    ``event_returns[h]`` holds the complete forward returns of the events at ``h``.
    """
    horizons = [h for h in event_returns if len(event_returns[h]) and len(pools[h].returns)]
    widest = max((len(event_returns[h]) for h in horizons), default=0)
    uniforms = np.random.default_rng(seed).random((max(0, int(draws)), widest))
    ranks, p_values, observed, null = {}, {}, [], []
    for horizon in event_returns:
        ranks[horizon], p_values[horizon] = float("nan"), float("nan")
    for horizon in horizons:
        pool, events = pools[horizon], event_returns[horizon]
        ranks[horizon] = float(pool.ranks(events).mean())
        drawn = null_mean_ranks(pool, uniforms[:, : len(events)])
        p_values[horizon] = add_one_p(drawn, ranks[horizon])
        spread = np.sqrt(12.0 * len(events))
        observed.append((ranks[horizon] - 0.5) * spread)
        null.append((drawn - 0.5) * spread)
    family = float("nan")
    if observed and uniforms.shape[0]:
        family = add_one_p(np.max(null, axis=0), float(max(observed)))
    return PlaceboTest(ranks, p_values, family)
