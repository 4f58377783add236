"""The crypto overlays and the equity ghost line as the chart draws them.

One place for what the window's ``ChartController`` and the headless export both send
to ``ChartView.set_overlays``, so an exported picture is the picture on screen.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import models.session.prepared as analysis
from widgets.chart.crypto_pane import OverlaySeries

GHOST_COLOUR = "#8a93a3"


def overlay_series(
    prepared: analysis.Prepared, scale: str, anchor_date, anchor_lag: int, lag_days: int
) -> tuple[list[OverlaySeries], OverlaySeries]:
    """The crypto lines on ``scale`` anchored at ``anchor_date`` (+``anchor_lag``) and the
    equity ghost line rebased for the lag ``lag_days`` (see ``analysis.ghost_values``)."""
    values = analysis.scaled_values(prepared, scale, anchor_date, anchor_lag)
    overlays = [
        OverlaySeries(o.key, o.label, as_days(o.dates), values[o.key], o.colour, o.is_demo)
        for o in prepared.overlays
    ]
    equity = prepared.session.equity
    ghost = OverlaySeries(
        "ghost",
        analysis.ghost_label(prepared, scale),
        as_days(equity.frame.index),
        analysis.ghost_values(prepared, scale, anchor_date, lag_days),
        GHOST_COLOUR,
        equity.is_demo,
    )
    return overlays, ghost


def as_days(index) -> np.ndarray:
    """Daily bars as ``datetime64[D]`` (the chart's x unit is days)."""
    return pd.DatetimeIndex(index).to_numpy().astype("datetime64[D]")
