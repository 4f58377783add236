"""What a lead-lag test states: the CCF, its two bands, and the best lag of the window searched.

Two bands, named so a plot can label them:

* the **pointwise** band, ``±1.96`` robust standard errors at each lag: where 95% of
  correlations at *that one lag* fall under no relation. Under the null, most CCFs
  cross it somewhere in a wide window, so it must not be read as a test of the best lag.
* the **simultaneous** (family-wise) band, ``±c`` standard errors over the lags of the
  window searched, with ``c`` the 95% point of the largest ``|t|`` over that window in
  the multiplier bootstrap: under no relation at any of its lags, 95% of CCFs stay
  inside it everywhere. The best lag is significant at 5% exactly when it leaves it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from models.analysis.ccf_null import judge_window
from models.analysis.lag_window import LagWindow
from models.errors import InvalidParameter, NoOverlap

#: how the best lag is judged (for sidecars, tooltips and the docs)
METHOD = (
    "studentised correlation (block-HAC variance), family-wise max-|t| p from a "
    "block multiplier bootstrap that keeps both series aligned"
)
#: what weekly sampling cannot do (measured in docs/statistics.md)
WEEKLY_CAVEAT = (
    "Weekly sampling: when the index moves only on sessions, the best lag can read up to "
    "2 days late (a week's return cannot tell a lead of L days from L+1 or L+2), and "
    "the test has little power (a daily correlation of 0.10 is found in about 5% of "
    "13-year samples, against about 70% with daily returns): use daily sampling to "
    "find a lead."
)


@dataclass(frozen=True)
class Band:
    """A band around zero correlation, per lag (NaN where it does not apply), and its label."""

    low: np.ndarray
    high: np.ndarray
    label: str


@dataclass
class CcfResult:
    """The cross-correlation of log returns over ``lags`` (calendar days) and its test.

    ``correlation`` is the exact Pearson correlation on the ``n`` pairs at each lag;
    ``t_stat`` the same studentised with a block-HAC variance, ``standard_error`` the
    correlation's robust standard error under no relation. ``band_low``/``band_high``
    are the pointwise 95% band (``pointwise_band``); ``simultaneous_band`` is the
    family-wise one over the window searched, ``min_lag_days..max_lag_days`` (None:
    every lag of ``lags``; ``window_name`` names a preset such as "lead 30-90 d").
    ``best_lag`` has the largest ``|t|`` in that window and ``p_value`` is family-wise
    over it: the share of ``draws`` null CCFs whose largest ``|t|`` in the window
    reaches it (add-one, so never below ``1 / (draws + 1)``). ``critical_t`` is the
    simultaneous band's half-width in standard errors. ``n_total`` counts the equity
    returns, ``block`` the block length in returns of the sign-flip null.
    ``null_t`` keeps the draws (draws x lags) so ``searched`` can judge another window
    without computing again.
    """

    lags: np.ndarray
    correlation: np.ndarray
    band_low: np.ndarray
    band_high: np.ndarray
    n: np.ndarray
    best_lag: int
    best_correlation: float
    p_value: float
    n_total: int
    sampling: str
    prewhitened: bool
    draws: int
    block: int = 0
    min_lag_days: int | None = None
    max_lag_days: int | None = None
    window_name: str = ""
    t_stat: np.ndarray | None = None
    standard_error: np.ndarray | None = None
    critical_t: float = float("nan")
    seed: int = 0
    method: str = METHOD
    null_t: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def window(self) -> LagWindow:
        """The lag window the best lag and its p-value belong to."""
        low = int(self.lags[0]) if self.min_lag_days is None else int(self.min_lag_days)
        high = int(self.lags[-1]) if self.max_lag_days is None else int(self.max_lag_days)
        return LagWindow(low, high, self.window_name)

    @property
    def pointwise_band(self) -> Band:
        """95% under no relation at each lag taken alone."""
        return Band(self.band_low, self.band_high, "pointwise 95% (each lag alone)")

    @property
    def simultaneous_band(self) -> Band:
        """95% under no relation at every lag of the window at once; NaN outside it."""
        half = np.full(len(self.lags), np.nan)
        if self.standard_error is not None and np.isfinite(self.critical_t):
            inside = self._columns(self.window)
            half[inside] = self.critical_t * self.standard_error[inside]
        return Band(-half, half, f"family-wise 95% over {self.window.label}")

    @property
    def caveat(self) -> str:
        """What this sampling cannot do (empty for daily returns)."""
        return WEEKLY_CAVEAT if self.sampling == "weekly" else ""

    def searched(self, window: LagWindow) -> CcfResult:
        """The same CCF with the best lag and its family-wise p judged over ``window``.

        Raises ``InvalidParameter`` when the window reaches past the lags computed and
        ``NoOverlap`` when no lag in it has pairs.
        """
        if not LagWindow(int(self.lags[0]), int(self.lags[-1])).contains(window):
            raise InvalidParameter(
                f"The window {window.label} reaches past the lags computed "
                f"({int(self.lags[0])}..{int(self.lags[-1])} days)."
            )
        return judged(self, window)

    def _columns(self, window: LagWindow) -> slice:
        first = int(window.min_lag - self.lags[0])
        return slice(first, first + int(window.max_lag - window.min_lag) + 1)


def judged(result: CcfResult, window: LagWindow) -> CcfResult:
    """``result`` with its best lag, p-value and simultaneous band for ``window``."""
    t_stat = result.t_stat if result.t_stat is not None else result.correlation
    null = result.null_t if result.null_t is not None else np.empty((0, len(result.lags)))
    verdict = judge_window(t_stat, null, result._columns(window))
    if verdict.best < 0:
        raise NoOverlap(f"No lag in {window.label} has equity and crypto returns to pair.")
    return dataclasses.replace(
        result,
        best_lag=int(result.lags[verdict.best]),
        best_correlation=float(result.correlation[verdict.best]),
        p_value=verdict.p_value,
        critical_t=verdict.critical_t,
        min_lag_days=int(window.min_lag),
        max_lag_days=int(window.max_lag),
        window_name=window.name,
    )
