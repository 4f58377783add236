"""Where each crypto line is drawn: the anchor date, the scale, the lag factors, the ghost,
and whether the axis is logarithmic.

Indexed and percent lines are based on one date, the anchor (``common_anchor``): the
first date at the current lag where every line has a bar, and not before the first
date in view. A slider step rescales the drawn lines (``lag_factors``) instead of
recomputing them; ``scaled_values`` recomputes them once the slider rests. The equity
is drawn faintly among them as the ghost line (``ghost_values``). The log axis is a
switch beside the scale: ``log_axis_shown`` decides it ("auto": when the values in view
span more than ``AUTO_LOG_RATIO``), for the window and every export alike. All pure
functions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.analysis.normalise import anchor_value, normalise
from models.session.prepared import OverlayData, Prepared
from models.vocabulary import AUTO_LOG_RATIO, LOG_AXES


def scaled_values(
    prepared: Prepared, scale: str, anchor_date, anchor_lag: int = 0
) -> dict[str, np.ndarray]:
    """Each overlay's closes on ``scale``, anchored at ``anchor_date + anchor_lag``
    (``price``: the closes as they are)."""
    return {
        o.key: _on_scale(o.close, o.dates, scale, anchor_date, anchor_lag)
        for o in prepared.overlays
    }


def ghost_values(prepared: Prepared, scale: str, anchor_date, lag_days: int = 0) -> np.ndarray:
    """The equity's closes on ``scale`` (drawn faintly in the crypto pane).

    On the price scale the crypto lines are prices, so the equity is rebased to the
    primary crypto's price drawn at ``anchor_date`` (its close at ``anchor_date +
    lag_days``): the two meet there and their moves compare, instead of an index level
    among coin prices (``ghost_target`` names that crypto).
    """
    frame = prepared.session.equity.frame
    close = frame["close"].to_numpy(dtype="float64")
    if scale != "price":
        return _on_scale(close, frame.index, scale, anchor_date, 0)
    target = primary_overlay(prepared)
    if target is None:
        return close
    base = anchor_value(close, frame.index, anchor_date)
    level = anchor_value(target.close, target.dates, anchor_date, lag_days)
    return close / base * level if base > 0 and level > 0 else close


def ghost_target(prepared: Prepared, scale: str) -> str | None:
    """The crypto whose price the ghost line is rebased to (price scale), else None."""
    target = primary_overlay(prepared)
    return target.label if scale == "price" and target is not None else None


def primary_overlay(prepared: Prepared) -> OverlayData | None:
    """The overlay of the crypto the statistics describe, or None."""
    key = prepared.primary_key
    return next((o for o in prepared.overlays if o.key == key), None)


def common_anchor(prepared: Prepared, lag_days: int, visible_start=None) -> pd.Timestamp:
    """The one date where every indexed or percent line is based, at ``lag_days``.

    A crypto line drawn at ``t`` shows its value at ``t + lag``, so the anchor must be
    on or after ``first bar - lag`` of every crypto series (else a late series would be
    based at its own first bar, on another date than the rest), on or after the
    equity's first bar (the ghost line), and on or after ``visible_start`` once the
    user has panned (trading platforms' compare scales start at the left edge).
    """
    equity_start = prepared.session.equity.frame.index[0]
    shift = pd.Timedelta(days=int(lag_days))
    starts = [pd.Timestamp(equity_start)]
    starts += [pd.Timestamp(o.dates[0]) - shift for o in prepared.overlays if len(o.dates)]
    if visible_start is not None:
        starts.append(pd.Timestamp(visible_start).normalize())
    return max(starts).normalize()


def lag_factors(
    prepared: Prepared,
    scale: str,
    lag_days: int,
    anchor_date,
    anchor_lag: int = 0,
    lag_anchor=None,
) -> dict[str, float]:
    """Per overlay, the factor that re-anchors values anchored at ``anchor_lag`` to ``lag_days``.

    On the index scale a series shifted by ``lag_days`` is re-anchored on its value at
    ``lag_anchor + lag_days`` (``lag_anchor`` defaults to ``anchor_date``; pass
    ``common_anchor`` at this lag so no series is based before its first bar): the ratio
    of the two anchor values, a pure rescale. Price needs none; percent is not a
    pure rescale, so it stays 1 and the controller re-anchors with ``scaled_values``
    once the slider rests.
    """
    if scale != "index":
        return {o.key: 1.0 for o in prepared.overlays}
    lag_anchor = anchor_date if lag_anchor is None else lag_anchor
    factors = {}
    for o in prepared.overlays:
        at_anchor = anchor_value(o.close, o.dates, anchor_date, anchor_lag)
        at_lag = anchor_value(o.close, o.dates, lag_anchor, lag_days)
        ratio = at_anchor / at_lag if at_lag else float("nan")
        factors[o.key] = float(ratio) if np.isfinite(ratio) and ratio > 0 else 1.0
    return factors


def drawn_range(
    prepared: Prepared, scale: str, anchor_date, lag_days: int, start, end
) -> tuple[float, float] | None:
    """The lowest and highest value the crypto pane draws between ``start`` and ``end``
    (the crypto lines at ``lag_days``, based at ``anchor_date``, and the ghost line), as
    levels a log axis could hold (percent as 100 + percent); None when nothing is there."""
    shift = pd.Timedelta(days=int(lag_days))
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    values = scaled_values(prepared, scale, anchor_date, lag_days)
    parts = [
        _within(values[o.key], o.dates, first + shift, last + shift) for o in prepared.overlays
    ]
    equity = prepared.session.equity.frame
    ghost = ghost_values(prepared, scale, anchor_date, lag_days)
    parts.append(_within(ghost, equity.index, first, last))
    found = np.concatenate([p for p in parts if len(p)] or [np.empty(0)])
    found = found[np.isfinite(found)] + (100.0 if scale == "percent" else 0.0)
    return (float(found.min()), float(found.max())) if len(found) else None


def log_axis_shown(choice: str, value_range: tuple[float, float] | None) -> bool:
    """Whether the crypto pane's axis is logarithmic: ``choice`` "on" or "off", or "auto"
    (on when ``value_range`` spans more than ``AUTO_LOG_RATIO``). Never for values at or
    below zero, which a log axis cannot hold."""
    if choice not in LOG_AXES:
        raise ValueError(f"unknown log axis {choice!r}; expected one of {LOG_AXES}")
    if value_range is None:
        return choice == "on"
    lo, hi = value_range
    if lo <= 0 or choice == "off":
        return False
    return choice == "on" or hi / lo > AUTO_LOG_RATIO


def _within(values, dates, first: pd.Timestamp, last: pd.Timestamp) -> np.ndarray:
    index = pd.DatetimeIndex(dates)
    lo, hi = index.searchsorted(first, "left"), index.searchsorted(last, "right")
    return np.asarray(values, dtype="float64")[lo:hi]


def _on_scale(values, dates, scale: str, anchor_date, anchor_lag: int) -> np.ndarray:
    if scale == "price":
        return np.asarray(values, dtype="float64")
    return normalise(values, dates, scale, anchor_date, anchor_lag)
