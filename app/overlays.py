"""The crypto overlays and the equity ghost line as the chart draws them.

Used by the presenter (``app.presenter``), which draws the window's chart and every
exported one, so an exported picture is the picture on screen.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication

from models.session import scales
from models.session.prepared import Prepared
from widgets.chart.crypto_pane import OverlaySeries


def overlay_series(
    prepared: Prepared, scale: str, anchor_date, anchor_lag: int, lag_days: int
) -> tuple[list[OverlaySeries], OverlaySeries | None]:
    """The crypto lines on ``scale`` anchored at ``anchor_date`` (+``anchor_lag``) and the
    equity ghost line rebased for the lag ``lag_days`` (see ``scales.ghost_values``); no
    ghost without a coin to compare it with."""
    values = scales.scaled_values(prepared, scale, anchor_date, anchor_lag)
    series = {s.instrument.label: s for s in prepared.session.crypto}
    overlays = [
        OverlaySeries(
            o.key, o.label, as_days(o.dates), values[o.key], o.colour, o.is_demo, o.close,
            **derived_parts(series.get(o.key)),
        )
        for o in prepared.overlays
    ]  # fmt: skip
    if not overlays:
        return overlays, None
    equity = prepared.session.equity
    ghost = OverlaySeries(
        "ghost",
        ghost_label(prepared, scale),
        as_days(equity.frame.index),
        scales.ghost_values(prepared, scale, anchor_date, lag_days),
        is_demo=equity.is_demo,  # drawn in the theme's ghost colour (CryptoPane)
    )
    return overlays, ghost


def derived_parts(series) -> dict:
    """What the legend says of a derived series (a ``MarketSeries``): its kind, its
    members and, for a basket, the coins it held per date; {} for a coin."""
    recipe = None if series is None else series.instrument.recipe
    if recipe is None:
        return {}
    coins = getattr(series, "coins", None)
    return {
        "kind": recipe.kind,
        "members": len(recipe.members),
        "coins": None if coins is None else coins.to_numpy(dtype="int64"),
    }


def ghost_label(prepared: Prepared, scale: str) -> str:
    """The ghost line's legend entry, in the UI language: says what it is rebased to."""
    equity = prepared.session.equity.instrument.label
    target = scales.ghost_target(prepared, scale)
    if target is not None:
        text = QCoreApplication.translate("ChartView", "{equity} (rebased to {crypto})")
        return text.format(equity=equity, crypto=target)
    return QCoreApplication.translate("ChartView", "{equity} (rebased)").format(equity=equity)


def as_days(index) -> np.ndarray:
    """Daily bars as ``datetime64[D]`` (the chart's x unit is days)."""
    return pd.DatetimeIndex(index).to_numpy().astype("datetime64[D]")
