"""``main.py cascade``'s text output: the stages, each hop with N beside its p, the total,
the rows' normalisation and the cycles table, readable in a terminal."""

from __future__ import annotations

from models.analysis.pvalues import format_p
from models.cascade.cycles import BEFORE, NO_DATA, NO_TURN, TURNED
from models.cascade.levels import NORMALISATION
from models.records.cascade_record import INTERVAL_METHOD, P_METHOD, TURN_METHOD
from models.replay.as_of import as_of_line
from models.units import count

_STATUS = {TURNED: "", BEFORE: " (before the stage before)", NO_TURN: "", NO_DATA: ""}


def print_cascade(analysis) -> None:
    """Everything ``cascade`` states, in text."""
    chain = analysis.chain
    stages = analysis.stages
    demo = " (DEMO: synthetic data with planted leads)" if analysis.is_demo else ""
    print(f"The cascade: {' → '.join(s.spec for s in stages)}{demo}")
    if analysis.options.as_of is not None:
        print(as_of_line(analysis.options.as_of))
    _print_stages(analysis)
    window = f"{chain.window.min_lag:+d}..{chain.window.max_lag:+d} d"
    print(f"hops: the lead of each stage behind the one before, searched over {window}")
    print(f"  interval: {INTERVAL_METHOD}")
    print(f"  p: {P_METHOD}; N = return pairs at the lead")
    for hop in chain.hops:
        _print_hop(hop)
    _print_total(chain)
    print(f"rows: {NORMALISATION}")
    _print_cycles(analysis)


def _print_stages(analysis) -> None:
    print("stages:")
    for n, (level, turns) in enumerate(zip(analysis.levels, analysis.turns, strict=True), 1):
        first, last = level.level.index[0], level.level.index[-1]
        print(
            f"  {n}. {level.label:34} {level.calendar:8} {first:%Y-%m-%d} .. {last:%Y-%m-%d}  "
            f"{level.stage.direction}; {count(len(turns), 'turn')}"
        )


def hop_line(hop) -> str:
    """One hop in a line: lead, interval, correlation, p with its N."""
    name = f"{hop.leader.spec} → {hop.follower.spec}"
    if hop.lag_days is None:
        return f"{name}: no figures ({hop.note})"
    low, high = hop.lag_interval_days
    return (
        f"{name}: lead {hop.lag_days:+d} d [{low:+d}, {high:+d}], r {hop.correlation:+.3f}, "
        f"{format_p(hop.p_value, hop.draws)}, N = {hop.n:,} (of {hop.n_returns:,} returns)"
    )


def _print_hop(hop) -> None:
    print(f"  {hop_line(hop)}")
    print(f"      aligned: {hop.alignment}")


def _print_total(chain) -> None:
    total = chain.sum_of_leads
    if total is None:
        summed = "not known (a hop has no figures)"
    else:
        low, high = chain.sum_interval
        summed = f"{total:+d} d [{low:+d}, {high:+d}] (the intervals added end to end)"
    print(f"total, first to last: sum of the hops {summed}")
    print(f"  direct: {hop_line(chain.direct)}")


def _print_cycles(analysis) -> None:
    options = analysis.options
    anchor = analysis.anchor_index
    what = "now only: no stage is" if anchor is None else "each breakout of"
    name = options.anchor if anchor is None else analysis.stages[anchor].spec
    print(
        f"cycles ({what} {name}; turns: {TURN_METHOD}; window "
        f"-{options.lookback_days}..+{options.horizon_days} d):"
    )
    for cycle in analysis.cycles:
        print(f"  {_anchor_text(cycle)}")
        for stage in cycle.stages:
            print(f"      {stage.label:34} {_stage_text(stage)}")
        broke = cycle.broke_at
        verdict = "held to the end" if broke is None else f"broke at {broke.label} ({broke.status})"
        print(f"      chain {verdict}")


def _anchor_text(cycle) -> str:
    span = f"{cycle.start:%Y-%m-%d} .. {cycle.end:%Y-%m-%d}"
    if cycle.kind == "now":
        return f"now ({cycle.anchor:%Y-%m-%d}), {span}"
    held = "held" if cycle.held else "failed"
    return f"breakout {cycle.anchor:%Y-%m-%d} ({held}), {span}"


def _stage_text(stage) -> str:
    if stage.turned is None:
        return "no data over the window" if stage.status == NO_DATA else "did not turn"
    after = "" if stage.days_after is None else f" ({stage.days_after:+d} d after the stage before)"
    return f"turned {stage.turned:%Y-%m-%d}{after}{_STATUS[stage.status]}"
