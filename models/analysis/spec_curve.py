"""A specification curve for the breakout claim: every reasonable rule, not one chosen one.

The claim is "after the Russell 2000 breaks out of a drought on real volume and holds,
crypto rises more than on any day". The rule has free choices: how long the drought
(126-504 sessions), how much volume (1.2-2.0x its 50-session average), how long the
hold (3-10 sessions), which horizon (30-180 days) and which coin. The default rule is
one point of that grid (252, 1.5x, 5, +90 d); the curve runs every point and reports the
distribution of effects and p-values, so a result that holds only for a hand-picked
rule shows as such.

For one specification the events are the rule's breakouts that were volume-confirmed
and held (``confirmed``), on dates the coin has data for. The **effect** is the
events' mean forward log return over the horizon minus the mean over every day of the
coin's history (the excess log return); the **p-value** is the event study's one-sided
rank placebo (``models.analysis.event_placebo``) against random dates of the same
history. The share of specifications significant at 5% is given raw, after **Holm**'s
correction (the family-wise error over all specifications, valid under any
dependence; the placebo then needs ``2 x specifications / alpha`` draws so its floor
can pass Holm's first step) and after **Benjamini-Hochberg** (false discovery rate;
valid when the specifications are positively dependent, as variants of one rule on
one market are). Fewer than ``ANECDOTE_BELOW`` events make a specification an anecdote;
it is counted and flagged, not dropped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.analysis.align import daily_closes, day_numbers, dense_daily, lookup_days
from models.analysis.breakouts import BreakoutParams, detect_breakouts
from models.analysis.event_placebo import Pool, forward_pool, null_mean_ranks
from models.analysis.event_study import ANECDOTE_BELOW
from models.analysis.pvalues import add_one_p, benjamini_hochberg, holm
from models.errors import InvalidParameter
from models.market.fetch_control import FetchControl

ALPHA = 0.05
#: the correction behind ``share_significant``
CORRECTION = "holm"


@dataclass(frozen=True)
class SpecGrid:
    """The rule's free choices; ``size`` specifications per coin."""

    drought_sessions: tuple[int, ...] = (126, 189, 252, 378, 504)
    volume_mult: tuple[float, ...] = (1.2, 1.35, 1.5, 1.75, 2.0)
    hold_sessions: tuple[int, ...] = (3, 5, 7, 10)
    horizon_days: tuple[int, ...] = (30, 60, 90, 120, 180)

    @property
    def size(self) -> int:
        """Specifications per coin."""
        return (
            len(self.drought_sessions)
            * len(self.volume_mult)
            * len(self.hold_sessions)
            * len(self.horizon_days)
        )

    def rules(self):
        """Every (drought, volume multiple, hold) combination, in order."""
        return itertools.product(self.drought_sessions, self.volume_mult, self.hold_sessions)


@dataclass
class SpecCurveResult:
    """Every specification's N, effect and p, and the shares that summarise them.

    ``specs`` has one row per specification: ``drought_sessions``, ``volume_mult``,
    ``hold_sessions``, ``horizon_days``, ``coin``, ``n_events``, ``effect`` (excess mean
    log return), ``mean_rank``, ``p_value``, ``p_holm``, ``p_bh``, ``anecdote`` and
    ``is_default``. The shares are over the specifications with a p-value.
    """

    specs: pd.DataFrame
    draws: int
    alpha: float = ALPHA
    correction: str = CORRECTION
    seed: int = 0
    shares: dict[str, float] = field(default_factory=dict)

    @property
    def n_specs(self) -> int:
        """Specifications run (with or without events)."""
        return len(self.specs)

    @property
    def share_significant(self) -> float:
        """Share significant at ``alpha`` after Holm's correction."""
        return self.shares.get("significant_holm", float("nan"))


def spec_curve(
    equity: pd.DataFrame,
    coins: dict[str, pd.DataFrame],
    grid: SpecGrid = SpecGrid(),
    draws: int | None = None,
    seed: int = 0,
    control: FetchControl | None = None,
    proxy_volume: pd.Series | None = None,
    proxy_label: str = "",
) -> SpecCurveResult:
    """Run every specification of ``grid`` for every coin of ``coins`` (name -> daily frame).

    ``draws`` placebo draws per distinct (coin, horizon, N) (default ``2 x specs /
    alpha``); ``control`` gets progress after each rule and may cancel between rules
    (``Cancelled``). Raises ``InvalidParameter`` for no coins or too few draws.
    """
    total = grid.size * len(coins)
    draws = int(draws if draws is not None else np.ceil(2 * total / ALPHA))
    if not coins or draws < 1:
        raise InvalidParameter("A specification curve needs at least one coin and one draw.")
    history = {name: _History.of(name, frame, grid.horizon_days) for name, frame in coins.items()}
    nulls = _Nulls(draws, seed)
    rows = []
    rules = list(grid.rules())
    for done, (drought, volume, hold) in enumerate(rules):
        if control is not None:
            control.check_cancelled()
        params = BreakoutParams(drought_sessions=drought, volume_mult=volume, hold_sessions=hold)
        events = detect_breakouts(equity, params, proxy_volume, proxy_label).events
        dates = pd.DatetimeIndex([e.date for e in events if e.confirmed and e.volume_confirmed])
        for name, coin in history.items():
            for horizon in grid.horizon_days:
                result = coin.test(dates, horizon, nulls)
                rows.append((drought, volume, hold, horizon, name, *result))
        if control is not None:
            control.report(done + 1, len(rules), f"specification curve: rule {done + 1}")
    return _summarised(rows, draws, seed)


