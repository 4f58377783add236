"""``main.py watch`` as text: where the rule stands, the volume it needs, the last
breakout, the base rate with N beside every share and p, and the fan in a few lines."""

from __future__ import annotations

import numpy as np

from models.analysis.event_study import ANECDOTE_BELOW
from models.analysis.pvalues import format_p
from models.records.caption import describe_rule
from models.records.event_study_record import horizon_records
from models.replay.cycle_fan import NEAREST_MEASURE
from models.units import count

DEMO_LINE = "DEMO: synthetic data, not market prices; the watch below is an illustration only"


def print_watch(watch, origin: str) -> None:
    """Everything ``watch`` states, readable in a terminal or a cron mail."""
    if watch.is_demo:
        print(DEMO_LINE)
    standing = watch.standing
    print(
        f"{watch.equity} on {standing.session:%Y-%m-%d} ({origin}): close "
        f"{standing.close:,.2f}; rule {watch.params.rule}: {describe_rule(watch.params)}"
    )
    print(_trigger_line(standing))
    print(_volume_line(watch))
    print(_last_line(watch))
    _print_base_rate(watch)
    _print_fan(watch)
    print(
        "TRIGGERED: a breakout fired on this session (exit 10)"
        if watch.triggered
        else "not triggered (exit 0; 10 when a breakout fires on the session)"
    )


def _trigger_line(standing) -> str:
    trigger = standing.trigger
    if standing.triggered:
        return f"trigger: the close broke {trigger.level:,.2f} on this session (distance 0)"
    if trigger.level != trigger.level:
        return f"trigger: none yet ({trigger.sessions_to_arm} more sessions of history needed)"
    above = "at or above" if trigger.inclusive else "above"
    side = "above" if standing.distance_points >= 0 else "below"
    gap = (
        f"{abs(standing.distance_points):,.2f} points ({abs(standing.distance_pct):.2f}%) "
        f"{side} the close"
    )
    line = f"trigger: a close {above} {trigger.level:,.2f} on the next session, {gap}"
    if trigger.armed:
        return line
    if trigger.sessions_to_arm is None:
        return (
            f"{line}; not armed: the close is above the level, so it fires again only "
            "after a close at or below it"
        )
    return (
        f"{line}; not armed: a new high counts after {trigger.sessions_to_arm} more sessions "
        "without one (the drought)"
    )


def _volume_line(watch) -> str:
    need, params = watch.volume, watch.params
    rule = f"{params.volume_mult:g}x its {params.volume_avg_sessions}-session average"
    if need.needed != need.needed:
        return f"volume: no usable volume, so no breakout can be volume confirmed ({rule})"
    last = f"{need.last:,.0f} ({need.last_ratio:.2f}x)" if need.last == need.last else "none"
    return (
        f"volume: a breakout needs {rule} within {params.volume_window} sessions: "
        f"{need.needed:,.0f} ({need.source} volume); the last session {last}"
    )


def _last_line(watch) -> str:
    last = watch.last_breakout
    if last is None:
        return "last breakout: none under this rule"
    event = last.event
    seen = min(watch.params.volume_window, last.sessions_since + 1)
    confirmed = "volume confirmed" if event.volume_confirmed else "volume not confirmed"
    if not event.volume_confirmed and seen < watch.params.volume_window:
        confirmed += f" yet ({seen} of its {watch.params.volume_window} sessions seen)"
    return (
        f"last breakout: {event.date:%Y-%m-%d} above {event.level:,.2f}, {last.verdict}, "
        f"{confirmed}; {last.days_since:,} days ({last.sessions_since:,} sessions) ago"
    )


def _print_base_rate(watch) -> None:
    rate = watch.base_rate
    study = rate.study
    if study.n_listed == 0:
        print(f"base rate: no past breakout under this rule, so none to count ({rate.target})")
        return
    print(
        f"base rate: {rate.target} after {count(study.n_listed, 'breakout')} under this rule "
        f"(N = {rate.n} with {rate.target} data), against every day of its history:"
    )
    print(f"  {'horizon':>7}  {'N':>4}  {'rose':>10}  {'mean':>8}  {'every day (N)':>22}  p")
    for row in horizon_records(study):
        rose = "-" if row["n_rose"] is None else f"{row['n_rose']} ({row['hit_rate']:.0%})"
        mean = "-" if row["mean_return"] != row["mean_return"] else f"{row['mean_return']:+.1%}"
        base = f"{row['baseline_share_up']:.0%} {row['baseline_mean']:+.1%} ({row['baseline_n']:,})"
        p = format_p(row["p_value"], study.placebo_draws)
        horizon = f"+{row['horizon_days']} d"
        print(f"  {horizon:>7}  {row['n']:>4}  {rose:>10}  {mean:>8}  {base:>22}  {p}")
    if rate.is_anecdote:
        print(f"  N = {rate.n}: an anecdote, not evidence (fewer than {ANECDOTE_BELOW} breakouts)")


def _print_fan(watch) -> None:
    fan = watch.fan
    if fan is None:
        print("fan: no target prices by then")
        return
    laid = f"{count(len(fan.cycles), 'past cycle')} laid from it" if fan.cycles else "no past cycle"
    print(f"fan: {fan.you_are_here()}; {laid}")
    at = [
        c.path[fan.day]
        for c in fan.cycles
        if fan.day < len(c.path) and np.isfinite(c.path[fan.day])
    ]
    if fan.anchor_kind == "breakout" and fan.day > 0 and at:
        now = fan.current[-1]
        now_text = f"{now:+.1%}" if np.isfinite(now) else "n/a"
        print(
            f"  day {fan.day}: this cycle {now_text}; the past cycles median {np.median(at):+.1%}, "
            f"{min(at):+.1%} to {max(at):+.1%} (N = {len(at)})"
        )
    if fan.nearest is not None:
        near = fan.nearest
        print(
            f"  nearest past cycle: {near.date:%Y-%m-%d} ({near.verdict}), gap {near.gap:.3f} "
            f"over {near.days_compared} days; nearest = {NEAREST_MEASURE}"
        )
