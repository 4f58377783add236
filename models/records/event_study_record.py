"""The event study as a record: the one schema the evidence sidecar and ``leadlag --json``
share. Every span is in calendar days and says so in its name (``horizons_days``,
``current_lag_days``, ``primary_horizon_days``).

``n_events`` counts only the events the crypto has data for (``n_listed`` every event
of the table, ``before_data`` marks the others). ``by_horizon`` has one row per horizon
with the N it rests on: the hit rate beside the baseline (the share of every window of
the crypto's history that rose over that horizon, their mean, and how many windows),
the mean rank and the placebo p. ``family_p_value`` is over every horizon shown;
``placebo_era`` names the first and last start date of the placebo pool at the primary
horizon. ``is_anecdote`` is true below ``anecdote_below`` events.
"""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd

from models.analysis.event_study import ANECDOTE_BELOW


def event_study_record(study) -> dict | None:
    """``study`` (a ``models.analysis.event_study.EventStudyResult``, or None) as plain
    data: the summary, one row per horizon, one row per event and the baseline per
    horizon. Dates are ``YYYY-MM-DD``; NaN is left to the JSON writer
    (``models.records.sidecar.plain``)."""
    if study is None:
        return None
    return {
        "horizons_days": [int(h) for h in study.horizons],
        "current_lag_days": study.current_lag,
        "primary_horizon_days": study.primary_horizon,
        "n_events": study.n_events,
        "n_listed": study.n_listed,
        "n_incomplete": study.n_incomplete,
        "is_anecdote": study.is_anecdote,
        "anecdote_below": ANECDOTE_BELOW,
        "hit_rate": study.hit_rate,
        "hit_rates": study.hit_rates,
        "placebo_p_value": study.placebo_p_value,
        "placebo_p_values": study.placebo_p_values,
        "family_p_value": study.family_p_value,
        "placebo_statistic": study.placebo_statistic,
        "placebo_era": _era(study.placebo_era),
        "placebo_draws": study.placebo_draws,
        "seed": study.seed,
        "by_horizon": horizon_records(study),
        "events": [_event_row(row) for row in study.table.to_dict(orient="records")],
        "baseline": study.baseline.to_dict(orient="records"),
    }


def horizon_records(study) -> list[dict]:
    """Per horizon of ``study``: N, the hit rate and the baseline beside it (with the
    number of windows it counts), the mean rank and the placebo p."""
    windows = _baseline_windows(study.baseline)
    rows = []
    for summary in study.horizon_rows():
        fields = asdict(summary)
        row = {"horizon_days": fields.pop("horizon"), **fields}
        row["n_rose"] = _count(summary.hit_rate, summary.n)
        row["baseline_n"] = windows.get(summary.horizon, 0)
        rows.append(row)
    return rows


def _count(share: float, n: int) -> int | None:
    """How many of ``n`` a share stands for (None when it is missing)."""
    return None if share != share or n == 0 else round(share * n)


def _baseline_windows(baseline: pd.DataFrame) -> dict[int, int]:
    if "horizon" not in baseline.columns or "n" not in baseline.columns:
        return {}
    return {int(h): int(n) for h, n in zip(baseline["horizon"], baseline["n"], strict=True)}


def _era(era) -> dict | None:
    if era is None:
        return None
    first, last = era
    return {"first": f"{first:%Y-%m-%d}", "last": f"{last:%Y-%m-%d}"}


def _event_row(row: dict) -> dict:
    return {
        k: (v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else v) for k, v in row.items()
    }
