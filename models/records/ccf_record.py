"""A lead-lag test as a record: the window searched, its best lag, and both bands per lag.

``window_record`` states one window's answer (``models.analysis.ccf_result.CcfResult``
judged over it): the window's name and span (``min_lag_days``..``max_lag_days``), the
best lag with its correlation, studentised t, N of pairs and family-wise p (with the
p as printed, floor stated), and the simultaneous band's half-width in standard errors
(``critical_t``). ``lag_records`` gives each lag of a window with its correlation, N,
t and both 95% bands: ``pointwise_*`` (each lag alone) and ``simultaneous_*``
(family-wise over the window searched). Every span is in calendar days and says so.
"""

from __future__ import annotations

import numpy as np

from models.analysis.lag_window import LagWindow
from models.analysis.pvalues import format_p
from models.errors import InvalidParameter


def window_record(ccf) -> dict:
    """The best lag of the window ``ccf`` was judged over, as plain data."""
    window = ccf.window
    at = _column(ccf, ccf.best_lag)
    return {
        "window_name": window.name,
        "window_label": window.label,
        "min_lag_days": int(window.min_lag),
        "max_lag_days": int(window.max_lag),
        "n_lags": int(window.max_lag - window.min_lag + 1),
        "best_lag_days": int(ccf.best_lag),
        "best_correlation": float(ccf.best_correlation),
        "best_lag_t": _at(ccf.t_stat, at),
        "best_lag_n": int(ccf.n[at]),
        "best_lag_p_value": float(ccf.p_value),
        "best_lag_p_text": format_p(ccf.p_value, ccf.draws),
        "p_value_kind": f"family-wise over {window.label}",
        "critical_t": float(ccf.critical_t),
    }


def lag_records(ccf, window: LagWindow | None = None) -> list[dict]:
    """Each lag of ``window`` (default: the window ``ccf`` was judged over) with its
    correlation, N, t and both bands (the simultaneous one is ``ccf``'s window's)."""
    window = window or ccf.window
    if not LagWindow(int(ccf.lags[0]), int(ccf.lags[-1])).contains(window):
        raise InvalidParameter(f"The window {window.label} reaches past the lags computed.")
    pointwise, simultaneous = ccf.pointwise_band, ccf.simultaneous_band
    columns = [_column(ccf, lag) for lag in window.lags]
    return [
        {
            "lag_days": int(ccf.lags[c]),
            "correlation": float(ccf.correlation[c]),
            "n": int(ccf.n[c]),
            "t": _at(ccf.t_stat, c),
            "pointwise_low": float(pointwise.low[c]),
            "pointwise_high": float(pointwise.high[c]),
            "simultaneous_low": float(simultaneous.low[c]),
            "simultaneous_high": float(simultaneous.high[c]),
        }
        for c in columns
    ]


def band_labels(ccf) -> dict:
    """What each band of ``lag_records`` means, as a plot's legend says it."""
    return {"pointwise": ccf.pointwise_band.label, "simultaneous": ccf.simultaneous_band.label}


#: how each band is made and what it may be read as (the docs' wording, shortened)
POINTWISE_DEFINITION = (
    "at each lag, the 95% point of |t| at that lag in the sign-flip null, times the "
    "correlation's robust standard error; under no relation most CCFs cross it somewhere "
    "in a wide window, so it is no test of the best lag"
)
SIMULTANEOUS_DEFINITION = (
    "critical_t robust standard errors at each lag of the window searched, critical_t "
    "being the 95% point of the largest |t| over that window in the sign-flip null; under "
    "no relation at any of its lags 95% of CCFs stay inside it everywhere, and the best "
    "lag is significant at 5% exactly when it leaves it (none outside the window)"
)


def band_records(ccf) -> dict:
    """Both bands of ``ccf`` with their labels and definitions (for the evidence sidecar)."""
    labels = band_labels(ccf)
    return {
        "pointwise": {"label": labels["pointwise"], "definition": POINTWISE_DEFINITION},
        "simultaneous": {
            "label": labels["simultaneous"],
            "definition": SIMULTANEOUS_DEFINITION,
            "critical_t": float(ccf.critical_t),
        },
    }


def _column(ccf, lag: int) -> int:
    return int(lag - ccf.lags[0])


def _at(values: np.ndarray | None, column: int) -> float:
    return float("nan") if values is None else float(values[column])
