"""Price scales for comparing series on one chart (the TradingView "compare" scales).

* ``price``: the values as they are;
* ``percent``: percent change from the value at the anchor date;
* ``index``: indexed to 100 at the anchor date.

The anchor follows the lag: a crypto series shifted by ``lag_days`` is anchored on
its value at ``anchor_date + lag_days``, the bar that is drawn at the anchor date,
so the shifted line and the equity meet at the anchor whatever the lag.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.errors import InvalidParameter
from models.vocabulary import SCALES


@dataclass(frozen=True)
class AnchorFactor:
    """``normalised = values * scale + offset`` for the affine scales (price, percent, index).

    ``anchor_value`` is the raw value at the (lagged) anchor date, NaN when no value
    exists at or before it. (A log axis is a way to draw any of them, not a scale.)
    """

    scale_name: str
    anchor_value: float
    scale: float
    offset: float

    def apply(self, values: np.ndarray) -> np.ndarray:
        """Rescale raw ``values`` to this factor's scale."""
        return np.asarray(values, dtype="float64") * self.scale + self.offset


def anchor_value(
    values: np.ndarray, dates: pd.DatetimeIndex, anchor_date, lag_days: int = 0
) -> float:
    """The last finite value at or before ``anchor_date + lag_days``.

    Before the first value, the first finite value is used so a line is never blank.
    """
    values = np.asarray(values, dtype="float64")
    finite = np.isfinite(values)
    if not finite.any():
        return float("nan")
    target = pd.Timestamp(anchor_date) + pd.Timedelta(days=int(lag_days))
    position = int(pd.DatetimeIndex(dates).searchsorted(target, side="right")) - 1
    candidates = np.flatnonzero(finite[: position + 1])
    return float(values[candidates[-1]] if len(candidates) else values[finite][0])


def anchor_factor(
    values: np.ndarray, dates: pd.DatetimeIndex, scale: str, anchor_date, lag_days: int = 0
) -> AnchorFactor:
    """What the chart needs to rescale a (shifted) series without recomputing it."""
    if scale not in SCALES:
        raise InvalidParameter(f"Unknown scale {scale!r}; use one of {SCALES}.")
    if scale == "price":
        return AnchorFactor(scale, float("nan"), 1.0, 0.0)
    base = anchor_value(values, dates, anchor_date, lag_days)
    factor = 100.0 / base if np.isfinite(base) and base != 0 else float("nan")
    return AnchorFactor(scale, base, factor, -100.0 if scale == "percent" else 0.0)


def normalise(
    values: np.ndarray, dates: pd.DatetimeIndex, scale: str, anchor_date=None, lag_days: int = 0
) -> np.ndarray:
    """``values`` on ``scale``, anchored at ``anchor_date + lag_days`` (first date if None)."""
    if anchor_date is None:
        anchor_date = pd.DatetimeIndex(dates)[0] if len(dates) else pd.Timestamp(0)
    return anchor_factor(values, dates, scale, anchor_date, lag_days).apply(values)
