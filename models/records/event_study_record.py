"""The event study as a record: the one schema the evidence sidecar and ``leadlag --json``
share. Every span is in calendar days and says so in its name (``horizons_days``,
``current_lag_days``, ``primary_horizon_days``)."""

from __future__ import annotations

import pandas as pd


def event_study_record(study) -> dict | None:
    """``study`` (a ``models.analysis.event_study.EventStudyResult``, or None) as plain
    data: the summary, one row per event and the baseline per horizon. Dates are
    ``YYYY-MM-DD``; NaN is left to the JSON writer (``models.records.sidecar.plain``)."""
    if study is None:
        return None
    return {
        "horizons_days": [int(h) for h in study.horizons],
        "current_lag_days": study.current_lag,
        "primary_horizon_days": study.primary_horizon,
        "n_events": study.n_events,
        "n_incomplete": study.n_incomplete,
        "hit_rate": study.hit_rate,
        "hit_rates": study.hit_rates,
        "placebo_p_value": study.placebo_p_value,
        "placebo_p_values": study.placebo_p_values,
        "placebo_draws": study.placebo_draws,
        "events": [_event_row(row) for row in study.table.to_dict(orient="records")],
        "baseline": study.baseline.to_dict(orient="records"),
    }


def _event_row(row: dict) -> dict:
    return {
        k: (v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else v) for k, v in row.items()
    }
