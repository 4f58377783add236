"""The lag window a lead-lag test searches, and the two windows the app offers.

The best lag and its family-wise p-value belong to the window searched: over all lags
from -365 to +365 days the question is "any dependence at any lag, lag 0 included";
over +30..+90 days it is the thesis's own question, "does the index lead crypto by one
to three months?". A result always states which window it answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.errors import InvalidParameter
from models.vocabulary import LAG_LIMIT_DAYS

#: the farthest any search may reach, either side of zero
MAX_SEARCH_DAYS = 1000


@dataclass(frozen=True)
class LagWindow:
    """Lags ``min_lag..max_lag`` calendar days (both included; either may be negative)."""

    min_lag: int
    max_lag: int
    name: str = ""

    def __post_init__(self) -> None:
        low, high = int(self.min_lag), int(self.max_lag)
        if low > high:
            raise InvalidParameter(f"The lag window {low}..{high} is empty: min above max.")
        if max(abs(low), abs(high)) > MAX_SEARCH_DAYS:
            raise InvalidParameter(
                f"A lag window reaches at most ±{MAX_SEARCH_DAYS} days, not {low}..{high}."
            )

    @classmethod
    def symmetric(cls, bound: int) -> LagWindow:
        """``-bound..+bound`` (what a maximum lag alone means)."""
        if int(bound) < 0:
            raise InvalidParameter(f"The maximum lag must be 0 or more days, not {bound}.")
        return cls(-int(bound), int(bound))

    @property
    def lags(self) -> np.ndarray:
        """Every lag of the window, in order."""
        return np.arange(int(self.min_lag), int(self.max_lag) + 1)

    @property
    def label(self) -> str:
        """How a panel states it: its name, or ``-365..+365 d`` / ``+30..+90 d``."""
        span = f"{_signed(self.min_lag)}..{_signed(self.max_lag)} d"
        return f"{self.name} ({span})" if self.name else span

    def contains(self, other: LagWindow) -> bool:
        """True when every lag of ``other`` is in this window."""
        return self.min_lag <= other.min_lag and other.max_lag <= self.max_lag


def _signed(days: int) -> str:
    return f"{int(days):+d}" if days else "0"


#: every lag the slider reaches: "any dependence at any lag"
ALL_LAGS = LagWindow(-LAG_LIMIT_DAYS, LAG_LIMIT_DAYS, "all lags")
#: the thesis: the index leads crypto by one to three months
LEAD_30_90 = LagWindow(30, 90, "lead 30-90 d")
#: the windows a panel offers, in the order it lists them
LAG_WINDOW_PRESETS: tuple[LagWindow, ...] = (ALL_LAGS, LEAD_30_90)


def window_for_span(min_lag: int, max_lag: int) -> LagWindow:
    """``min_lag..max_lag``, named as the preset with that span when there is one (a
    window read back from settings or typed as A..B is then stated as "all lags")."""
    low, high = int(min_lag), int(max_lag)
    preset = next((w for w in LAG_WINDOW_PRESETS if (w.min_lag, w.max_lag) == (low, high)), None)
    return preset or LagWindow(low, high)
