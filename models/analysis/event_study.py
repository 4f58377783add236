"""What crypto did after equity breakouts, against what it does on any day.

Returns are simple returns of the crypto close from the event date ``t`` (calendar
day) to ``t + h``. Events whose horizon runs past the data are kept and flagged
incomplete; their returns are NaN and they are left out of the means, with counts.
Events before the crypto's first bar stay in the table (``before_data``) but count
nowhere: ``n_events`` is the events the crypto has data for.

The study is built so it cannot be steered after looking: the headline horizon is
fixed in advance (``primary_horizon``, +90 days unless set; never the lag slider),
the placebo p at each horizon and the family-wise p over the horizons shown come
from ``models.analysis.event_placebo`` (ranks, so one event cannot dominate) and
depend on the seed and the events alone, and below ``ANECDOTE_BELOW`` events the
result says it is an anecdote: no band, the event paths one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.analysis.align import daily_closes, day_numbers, dense_daily, lookup_days
from models.analysis.breakouts import BreakoutEvent
from models.analysis.event_placebo import PLACEBO_STATISTIC, forward_pool, placebo_test
from models.errors import InvalidParameter

DEFAULT_HORIZONS: tuple[int, ...] = (30, 60, 90, 180)
#: the headline horizon, fixed before looking
DEFAULT_PRIMARY_HORIZON = 90
#: fewer events than this are an anecdote: no band, no claim
ANECDOTE_BELOW = 8
PATH_DAYS = np.arange(-30, 181)


@dataclass(frozen=True)
class HorizonSummary:
    """One horizon as the panel and the command line print it: N, the hit rate beside
    the baseline (share of all windows that rose, their mean), the placebo p and the
    era of the placebo pool."""

    horizon: int
    n: int
    hit_rate: float
    mean_return: float
    baseline_share_up: float
    baseline_mean: float
    mean_rank: float
    p_value: float


@dataclass
class EventStudyResult:
    """The event study: a table per event, mean/median paths, baseline and placebo test.

    ``table`` has one row per event given: ``date``, ``confirmed``, ``pending`` (its hold
    needs sessions not there yet), ``before_data``,
    ``fwd_<h>d`` (simple return to ``t + h``) and ``incomplete_<h>d`` per horizon,
    ``fwd_lag`` and ``incomplete_lag`` at ``current_lag`` (NaN without a positive lag;
    the lag never enters any statistic). ``n_events`` counts the events the crypto has
    data for, ``n_listed`` every event given. Paths are over ``path_days`` (-30..+180)
    relative to the event close; ``event_paths`` holds each event's (events x days);
    the bands are 2.5%/97.5% bootstrap points of the mean path (events resampled), NaN
    for an anecdote. ``baseline`` has one row per horizon: every forward return of the
    sample (mean, median, share positive, n). ``hit_rate`` and ``placebo_p_value`` are
    at ``primary_horizon``; ``hit_rates``, ``placebo_p_values``, ``mean_ranks`` and
    ``n_complete`` per horizon; ``family_p_value`` over all horizons. ``placebo_era``
    is the first and last date of the placebo pool at the primary horizon.
    """

    horizons: tuple[int, ...]
    table: pd.DataFrame
    path_days: np.ndarray
    mean_path: np.ndarray
    median_path: np.ndarray
    band_low: np.ndarray
    band_high: np.ndarray
    baseline_mean_path: np.ndarray
    baseline: pd.DataFrame
    hit_rate: float
    placebo_p_value: float
    n_events: int
    n_incomplete: int
    primary_horizon: int = DEFAULT_PRIMARY_HORIZON
    current_lag: int | None = None
    placebo_p_values: dict[int, float] = field(default_factory=dict)
    hit_rates: dict[int, float] = field(default_factory=dict)
    placebo_draws: int = 0
    path_n: np.ndarray | None = None
    family_p_value: float = float("nan")
    mean_ranks: dict[int, float] = field(default_factory=dict)
    n_complete: dict[int, int] = field(default_factory=dict)
    n_listed: int = 0
    event_paths: np.ndarray | None = None
    placebo_era: tuple[pd.Timestamp, pd.Timestamp] | None = None
    placebo_statistic: str = PLACEBO_STATISTIC
    seed: int = 0

    @property
    def is_anecdote(self) -> bool:
        """Fewer than ``ANECDOTE_BELOW`` events with data: show them, claim nothing."""
        return self.n_events < ANECDOTE_BELOW

    def horizon_rows(self) -> list[HorizonSummary]:
        """Per horizon: N, hit rate, mean, the baseline beside them, mean rank and p."""
        rows = []
        by_horizon = self.baseline
        if "horizon" in by_horizon.columns:
            by_horizon = by_horizon.set_index("horizon")
        for horizon in self.horizons:
            returns = self.table.get(f"fwd_{horizon}d", pd.Series(dtype=float)).dropna()
            base = by_horizon[by_horizon.index == horizon]
            rows.append(
                HorizonSummary(
                    horizon,
                    int(self.n_complete.get(horizon, len(returns))),
                    float(self.hit_rates.get(horizon, np.nan)),
                    float(returns.mean()) if len(returns) else float("nan"),
                    float(base["share_positive"].iloc[0]) if len(base) else float("nan"),
                    float(base["mean"].iloc[0]) if len(base) else float("nan"),
                    float(self.mean_ranks.get(horizon, np.nan)),
                    float(self.placebo_p_values.get(horizon, np.nan)),
                )
            )
        return rows


def event_study(
    crypto: pd.DataFrame,
    events: list[BreakoutEvent],
    horizons=DEFAULT_HORIZONS,
    current_lag: int | None = None,
    placebo_draws: int = 1000,
    seed: int = 0,
    bootstrap_draws: int = 1000,
    primary_horizon: int = DEFAULT_PRIMARY_HORIZON,
) -> EventStudyResult:
    """Crypto forward returns after each event, against every day and random dates.

    ``primary_horizon`` (added to ``horizons`` if missing) carries the headline hit
    rate and placebo p; ``current_lag`` only fills the table's ``fwd_lag`` column.
    Raises ``InvalidParameter`` for non-positive horizons or negative draws.
    """
    horizons = _check(horizons, primary_horizon, placebo_draws, bootstrap_draws)
    closes = daily_closes(crypto, "crypto")
    # no return starts or ends at a close of 0 (the altseason index can be 0): missing
    day0, grid = dense_daily(closes[closes.to_numpy() > 0])
    days = day_numbers(pd.DatetimeIndex([e.date for e in events]))
    base = lookup_days(day0, grid, days)
    lag = int(current_lag) if current_lag is not None and int(current_lag) > 0 else None
    table = _table(events, days, base, day0, grid, horizons, lag)
    studied = table[~table["before_data"]]
    paths = _paths(days[~table["before_data"].to_numpy()], base[np.isfinite(base)], day0, grid)
    anecdote = len(studied) < ANECDOTE_BELOW
    rng = np.random.default_rng([seed, 1])
    path_fields = _path_fields(paths, grid, 0 if anecdote else bootstrap_draws, rng)
    comparison = _compare(studied, day0, grid, horizons, int(primary_horizon), placebo_draws, seed)
    incomplete = studied.filter(like="incomplete_").drop(columns="incomplete_lag").any(axis=1)
    return EventStudyResult(
        horizons=horizons,
        table=table,
        path_days=PATH_DAYS.copy(),
        **path_fields,
        **comparison,
        n_events=len(studied),
        n_incomplete=int(incomplete.sum()),
        current_lag=lag,
        placebo_draws=int(placebo_draws),
        n_listed=len(table),
        event_paths=paths,
        seed=int(seed),
    )


def _path_fields(paths: np.ndarray, grid: np.ndarray, draws: int, rng) -> dict:
    """Mean and median event paths, their bootstrap band and the unconditional path."""
    low, high = _bootstrap_mean_path(paths, draws, rng)
    return {
        "mean_path": _nan_mean(paths, axis=0),
        "median_path": _nan_median(paths),
        "band_low": low,
        "band_high": high,
        "baseline_mean_path": _baseline_path(grid),
        "path_n": np.isfinite(paths).sum(axis=0),
    }


def _compare(studied, day0: int, grid, horizons, primary: int, draws: int, seed: int) -> dict:
    """Events against every day (baseline) and random dates (placebo), per horizon."""
    pools = {h: forward_pool(day0, grid, h) for h in horizons}
    returns = {h: _complete(studied, h) for h in horizons}
    placebo = placebo_test(returns, pools, draws, [seed, 2])
    hit_rates = {h: _hit_rate(returns[h]) for h in horizons}
    era = pools[primary].days
    return {
        "baseline": _baseline(pools),
        "hit_rate": hit_rates[primary],
        "placebo_p_value": placebo.p_values[primary],
        "primary_horizon": primary,
        "placebo_p_values": placebo.p_values,
        "hit_rates": hit_rates,
        "family_p_value": placebo.family_p_value,
        "mean_ranks": placebo.mean_ranks,
        "n_complete": {h: len(returns[h]) for h in horizons},
        "placebo_era": (_date(era[0]), _date(era[-1])) if len(era) else None,
    }


def _date(day: int) -> pd.Timestamp:
    return pd.Timestamp(int(day), unit="D")


def _check(horizons, primary: int, placebo_draws: int, bootstrap_draws: int) -> tuple[int, ...]:
    cleaned = tuple(sorted({int(h) for h in horizons} | {int(primary)}))
    if not horizons or cleaned[0] <= 0:
        raise InvalidParameter(f"Horizons must be positive numbers of days, not {horizons}.")
    if placebo_draws < 0 or bootstrap_draws < 0:
        raise InvalidParameter("The number of placebo or bootstrap draws cannot be negative.")
    return cleaned


def _table(events, days, base, day0, grid, horizons, lag) -> pd.DataFrame:
    last_day = day0 + len(grid) - 1
    table = pd.DataFrame(
        {
            "date": pd.DatetimeIndex([e.date for e in events]),
            "rule": [e.rule for e in events],
            "level": np.array([e.level for e in events], dtype=float),
            "confirmed": np.array([e.confirmed for e in events], dtype=bool),
            "pending": np.array([e.pending for e in events], dtype=bool),
            "before_data": ~np.isfinite(base),
        }
    )
    columns = [(f"fwd_{h}d", f"incomplete_{h}d", h) for h in horizons]
    columns.append(("fwd_lag", "incomplete_lag", lag))
    for fwd, flag, h in columns:
        if h is None:
            table[fwd], table[flag] = np.nan, False
            continue
        table[fwd] = lookup_days(day0, grid, days + h) / base - 1.0
        table[flag] = days + h > last_day
    return table


def _complete(table: pd.DataFrame, horizon: int) -> np.ndarray:
    values = table[f"fwd_{horizon}d"].to_numpy(dtype=float)
    return values[np.isfinite(values)]


def _paths(days: np.ndarray, base: np.ndarray, day0: int, grid: np.ndarray) -> np.ndarray:
    """Return from the event close to each day of ``PATH_DAYS`` (events x days)."""
    if len(days) == 0:
        return np.empty((0, len(PATH_DAYS)))
    return lookup_days(day0, grid, days[:, None] + PATH_DAYS[None, :]) / base[:, None] - 1.0


def _baseline(pools: dict) -> pd.DataFrame:
    rows = []
    for horizon, pool in pools.items():
        values, finite = pool.returns, len(pool.returns) > 0
        rows.append(
            {
                "horizon": horizon,
                "mean": float(values.mean()) if finite else np.nan,
                "median": float(np.median(values)) if finite else np.nan,
                "share_positive": float((values > 0).mean()) if finite else np.nan,
                "n": len(values),
            }
        )
    return pd.DataFrame(rows)


def _baseline_path(grid: np.ndarray) -> np.ndarray:
    """Mean return from every day to each day of ``PATH_DAYS`` (the unconditional path)."""
    out = np.full(len(PATH_DAYS), np.nan)
    for column, offset in enumerate(PATH_DAYS):  # 211 vector passes, not a loop over days
        if abs(offset) >= len(grid):
            continue
        start, end = (grid[:-offset], grid[offset:]) if offset > 0 else (grid, grid)
        if offset < 0:
            start, end = grid[-offset:], grid[:offset]
        values = end / start - 1.0
        values = values[np.isfinite(values)]
        out[column] = values.mean() if len(values) else np.nan
    return out


def _hit_rate(values: np.ndarray) -> float:
    return float((values > 0).mean()) if len(values) else float("nan")


def _nan_mean(values: np.ndarray, axis: int) -> np.ndarray:
    finite = np.isfinite(values)
    counts = finite.sum(axis=axis)
    sums = np.where(finite, values, 0.0).sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / counts, np.nan)


def _nan_median(values: np.ndarray) -> np.ndarray:
    out = np.full(values.shape[1], np.nan)
    for column in np.flatnonzero(np.isfinite(values).any(axis=0)):
        present = values[:, column]
        out[column] = np.median(present[np.isfinite(present)])
    return out


def _bootstrap_mean_path(paths: np.ndarray, draws: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """2.5%/97.5% points of the mean path with events resampled with replacement."""
    nan = np.full(paths.shape[1], np.nan)
    paths = paths[np.isfinite(paths).any(axis=1)]
    if len(paths) == 0 or draws == 0:
        return nan, nan.copy()
    picks = paths[rng.integers(0, len(paths), size=(draws, len(paths)))]
    means = _nan_mean(picks, axis=1)
    low, high = nan.copy(), nan.copy()
    usable = np.isfinite(means).any(axis=0)
    if usable.any():
        low[usable], high[usable] = np.nanquantile(means[:, usable], [0.025, 0.975], axis=0)
    return low, high
