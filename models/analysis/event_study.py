"""What crypto did after equity breakouts, against what it does on any day.

Returns are simple returns of the crypto close from the event date ``t`` (calendar
day) to ``t + h``. Events whose horizon runs past the data are kept and flagged
incomplete; their returns are NaN and they are left out of the means, with counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.analysis.align import daily_closes, day_numbers, dense_daily, lookup_days
from models.analysis.breakouts import BreakoutEvent
from models.errors import InvalidParameter

DEFAULT_HORIZONS: tuple[int, ...] = (30, 60, 90, 180)
PATH_DAYS = np.arange(-30, 181)


@dataclass
class EventStudyResult:
    """The event study: a table per event, mean/median paths, baseline and placebo test.

    ``table`` has one row per event: ``date``, ``confirmed``, ``fwd_<h>d`` (simple
    return to ``t + h``) and ``incomplete_<h>d`` per horizon, ``fwd_lag`` and
    ``incomplete_lag`` at ``current_lag`` (NaN when no positive lag is given).
    Paths are over ``path_days`` (-30..+180) relative to the event close; the bands
    are 2.5%/97.5% bootstrap points of the mean path (events resampled).
    ``baseline`` has one row per horizon: the unconditional forward return over the
    same sample (mean, median, share positive, n). ``placebo_p_value`` is the share
    of random-date draws whose mean return at ``primary_horizon`` reaches the events'
    mean; ``placebo_p_values`` gives it per horizon. ``hit_rate`` is the share of
    complete events with a positive return at ``primary_horizon``. ``path_n`` counts
    the events behind each day of the mean path (None when not computed).
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
    primary_horizon: int = 90
    current_lag: int | None = None
    placebo_p_values: dict[int, float] = field(default_factory=dict)
    hit_rates: dict[int, float] = field(default_factory=dict)
    placebo_draws: int = 0
    path_n: np.ndarray | None = None


