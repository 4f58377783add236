"""The watch as plain data: ``main.py watch --json`` prints it, the window's panel can
read it too.

At least ``as_of`` (the day asked, or the last bar), ``triggered`` (a breakout under
the rule on that session), ``distance_pct`` (how far the close is below the trigger, 0
when triggered, negative when already above an unarmed level), ``last_breakout`` (date
and verdict, or null) and ``base_rate`` (with its N). Also the session judged, the close
and the trigger, whether the rule is armed, the volume a breakout needs, and the fan of
past cycles with "you are here" and the nearest one (how it is measured stated).
"""

from __future__ import annotations

from dataclasses import asdict

from models.records.caption import describe_rule
from models.records.event_study_record import horizon_records
from models.replay.cycle_fan import NEAREST_MEASURE, CycleFan
from models.replay.watch import Watch


def watch_record(watch: Watch) -> dict:
    """``watch`` as JSON-ready data (dates as ``YYYY-MM-DD`` through ``sidecar.plain``)."""
    standing, trigger = watch.standing, watch.standing.trigger
    return {
        "as_of": watch.as_of if watch.as_of is not None else watch.last_bar,
        "session": standing.session,
        "last_bar": watch.last_bar,
        "equity": watch.equity,
        "target": watch.base_rate.target,
        "demo": watch.is_demo,
        "rule": watch.params.rule,
        "rule_text": describe_rule(watch.params),
        "parameters": asdict(watch.params),
        "triggered": standing.triggered,
        "close": standing.close,
        "trigger": trigger.level,
        "trigger_inclusive": trigger.inclusive,
        "armed": trigger.armed,
        "sessions_to_arm": trigger.sessions_to_arm,
        "distance_pct": standing.distance_pct,
        "distance_points": standing.distance_points,
        "volume": {
            "needed": watch.volume.needed,
            "source": watch.volume.source,
            "multiple": watch.params.volume_mult,
            "average_sessions": watch.params.volume_avg_sessions,
            "window_sessions": watch.params.volume_window,
            "last": watch.volume.last,
            "last_ratio": watch.volume.last_ratio,
        },
        "last_breakout": _last(watch),
        "base_rate": _base_rate(watch),
        "fan": fan_record(watch.fan),
    }


def _last(watch: Watch) -> dict | None:
    last = watch.last_breakout
    if last is None:
        return None
    event = last.event
    return {
        "date": event.date,
        "verdict": last.verdict,
        "level": event.level,
        "close": event.close,
        "volume_ratio": event.volume_ratio,
        "volume_source": event.volume_source,
        "volume_confirmed": event.volume_confirmed,
        "days_since": last.days_since,
        "sessions_since": last.sessions_since,
    }


def _base_rate(watch: Watch) -> dict:
    rate = watch.base_rate
    study = rate.study
    era = study.placebo_era
    return {
        "target": rate.target,
        "n": rate.n,
        "n_listed": study.n_listed,
        "anecdote": rate.is_anecdote,
        "primary_horizon_days": study.primary_horizon,
        "by_horizon": horizon_records(study),
        "family_p_value": study.family_p_value,
        "placebo_draws": study.placebo_draws,
        "seed": study.seed,
        "placebo_era": None if era is None else {"first": era[0], "last": era[1]},
        "baseline": "every day of the target's history with a complete forward return",
    }


def fan_record(fan: CycleFan | None) -> dict | None:
    """The fan: the anchor, where we are, this cycle's path so far, each past cycle's
    path (returns since its breakout on days 0..365, null where not known) and the
    nearest cycle with how it is measured."""
    if fan is None:
        return None
    nearest = fan.nearest
    return {
        "anchor": fan.anchor,
        "anchor_kind": fan.anchor_kind,
        "anchor_verdict": fan.anchor_verdict,
        "anchor_close": fan.anchor_close,
        "day": fan.day,
        "you_are_here": fan.you_are_here(),
        "days": [int(d) for d in fan.days],
        "current": [float(v) for v in fan.current],
        "cycles": [
            {"date": c.date, "verdict": c.verdict, "path": [float(v) for v in c.path]}
            for c in fan.cycles
        ],
        "nearest": None
        if nearest is None
        else {
            "date": nearest.date,
            "verdict": nearest.verdict,
            "gap": nearest.gap,
            "days_compared": nearest.days_compared,
        },
        "nearest_measure": NEAREST_MEASURE,
    }
