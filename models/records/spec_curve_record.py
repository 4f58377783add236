"""The specification curve as a record: the full table and what summarises it.

``spec_curve_record`` turns a ``models.analysis.spec_curve.SpecCurveResult`` into plain
data for ``leadlag --sweep --json``: the grid that was run, every specification (one
row each: rule, horizon, coin, N of events, effect, mean rank, p raw / Holm / BH, the
anecdote and default-rule flags), the shares significant at ``alpha`` with the counts
and the N they rest on, the quantiles of the effects and p-values over the
specifications that had events, and the specifications grouped by their N
(``by_n``). ``holm_reachable`` says whether the placebo's floor, ``1 / (draws + 1)``,
times the number tested can pass Holm's first step at all.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.analysis.event_placebo import PLACEBO_STATISTIC
from models.analysis.event_study import ANECDOTE_BELOW

#: the quantiles of effects and p-values a summary states
QUANTILES: tuple[float, ...] = (0.05, 0.25, 0.5, 0.75, 0.95)
#: ranges of N (events with crypto data) the summary groups specifications by
N_RANGES: tuple[tuple[int, int | None], ...] = (
    (0, 0),
    (1, ANECDOTE_BELOW - 1),
    (ANECDOTE_BELOW, 19),
    (20, None),
)
EFFECT = "mean forward log return of the events minus the mean over every day of the coin"
P_VALUE = f"one-sided rank placebo against random dates ({PLACEBO_STATISTIC})"
_ADJUSTED = (("raw", "p_value"), ("holm", "p_holm"), ("bh", "p_bh"))


def spec_curve_record(result, grid) -> dict:
    """``result`` (a ``SpecCurveResult``) run over ``grid`` (its ``SpecGrid``) as plain data."""
    specs = result.specs
    tested = specs[specs["p_value"].notna()]
    return {
        "n_specs": result.n_specs,
        "n_tested": len(tested),
        "specs_per_coin": grid.size,
        "grid": _grid(grid, specs),
        "draws": result.draws,
        "seed": result.seed,
        "alpha": result.alpha,
        "correction": result.correction,
        "effect_kind": EFFECT,
        "p_value_kind": P_VALUE,
        "holm_reachable": bool(len(tested) / (result.draws + 1) < result.alpha),
        "shares": result.shares,
        "significant": {
            name: _significant(tested, column, result.alpha) for name, column in _ADJUSTED
        },
        "effect_quantiles": _quantiles(tested["effect"]),
        "p_value_quantiles": _quantiles(tested["p_value"]),
        "by_n": [_n_range(specs, low, high, result.alpha) for low, high in N_RANGES],
        "default_rule": _rows(specs[specs["is_default"]]),
        "specs": _rows(specs),
    }


def _grid(grid, specs: pd.DataFrame) -> dict:
    return {
        "drought_sessions": list(grid.drought_sessions),
        "volume_mult": list(grid.volume_mult),
        "hold_sessions": list(grid.hold_sessions),
        "horizon_days": list(grid.horizon_days),
        "coins": list(dict.fromkeys(specs["coin"])),
    }


def _significant(tested: pd.DataFrame, column: str, alpha: float) -> int:
    return int((tested[column] < alpha).sum())


def _quantiles(values: pd.Series) -> dict[str, float]:
    values = values.dropna().to_numpy(dtype=float)
    if len(values) == 0:
        return {_key(q): float("nan") for q in QUANTILES}
    return {
        _key(q): float(v) for q, v in zip(QUANTILES, np.quantile(values, QUANTILES), strict=True)
    }


def _key(quantile: float) -> str:
    return f"q{round(100 * quantile):02d}"


def _n_range(specs: pd.DataFrame, low: int, high: int | None, alpha: float) -> dict:
    """The specifications whose N lies in ``low..high`` (``None``: no upper end)."""
    inside = specs[
        (specs["n_events"] >= low) & (specs["n_events"] <= (np.inf if high is None else high))
    ]
    tested = inside[inside["p_value"].notna()]
    return {
        "n_min": low,
        "n_max": high,
        "specs": len(inside),
        "tested": len(tested),
        "positive_effect": int((tested["effect"] > 0).sum()),
        **{f"significant_{name}": _significant(tested, c, alpha) for name, c in _ADJUSTED},
    }


def _rows(specs: pd.DataFrame) -> list[dict]:
    return specs.to_dict(orient="records")
