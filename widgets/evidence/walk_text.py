"""What the walk found, in one sentence worded from its record (never parsed from text).

``walk_facts(record)`` counts, over the walk's points, the month ends at which the 30-90 d
lead and the best lag over all lags were significant (p < 0.05), and the run of
significant month ends the walk ends on (its first month and its lag when the same all
along); ``walk_sentence`` says it, translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from widgets.formatting import format_count, format_lag

#: significant: a family-wise p below this
ALPHA = 0.05


@dataclass(frozen=True)
class WalkFacts:
    """The counts behind the sentence (see the module docstring)."""

    points: int
    lead_significant: int
    all_significant: int
    run_since: str | None  # YYYY-MM of the first month end of the last run, or None
    run_lag: int | None  # its best lag when the same at every month end of the run
    study_n: int | None  # N of the event study at the last point
    study_anecdote: bool  # fewer than 8 breakouts with data then (the study's own flag)
    horizon: int


def _p(point: dict, name: str) -> float | None:
    window = point.get(name)
    return None if window is None else window.get("best_lag_p_value")


def _significant(point: dict, name: str) -> bool:
    p = _p(point, name)
    return p is not None and p < ALPHA


def walk_facts(record: dict) -> WalkFacts:
    """The counts of ``record`` (``walk_forward_record``, plain)."""
    points = record["points"]
    run = []
    for point in reversed(points):
        if not _significant(point, "all_lags"):
            break
        run.append(point)
    lags = {p["all_lags"]["best_lag_days"] for p in run}
    study = points[-1]["event_study"] if points else None
    return WalkFacts(
        points=len(points),
        lead_significant=sum(_significant(p, "lead_30_90") for p in points),
        all_significant=sum(_significant(p, "all_lags") for p in points),
        run_since=str(run[-1]["as_of"])[:7] if run else None,
        run_lag=lags.pop() if len(lags) == 1 else None,
        study_n=None if study is None else int(study["n"]),
        study_anecdote=study is None or bool(study["is_anecdote"]),
        horizon=int(record["primary_horizon_days"]),
    )


def walk_sentence(record: dict) -> str:
    """E.g. "The 30-90 d lead was significant (p < 0.05) at 0 of 120 month ends; the best
    lag over all lags at 43, at lag 0 d at every month end since 2022-12. ..."."""
    facts = walk_facts(record)
    text = QCoreApplication.translate(
        "WalkText",
        "The 30-90 d lead was significant (p < 0.05) at {lead} of {n} month ends; the best "
        "lag over all lags at {all}.",
    ).format(
        lead=format_count(facts.lead_significant),
        n=format_count(facts.points),
        all=format_count(facts.all_significant),
    )
    if facts.run_since is not None and facts.run_lag is not None:
        text += " " + QCoreApplication.translate(
            "WalkText", "Significant at lag {lag} at every month end since {month}."
        ).format(lag=format_lag(facts.run_lag), month=facts.run_since)
    elif facts.run_since is not None:
        text += " " + QCoreApplication.translate(
            "WalkText", "Significant at every month end since {month}."
        ).format(month=facts.run_since)
    if facts.study_n is None:
        text += " " + QCoreApplication.translate(
            "WalkText", "No breakout with crypto data for the event study yet."
        )
    else:
        text += " " + QCoreApplication.translate(
            "WalkText", "Event study at +{h} d: N = {n} now"
        ).format(h=facts.horizon, n=format_count(facts.study_n))
        text += (
            QCoreApplication.translate("WalkText", ", an anecdote.")
            if facts.study_anecdote
            else "."
        )
    return text
