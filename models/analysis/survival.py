"""Time until something happens, when some cases never saw it: Kaplan-Meier.

Each case has a duration and whether the event was seen then (``reached``) or the case
was followed that long without it (censored). The Kaplan-Meier curve ``S(t)`` is the
share still waiting after ``t``; censored cases leave the risk set without counting as
events (at a tie, events come first). The median is the first time ``S(t) <= 0.5``
(None when the curve never gets there: fewer than half reached it).

The median's interval is Brookmeyer and Crowley's (1982): the times at which the
pointwise band ``S(t) -/+ z * se(t)`` (Greenwood's standard error, untransformed,
clipped to 0..1) first reaches 0.5, the lower band giving the lower limit and the upper
band the upper one (None when the upper band never gets there: the interval is open).
It is what R's ``survfit(..., conf.type = "plain")`` reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from models.analysis.event_study import ANECDOTE_BELOW  # the one rule: below 8, an anecdote

#: the median interval's name, for every record that reports it
MEDIAN_INTERVAL = "Brookmeyer-Crowley (Greenwood variance, untransformed band)"


@dataclass(frozen=True)
class KaplanMeier:
    """The curve at each time an event was seen, and the median with its interval.

    ``times`` (ascending), ``at_risk`` (cases still waiting just before), ``reached``
    (events at that time), ``survival`` (``S`` just after) and ``std_error``
    (Greenwood) are parallel arrays; ``n`` cases of which ``n_censored`` censored and
    ``n_delayed`` entered late.
    Median and limits are durations, or None when not reached.
    """

    times: np.ndarray
    at_risk: np.ndarray
    reached: np.ndarray
    survival: np.ndarray
    std_error: np.ndarray
    n: int
    n_censored: int
    n_delayed: int
    median: float | None
    median_low: float | None
    median_high: float | None
    confidence: float

    @property
    def is_anecdote(self) -> bool:
        """True below ``ANECDOTE_BELOW`` cases."""
        return self.n < ANECDOTE_BELOW


def kaplan_meier(durations, reached, confidence: float = 0.95, entry=None) -> KaplanMeier:
    """The Kaplan-Meier curve of ``durations`` (non-negative) where ``reached`` says
    whether the event was seen (True) or the case was censored (False).

    ``entry`` (optional, per case, default 0) is when a case joined the risk set (a
    delayed entry: it could not be watched before): it counts as waiting at the times
    from its entry to its duration only.
    """
    durations = np.asarray(durations, dtype="float64")
    reached = np.asarray(reached, dtype=bool)
    entry = np.zeros_like(durations) if entry is None else np.asarray(entry, dtype="float64")
    if durations.shape != reached.shape or durations.shape != entry.shape:
        raise ValueError("durations, reached and entry must pair up")
    if (entry < 0).any() or (durations < entry).any():
        raise ValueError("a case must enter at 0 or later and end after it enters")
    times = np.unique(durations[reached])
    at_risk = np.array([((entry <= t) & (durations >= t)).sum() for t in times], dtype=np.int64)
    events = np.array([(reached & (durations == t)).sum() for t in times], dtype=np.int64)
    survival = np.cumprod(1.0 - events / at_risk) if len(times) else np.empty(0)
    std_error = _greenwood(survival, at_risk, events)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    low_band = np.clip(survival - z * std_error, 0.0, 1.0)
    high_band = np.clip(survival + z * std_error, 0.0, 1.0)
    return KaplanMeier(
        times=times,
        at_risk=at_risk,
        reached=events,
        survival=survival,
        std_error=std_error,
        n=len(durations),
        n_censored=int((~reached).sum()),
        n_delayed=int((entry > 0).sum()),
        median=_first_at_half(times, survival),
        median_low=_first_at_half(times, low_band),
        median_high=_first_at_half(times, high_band),
        confidence=confidence,
    )


def _greenwood(survival: np.ndarray, at_risk: np.ndarray, events: np.ndarray) -> np.ndarray:
    """Greenwood's standard error; 0 once the curve is at 0 (its variance term would
    divide by zero there, and a curve at 0 has nothing left to vary)."""
    waiting = at_risk - events
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(waiting > 0, events / (at_risk * waiting), 0.0)
    variance = survival**2 * np.cumsum(terms)
    return np.where(survival > 0, np.sqrt(variance), 0.0)


def _first_at_half(times: np.ndarray, curve: np.ndarray) -> float | None:
    below = np.flatnonzero(curve <= 0.5 + 1e-12)  # a product of fractions may miss 0.5
    return float(times[below[0]]) if len(below) else None
