"""The crosshair readout: what the cursor points at, in every pane, at the current lag.

Each pane writes its part into its legend (``widgets.chart.legend``): the equity's OHLC
and change on the cursor's session, the volume, each coin's price and the date it comes
from, the rolling correlation. ``CrosshairReadout`` is the same as one record, for the
status bar and for tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

import numpy as np
import pyqtgraph as pg

from widgets.formatting import format_number, format_price


@dataclass(frozen=True)
class EquityBar:
    """The equity's bar on one session: OHLC and the change from the session before."""

    date: np.datetime64
    open: float
    high: float
    low: float
    close: float
    change: float | None  # close over the previous close, less one (None on the first)


@dataclass(frozen=True)
class CryptoValue:
    """One crypto series under the cursor: its value and the date that value comes from.

    With a lag of ``k`` days the crypto bar of ``source_date`` = cursor date + k is drawn at
    the cursor, so ``source_date`` is what a trader must read to know which day they see.
    ``value`` is in the pane's scale (index, percent or price), ``price`` the coin's close.
    """

    key: str
    label: str
    value: float | None
    source_date: np.datetime64
    price: float | None = None


@dataclass(frozen=True)
class CrosshairReadout:
    """Everything under the crosshair. Values are None where a series has no bar (the
    equity has none on a weekend: ``equity`` and ``bar`` are None then)."""

    date: np.datetime64
    lag_days: int
    equity: float | None = None
    volume: float | None = None
    correlation: float | None = None
    ghost: float | None = None
    crypto: dict[str, CryptoValue] = field(default_factory=dict)
    bar: EquityBar | None = None
    #: each breadth index drawn at the cursor: (value 0-100, alts counted), from the day
    #: the lag takes it from
    breadth: dict[str, tuple[float | None, int | None]] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for a status bar or tooltip."""
        parts = [str(self.date)]
        if self.equity is not None:
            parts.append(f"equity {format_price(self.equity)}")
        for item in self.crypto.values():
            shown = format_price(item.price if item.price is not None else item.value)
            parts.append(f"{item.label} {shown} ({item.source_date})")
        if self.correlation is not None:
            parts.append(f"ρ {format_number(self.correlation, 2)}")
        return "  ".join(parts)


def swatch_row(colour: str, label: str, text: str, *, dashed: bool = False, link: str = "") -> str:
    """A legend row: a line of the series' colour, its label, then ``text`` (rich text,
    already escaped). With ``link`` the label is a link a click on the legend reports."""
    rgba = pg.mkColor(colour)  # '#rrggbbaa' as pyqtgraph reads it; CSS needs rgba()
    css = f"rgba({rgba.red()},{rgba.green()},{rgba.blue()},{max(rgba.alpha(), 170)})"
    mark = "╌" if dashed else "━"
    name = escape(label)
    if link:
        name = f'<a href="{escape(link)}" style="color:{css}; text-decoration:none">{name}</a>'
    head = f'<span style="color:{css}">{mark} {name}</span>'
    return head + (f"&nbsp;&nbsp;{text}" if text else "")


def within(xs: np.ndarray, x: float) -> bool:
    """x lies between the first sample and one typical bar after the last."""
    if len(xs) == 0:
        return False
    bar = float(np.median(np.diff(xs[-50:]))) if len(xs) > 1 else 1.0
    return float(xs[0]) <= x < float(xs[-1]) + bar


def sample_at(pyramid, x: float, values) -> float | None:
    """``values`` at the last sample of ``pyramid`` at or before x, None outside the data."""
    if pyramid is None or values is None or not within(pyramid.x, x):
        return None
    value = float(values[pyramid.asof(x)])
    return value if np.isfinite(value) else None


def curve_value_at(curve, x: float) -> float | None:
    """A PyramidCurve's drawn-scale value at x in its own coordinates, None outside."""
    pyramid = curve.pyramid
    if pyramid is None or not within(pyramid.x, x):
        return None
    value = curve.value_at(x)
    return None if value is None or not np.isfinite(value) else value


def value_on_day(days: np.ndarray, values: np.ndarray, x: float) -> float | None:
    """The value of the bar on day ``x`` exactly (``days`` sorted), None without one."""
    i = int(np.searchsorted(days, np.floor(x + 0.5)))
    if i >= len(days) or days[i] != np.floor(x + 0.5):
        return None
    value = float(values[i])
    return value if np.isfinite(value) else None
