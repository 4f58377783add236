"""The crosshair readout: what the cursor points at, in every pane, at the current lag."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from widgets.chart.value_axis import format_compact


@dataclass(frozen=True)
class CryptoValue:
    """One crypto series under the cursor: its value and the date that value comes from.

    With a lag of ``k`` days the crypto bar of ``source_date`` = cursor date + k is drawn at
    the cursor, so ``source_date`` is what a trader must read to know which day they see.
    """

    key: str
    label: str
    value: float | None
    source_date: np.datetime64


@dataclass(frozen=True)
class CrosshairReadout:
    """Everything under the crosshair. Values are None where a series has no bar."""

    date: np.datetime64
    lag_days: int
    equity: float | None = None
    volume: float | None = None
    correlation: float | None = None
    ghost: float | None = None
    crypto: dict[str, CryptoValue] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for a status bar or tooltip."""
        parts = [str(self.date)]
        if self.equity is not None:
            parts.append(f"equity {self.equity:,.2f}")
        for item in self.crypto.values():
            shown = "n/a" if item.value is None else f"{item.value:,.4g}"
            parts.append(f"{item.label} {shown} (from {item.source_date})")
        if self.correlation is not None:
            parts.append(f"corr {self.correlation:+.2f}")
        return "  ".join(parts)


def _number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "n/a"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}" if abs(value) >= 1 else f"{value:.4g}"


def readout_texts(readout: CrosshairReadout) -> dict:
    """Short per-pane texts: equity close with the date, volume, each crypto value with the
    date it comes from, and the correlation. Empty strings where there is nothing."""
    equity = "" if readout.equity is None else f"{readout.date}  close {_number(readout.equity)}"
    volume = "" if readout.volume is None else f"volume {format_compact(readout.volume)}"
    crypto = {
        key: f"{item.label} {_number(item.value)} ({item.source_date})"
        for key, item in readout.crypto.items()
    }
    correlation = "" if readout.correlation is None else f"{readout.correlation:+.2f}"
    return {"equity": equity, "volume": volume, "crypto": crypto, "correlation": correlation}


def readout_html(readout: CrosshairReadout, colours: dict[str, str]) -> dict[str, str]:
    """Per-pane rich text of a readout; crypto values in their curves' colours."""
    texts = readout_texts(readout)
    crypto = "  ".join(
        f'<span style="color:{colours.get(key, "")}">{text}</span>'
        for key, text in texts["crypto"].items()
    )
    return {
        "equity": texts["equity"],
        "volume": texts["volume"],
        "crypto": crypto,
        "correlation": texts["correlation"],
    }


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
