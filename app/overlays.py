"""The crypto overlays and the equity ghost line as the chart draws them.

Used by the presenter (``app.presenter``), which draws the window's chart and every
exported one, so an exported picture is the picture on screen.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.session import scales
from models.session.prepared import Prepared
from widgets.chart.crypto_pane import OverlaySeries


def overlay_series(
    prepared: Prepared, scale: str, anchor_date, anchor_lag: int, lag_days: int
) -> tuple[list[OverlaySeries], OverlaySeries]:
    """The crypto lines on ``scale`` anchored at ``anchor_date`` (+``anchor_lag``) and the
    equity ghost line rebased for the lag ``lag_days`` (see ``scales.ghost_values``)."""
    values = scales.scaled_values(prepared, scale, anchor_date, anchor_lag)
    overlays = [
        OverlaySeries(o.key, o.label, as_days(o.dates), values[o.key], o.colour, o.is_demo)
        for o in prepared.overlays
    ]
    equity = prepared.session.equity
    ghost = OverlaySeries(
        "ghost",
        scales.ghost_label(prepared, scale),
        as_days(equity.frame.index),
        scales.ghost_values(prepared, scale, anchor_date, lag_days),
        is_demo=equity.is_demo,  # drawn in the theme's ghost colour (CryptoPane)
    )
    return overlays, ghost


def as_days(index) -> np.ndarray:
    """Daily bars as ``datetime64[D]`` (the chart's x unit is days)."""
    return pd.DatetimeIndex(index).to_numpy().astype("datetime64[D]")
