"""The crosshair readout: what the cursor points at, in every pane, at the current lag."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


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