_COLUMNS = [
    "drought_sessions",
    "volume_mult",
    "hold_sessions",
    "horizon_days",
    "coin",
    "n_events",
    "effect",
    "mean_rank",
    "p_value",
]


def _summarised(rows: list, draws: int, seed: int) -> SpecCurveResult:
    specs = pd.DataFrame(rows, columns=_COLUMNS)
    tested = specs["p_value"].notna().to_numpy()
    for column, adjust in (("p_holm", holm), ("p_bh", benjamini_hochberg)):
        specs[column] = np.nan
        specs.loc[tested, column] = adjust(specs.loc[tested, "p_value"].to_numpy())
    specs["anecdote"] = specs["n_events"] < ANECDOTE_BELOW
    default = BreakoutParams()
    specs["is_default"] = (
        (specs["drought_sessions"] == default.drought_sessions)
        & np.isclose(specs["volume_mult"], default.volume_mult)
        & (specs["hold_sessions"] == default.hold_sessions)
        & (specs["horizon_days"] == 90)
    )
    return SpecCurveResult(specs, draws, seed=seed, shares=_shares(specs[tested]))


def _shares(tested: pd.DataFrame) -> dict[str, float]:
    if tested.empty:
        return {}
    return {
        "tested": float(len(tested)),
        "positive_effect": float((tested["effect"] > 0).mean()),
        "median_effect": float(tested["effect"].median()),
        "significant_raw": float((tested["p_value"] < ALPHA).mean()),
        "significant_holm": float((tested["p_holm"] < ALPHA).mean()),
        "significant_bh": float((tested["p_bh"] < ALPHA).mean()),
        "anecdotes": float(tested["anecdote"].mean()),
    }


class _Nulls:
    """Null mean ranks per (coin, horizon, N), drawn once and shared by every rule."""

    def __init__(self, draws: int, seed: int) -> None:
        self.draws, self.seed = draws, seed
        self._cache: dict[tuple, np.ndarray] = {}

    def p_value(self, key: tuple, pool: Pool, n: int, observed: float) -> float:
        """One-sided placebo p of an observed mean rank of ``n`` events."""
        cached = self._cache.get((*key, n))
        if cached is None:
            rng = np.random.default_rng([self.seed, n])
            cached = null_mean_ranks(pool, rng.random((self.draws, n)))
            self._cache[(*key, n)] = cached
        return add_one_p(cached, observed)


@dataclass(frozen=True)
class _History:
    """One coin's closes on a daily grid and its forward-return pool per horizon."""

    name: str
    day0: int
    grid: np.ndarray
    pools: dict[int, Pool]
    log_means: dict[int, float]

    @classmethod
    def of(cls, name: str, frame: pd.DataFrame, horizons) -> _History:
        """The history of coin ``name`` from its daily frame."""
        day0, grid = dense_daily(daily_closes(frame, "crypto").dropna())
        pools = {h: forward_pool(day0, grid, h) for h in horizons}
        means = {
            h: float(np.log1p(p.returns).mean()) if len(p.returns) else np.nan
            for h, p in pools.items()
        }
        return cls(name, day0, grid, pools, means)

    def test(self, dates: pd.DatetimeIndex, horizon: int, nulls: _Nulls) -> tuple:
        """(N, effect, mean rank, p) of the events on ``dates`` at ``horizon``."""
        days = day_numbers(dates)
        start = lookup_days(self.day0, self.grid, days)
        returns = lookup_days(self.day0, self.grid, days + horizon) / start - 1.0
        returns = returns[np.isfinite(returns)]
        if len(returns) == 0:
            return 0, np.nan, np.nan, np.nan
        pool = self.pools[horizon]
        rank = float(pool.ranks(returns).mean())
        effect = float(np.log1p(returns).mean() - self.log_means[horizon])
        p_value = nulls.p_value((self.name, horizon), pool, len(returns), rank)
        return len(returns), effect, rank, p_value
