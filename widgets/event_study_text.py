"""What the event study panel says, as text: the summary, the anecdote line, the table.

Pure functions of an ``models.analysis.event_study.EventStudyResult`` in the UI language,
so a test reads exactly what the panel shows. N stands beside every hit rate and p; the
hit rate stands beside its baseline (the share of every window of the crypto's history
that rose over the same horizon); the headline is the horizon fixed before looking.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from widgets.formatting import (
    day_unit,
    format_count,
    format_lag,
    format_p_stated,
    format_p_value,
    format_percent,
    format_share,
)

CONTEXT = "EventStudyView"
#: the per-horizon table: (header, tooltip), translated in the "EventStudyView" context
HORIZON_COLUMNS = (
    (
        QT_TRANSLATE_NOOP("EventStudyView", "Horizon"),
        QT_TRANSLATE_NOOP(
            "EventStudyView",
            "Days after the breakout close (the headline, in bold, fixed before looking)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventStudyView", "N"),
        QT_TRANSLATE_NOOP(
            "EventStudyView", "Events with crypto data and a complete return at this horizon"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventStudyView", "Rose"),
        QT_TRANSLATE_NOOP("EventStudyView", "Share of those events after which crypto rose"),
    ),
    (
        QT_TRANSLATE_NOOP("EventStudyView", "Base"),
        QT_TRANSLATE_NOOP(
            "EventStudyView",
            "Baseline: share of every window of the crypto's history that rose over the "
            "same horizon",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventStudyView", "Mean"),
        QT_TRANSLATE_NOOP("EventStudyView", "Mean crypto return over those events"),
    ),
    (
        QT_TRANSLATE_NOOP("EventStudyView", "Base"),
        QT_TRANSLATE_NOOP(
            "EventStudyView",
            "Baseline: mean return from any day of the history over the same horizon",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EventStudyView", "p"),
        QT_TRANSLATE_NOOP(
            "EventStudyView",
            "Placebo p: share of random-date draws whose mean rank reaches the events' (one "
            "event cannot dominate a rank)",
        ),
    ),
)


def _say(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def summary_lines(result) -> list[str]:
    """The summary above the plot, one line each: the events and path N; the headline
    with N and baseline and its placebo p; the family-wise p and the placebo pool."""
    events = QCoreApplication.translate("EventStudyView", "{n} events with crypto data").format(
        n=format_count(result.n_events)
    )
    if result.n_incomplete:
        events += " " + QCoreApplication.translate("EventStudyView", "({n} incomplete)").format(
            n=format_count(result.n_incomplete)
        )
    path = path_n_text(result)
    return [
        " · ".join([events, *([path] if path else [])]),
        headline_text(result),
        family_text(result),
    ]


def headline_text(result) -> str:
    """``headline +90 d: rose after 67% (N = 3), baseline 57% · placebo p = 0.26``."""
    row = _primary_row(result)
    text = QCoreApplication.translate(
        "EventStudyView", "headline {horizon}: rose after {share} (N = {n}), baseline {baseline}"
    ).format(
        horizon=format_lag(result.primary_horizon),
        share=format_share(result.hit_rate),
        n=format_count(0 if row is None else row.n),
        baseline=format_share(None if row is None else row.baseline_share_up),
    )
    placebo = QCoreApplication.translate("EventStudyView", "placebo {p}").format(
        p=format_p_stated(result.placebo_p_value, result.placebo_draws)
    )
    return f"{text} · {placebo}"


def family_text(result) -> str:
    """``family-wise p = 0.41 over +30, +60, +90, +180 d · pool 2014-09-17 – 2026-05-24``."""
    horizons = ", ".join(f"{h:+d}" for h in result.horizons)
    text = QCoreApplication.translate(
        "EventStudyView", "family-wise {p} over {horizons} {unit} (N = {n})"
    ).format(
        p=format_p_stated(result.family_p_value, result.placebo_draws),
        horizons=horizons,
        unit=day_unit(),
        n=format_count(result.n_events),
    )
    era = getattr(result, "placebo_era", None)
    if era is None:
        return text
    pool = QCoreApplication.translate("EventStudyView", "placebo pool {first} – {last}")
    return f"{text} · {pool.format(first=f'{era[0]:%Y-%m-%d}', last=f'{era[1]:%Y-%m-%d}')}"


def anecdote_text(result) -> str:
    """``N = 3: an anecdote, not evidence`` below the anecdote threshold, else ''."""
    if not result.is_anecdote:
        return ""
    return QCoreApplication.translate(
        "EventStudyView", "N = {n}: an anecdote, not evidence"
    ).format(n=format_count(result.n_events))


def path_n_text(result) -> str:
    """How many events the mean path stands on, e.g. ``path N=2, N=1 from +108 d``.

    The mean of a few paths jumps when one of them ends; saying where N falls tells a
    real move from an event dropping out. Empty for an anecdote (its paths are drawn one
    by one) or without ``path_n``.
    """
    counts = getattr(result, "path_n", None)
    if counts is None or len(counts) == 0 or result.is_anecdote:
        return ""
    counts = np.asarray(counts, dtype=int)
    after = np.asarray(result.path_days) >= 0
    top = int(counts[after].max()) if after.any() else int(counts.max())
    text = QCoreApplication.translate("EventStudyView", "path N={n}").format(n=format_count(top))
    below = np.flatnonzero(after & (counts < top))
    if below.size == 0:
        return text
    low = format_count(int(counts[after].min()))
    day = format_lag(int(result.path_days[below[0]]))
    return (
        text
        + ", "
        + QCoreApplication.translate("EventStudyView", "N={n} from {day}").format(n=low, day=day)
    )


def table_rows(result) -> list[tuple[str, ...]]:
    """The per-horizon table as text: horizon, N, rose, baseline, mean, any day, p."""
    return [
        (
            format_lag(row.horizon),
            format_count(row.n),
            format_share(row.hit_rate),
            format_share(row.baseline_share_up),
            format_percent(row.mean_return, 0),
            format_percent(row.baseline_mean, 0),
            format_p_value(row.p_value, result.placebo_draws),
        )
        for row in result.horizon_rows()
    ]


def _primary_row(result):
    return next((r for r in result.horizon_rows() if r.horizon == result.primary_horizon), None)


def column_headers() -> list[str]:
    """The table's headers in the UI language."""
    return [_say(header) for header, _tip in HORIZON_COLUMNS]


def column_tips() -> list[str]:
    """The table's header tooltips in the UI language."""
    return [_say(tip) for _header, tip in HORIZON_COLUMNS]
