"""What one row of the cascade strip draws: plain data, filled by a presenter."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class StripRow:
    """One stage's row: its label, x (days since 1970) with the normalised values (±3,
    NaN where none), the x of its turns and which of them are still pending."""

    label: str
    x: np.ndarray
    values: np.ndarray
    turns: np.ndarray = field(default_factory=lambda: np.empty(0))
    pending: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
