"""The statistics behind the window, computed off the GUI thread (no Qt here).

``prepare`` turns a loaded session into everything the chart and the panels need at
lag 0 (aligned pairs, the fast per-lag statistics, breakouts); ``cross_correlation_for``
and ``event_study_for`` are the heavier jobs the controller debounces. All functions
are pure: they take the prepared data and return new values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# numpy 2 imports numpy.fft lazily on first use. Two workers making that first use at
# once (the CCF of one session and of the next) crashed the process or deadlocked on the
# import lock in tests/app; importing it here, on the GUI thread at start-up, costs 1 ms.
import numpy.fft
import pandas as pd

from app.session import Session
from models.align import AlignedPair, align
from models.breakouts import BreakoutParams, BreakoutResult, detect_breakouts
from models.errors import DataError
from models.leadlag import CcfResult, LagStatsCache, cross_correlation
from models.normalise import anchor_value, normalise

#: overlay colours in the order crypto series are added (readable on light and dark)
OVERLAY_COLOURS = ("#f7931a", "#8c8cff", "#2bb673", "#e5484d", "#c678dd", "#00a3c4")
ROLLING_WINDOW = 90
POLICY = "sessions"


@dataclass(frozen=True)
class OverlayData:
    """One crypto series' raw closes on its own dates, ready to be put on a scale."""

    key: str
    label: str
    dates: pd.DatetimeIndex
    close: np.ndarray
    colour: str
    is_demo: bool


@dataclass
class Prepared:
    """A session made chartable: raw overlays, aligned pairs, fast lag stats, breakouts."""

    session: Session
    overlays: list[OverlayData]
    pairs: dict[str, AlignedPair]
    stats: LagStatsCache | None
    breakouts: BreakoutResult
    anchor_date: pd.Timestamp
    warnings: list[str] = field(default_factory=list)

    @property
    def primary_key(self) -> str | None:
        """The crypto series the statistics are about (the first one that aligned)."""
        return next(iter(self.pairs), None)


def prepare(session: Session, params: BreakoutParams) -> Prepared:
    """Align every crypto series with the equity and detect breakouts (runs on a worker)."""
    equity = session.equity.frame
    overlays, pairs, warnings = [], {}, []
    for i, series in enumerate(session.crypto):
        key = series.instrument.label
        colour = OVERLAY_COLOURS[i % len(OVERLAY_COLOURS)]
        close = series.frame["close"].to_numpy(dtype="float64")
        overlays.append(OverlayData(key, key, series.frame.index, close, colour, series.is_demo))
        try:
            pairs[key] = align(equity, series.frame, POLICY)
        except DataError as exc:
            warnings.append(f"{key}: {exc}")
    primary = next(iter(pairs.values()), None)
    stats = LagStatsCache(primary, ROLLING_WINDOW) if primary is not None else None
    anchor = _anchor_date(equity, session)
    return Prepared(
        session, overlays, pairs, stats, detect_breakouts(equity, params), anchor, warnings
    )


def redetect(prepared: Prepared, params: BreakoutParams) -> BreakoutResult:
    """Breakouts under new detector parameters (runs on a worker)."""
    return detect_breakouts(prepared.session.equity.frame, params)


def cross_correlation_for(prepared: Prepared, draws: int = 1000) -> CcfResult | None:
    """Cross-correlation over -365..365 days with bootstrap bands (the heavy job)."""
    key = prepared.primary_key
    if key is None:
        return None
    return cross_correlation(prepared.pairs[key], max_lag=365, draws=draws)


def event_study_for(prepared: Prepared, events: list, lag_days: int, draws: int = 1000):
    """The crypto path after breakouts, with forward returns at the current lag
    (a ``models.event_study.EventStudyResult``, or None without events)."""
    from models.event_study import event_study  # needed only after the first paint

    key = prepared.primary_key
    if key is None or not events:
        return None
    crypto = next(s for s in prepared.session.crypto if s.instrument.label == key)
    return event_study(crypto.frame, events, current_lag=lag_days, placebo_draws=draws)


def scaled_values(
    prepared: Prepared, scale: str, anchor_date, anchor_lag: int = 0
) -> dict[str, np.ndarray]:
    """Each overlay's closes on ``scale``, anchored at ``anchor_date + anchor_lag``.

    For ``log`` the raw prices are returned: the chart draws them on a log axis.
    """
    return {
        o.key: _on_scale(o.close, o.dates, scale, anchor_date, anchor_lag)
        for o in prepared.overlays
    }


def ghost_values(prepared: Prepared, scale: str, anchor_date) -> np.ndarray:
    """The equity's closes on ``scale`` (drawn faintly in the crypto pane)."""
    frame = prepared.session.equity.frame
    return _on_scale(frame["close"].to_numpy(), frame.index, scale, anchor_date, 0)


def lag_factors(
    prepared: Prepared, scale: str, lag_days: int, anchor_date, anchor_lag: int = 0
) -> dict[str, float]:
    """Per overlay, the factor that re-anchors values anchored at ``anchor_lag`` to ``lag_days``.

    On the index scale a series shifted by ``lag_days`` is re-anchored on its value at
    ``anchor_date + lag_days``: the ratio of the two anchor values, a pure rescale. Price
    and log need none; percent is not a pure rescale, so it stays 1 and the controller
    re-anchors with ``scaled_values`` once the slider rests.
    """
    if scale != "index":
        return {o.key: 1.0 for o in prepared.overlays}
    factors = {}
    for o in prepared.overlays:
        at_anchor = anchor_value(o.close, o.dates, anchor_date, anchor_lag)
        at_lag = anchor_value(o.close, o.dates, anchor_date, lag_days)
        ratio = at_anchor / at_lag if at_lag else float("nan")
        factors[o.key] = float(ratio) if np.isfinite(ratio) and ratio > 0 else 1.0
    return factors


def _on_scale(values, dates, scale: str, anchor_date, anchor_lag: int) -> np.ndarray:
    if scale == "log":
        return np.asarray(values, dtype="float64")
    return normalise(values, dates, scale, anchor_date, anchor_lag)


def _anchor_date(equity: pd.DataFrame, session: Session) -> pd.Timestamp:
    """The first date every series has a bar on or before: where indexed lines meet
    until the user pans (then the controller anchors at the first visible date)."""
    starts = [equity.index[0], *(s.frame.index[0] for s in session.crypto if s.rows)]
    return pd.Timestamp(max(starts))