def event_study(
    crypto: pd.DataFrame,
    events: list[BreakoutEvent],
    horizons=DEFAULT_HORIZONS,
    current_lag: int | None = None,
    placebo_draws: int = 1000,
    seed: int = 0,
    bootstrap_draws: int = 1000,
) -> EventStudyResult:
    """Crypto forward returns after each event, against every day and random dates.

    The primary horizon (for the hit rate and the headline placebo p-value) is
    ``current_lag`` when it is positive, else 90 days (or the middle horizon).
    Raises ``InvalidParameter`` for non-positive horizons or negative draws.
    """
    horizons = _check(horizons, placebo_draws, bootstrap_draws)
    closes = daily_closes(crypto, "crypto")
    # no return starts or ends at a close of 0 (the altseason index can be 0): missing
    day0, grid = dense_daily(closes[closes.to_numpy() > 0])
    days = day_numbers(pd.DatetimeIndex([e.date for e in events]))
    base = lookup_days(day0, grid, days)
    lag = int(current_lag) if current_lag is not None and int(current_lag) > 0 else None
    table = _table(events, days, base, day0, grid, horizons, lag)
    rng = np.random.default_rng(seed)
    paths = _path_fields(_paths(days, base, day0, grid), grid, bootstrap_draws, rng)
    comparison = _compare(table, grid, horizons, lag, placebo_draws, rng)
    incomplete = table.filter(like="incomplete_").any(axis=1).sum() if len(table) else 0
    return EventStudyResult(
        horizons=horizons,
        table=table,
        path_days=PATH_DAYS.copy(),
        **paths,
        **comparison,
        n_events=len(events),
        n_incomplete=int(incomplete),
        current_lag=lag,
        placebo_draws=int(placebo_draws),
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


def _compare(table, grid, horizons, lag, draws: int, rng) -> dict:
    """Events against every day (baseline) and random dates (placebo), per horizon."""
    all_forward = {h: _all_forward(grid, h) for h in _studied(horizons, lag)}
    primary = lag if lag is not None else (90 if 90 in horizons else horizons[len(horizons) // 2])
    p_values = {
        h: _placebo_p(_complete(table, h, lag), all_forward[h], draws, rng) for h in all_forward
    }
    hit_rates = {h: _hit_rate(_complete(table, h, lag)) for h in all_forward}
    return {
        "baseline": _baseline(all_forward),
        "hit_rate": hit_rates.get(primary, float("nan")),
        "placebo_p_value": p_values.get(primary, float("nan")),
        "primary_horizon": primary,
        "placebo_p_values": p_values,
        "hit_rates": hit_rates,
    }


def _check(horizons, placebo_draws: int, bootstrap_draws: int) -> tuple[int, ...]:
    cleaned = tuple(sorted({int(h) for h in horizons}))
    if not cleaned or cleaned[0] <= 0:
        raise InvalidParameter(f"Horizons must be positive numbers of days, not {horizons}.")
    if placebo_draws < 0 or bootstrap_draws < 0:
        raise InvalidParameter("The number of placebo or bootstrap draws cannot be negative.")
    return cleaned


def _studied(horizons: tuple[int, ...], lag: int | None) -> tuple[int, ...]:
    return tuple(sorted(set(horizons) | ({lag} if lag else set())))


def _table(events, days, base, day0, grid, horizons, lag) -> pd.DataFrame:
    last_day = day0 + len(grid) - 1
    table = pd.DataFrame(
        {
            "date": pd.DatetimeIndex([e.date for e in events]),
            "rule": [e.rule for e in events],
            "level": np.array([e.level for e in events], dtype=float),
            "confirmed": np.array([e.confirmed for e in events], dtype=bool),
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


def _complete(table: pd.DataFrame, horizon: int, lag: int | None) -> np.ndarray:
    column = "fwd_lag" if horizon == lag and f"fwd_{horizon}d" not in table else f"fwd_{horizon}d"
    if column not in table:
        return np.empty(0)
    values = table[column].to_numpy(dtype=float)
    return values[np.isfinite(values)]


def _paths(days: np.ndarray, base: np.ndarray, day0: int, grid: np.ndarray) -> np.ndarray:
    """Return from the event close to each day of ``PATH_DAYS`` (events x days)."""
    if len(days) == 0:
        return np.empty((0, len(PATH_DAYS)))
    return lookup_days(day0, grid, days[:, None] + PATH_DAYS[None, :]) / base[:, None] - 1.0


def _all_forward(grid: np.ndarray, horizon: int) -> np.ndarray:
    """Forward return at ``horizon`` from every day that has one (the baseline sample)."""
    if horizon >= len(grid):
        return np.empty(0)
    values = grid[horizon:] / grid[:-horizon] - 1.0
    return values[np.isfinite(values)]


def _baseline(all_forward: dict[int, np.ndarray]) -> pd.DataFrame:
    rows = []
    for horizon, values in all_forward.items():
        finite = len(values) > 0
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


def _placebo_p(event_returns: np.ndarray, pool: np.ndarray, draws: int, rng) -> float:
    """Share of random-date samples (same size) whose mean reaches the events' mean."""
    if len(event_returns) == 0 or len(pool) == 0 or draws == 0:
        return float("nan")
    picks = pool[rng.integers(0, len(pool), size=(draws, len(event_returns)))]
    hits = int((picks.mean(axis=1) >= event_returns.mean()).sum())
    return (hits + 1) / (draws + 1)


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
    paths = paths[np.isfinite(paths).any(axis=1)]  # events before the crypto existed
    if len(paths) == 0 or draws == 0:
        return nan, nan.copy()
    picks = paths[rng.integers(0, len(paths), size=(draws, len(paths)))]
    means = _nan_mean(picks, axis=1)
    low, high = nan.copy(), nan.copy()
    usable = np.isfinite(means).any(axis=0)
    if usable.any():
        low[usable], high[usable] = np.nanquantile(means[:, usable], [0.025, 0.975], axis=0)
    return low, high
