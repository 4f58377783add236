"""What the cascade states, as plain data and as caption lines: ``cascade --json``, the
export's caption and its sidecar all read it here.

``cascade_record`` holds at least ``stages`` (the symbols in chain order), ``hops`` (one
object per hop: ``from``, ``to``, ``lag_days``, ``lag_interval_days`` [low, high],
``p_value``, ``n``, with the correlation, the window, the draws and how the hop was
aligned) and ``cycles``, plus ``total`` (the sum of the hops and the direct first-to-last
hop), ``stage_details`` and ``method`` (normalisation, interval, publication dating).
"""

from __future__ import annotations

from datetime import datetime

from models.cascade.analysis import CascadeAnalysis
from models.cascade.cycles import Cycle
from models.cascade.hops import INTERVAL_LEVEL, HopResult
from models.cascade.levels import NORMALISATION
from models.cascade.publication import rule_of
from models.market.instruments import FRED_PREFIX
from models.records.caption import DEMO_NOTE, DISCLAIMER, ENGLISH, CaptionLine, describe_rule
from models.records.evidence import DIGEST_NAME, combined_digest
from models.records.sidecar import FORMAT, FORMAT_VERSION, instrument_record
from models.version import __version__

INTERVAL_METHOD = (
    f"the span of the lags not rejected as the best lag at {100 * INTERVAL_LEVEL:.0f}% "
    "(a least-favourable max test on the null draws of the p; cautious for weak leads)"
)
P_METHOD = "family-wise over the hop's window (block sign-flip null, studentised CCF)"
TURN_METHOD = "the equity's breakout rule on each stage's level (inverted stages upside down)"


def cascade_record(analysis: CascadeAnalysis) -> dict:
    """The cascade as JSON-ready data (dates as ``YYYY-MM-DD`` through ``sidecar.plain``)."""
    chain = analysis.chain
    return {
        "stages": [stage.symbol for stage in analysis.stages],
        "stage_details": [
            _stage(level, turns)
            for level, turns in zip(analysis.levels, analysis.turns, strict=True)
        ],
        "hops": [hop_record(hop) for hop in chain.hops],
        "total": {
            "from": analysis.stages[0].symbol,
            "to": analysis.stages[-1].symbol,
            "sum_of_hops_days": chain.sum_of_leads,
            "sum_interval_days": _pair(chain.sum_interval),
            "direct": hop_record(chain.direct),
        },
        "cycles": [cycle_record(cycle) for cycle in analysis.cycles],
        "anchor": None
        if analysis.anchor_index is None
        else analysis.stages[analysis.anchor_index].symbol,
        "as_of": analysis.options.as_of,
        "is_demo": analysis.is_demo,
        "method": {
            "returns": "log returns (inverted stages: of 1 / level)",
            "window_days": [chain.window.min_lag, chain.window.max_lag],
            "draws": chain.draws,
            "seed": chain.seed,
            "p_value": P_METHOD,
            "lag_interval": INTERVAL_METHOD,
            "normalisation": NORMALISATION,
            "turns": TURN_METHOD,
            "breakout_rule": describe_rule(analysis.options.params),
            "cycle_window_days": [-analysis.options.lookback_days, analysis.options.horizon_days],
            "publication": _publication(analysis),
        },
    }


def hop_record(hop: HopResult) -> dict:
    """One hop: ``from``, ``to``, ``lag_days``, ``lag_interval_days``, ``p_value``, ``n``..."""
    return {
        "from": hop.leader.symbol,
        "to": hop.follower.symbol,
        "from_label": hop.leader.label,
        "to_label": hop.follower.label,
        "lag_days": hop.lag_days,
        "lag_interval_days": _pair(hop.lag_interval_days),
        "p_value": hop.p_value,
        "n": hop.n,
        "n_returns": hop.n_returns,
        "correlation": hop.correlation,
        "draws": hop.draws,
        "window_days": [hop.window.min_lag, hop.window.max_lag],
        "alignment": hop.alignment,
        "note": hop.note,
    }


def cycle_record(cycle: Cycle) -> dict:
    """One row of the cycles table: the anchor, the window, each stage, where it broke."""
    broke = cycle.broke_at
    return {
        "anchor": cycle.anchor,
        "kind": cycle.kind,
        "held": cycle.held,
        "window": [cycle.start, cycle.end],
        "stages": [
            {"label": s.label, "status": s.status, "turned": s.turned, "days_after": s.days_after}
            for s in cycle.stages
        ],
        "broke_at": None if broke is None else broke.label,
        "broke_why": None if broke is None else broke.status,
    }


def _stage(level, turns) -> dict:
    stage = level.stage
    return {
        "symbol": stage.symbol,
        "spec": stage.spec,
        "role": stage.role,
        "inverted": stage.inverted,
        "direction": stage.direction,
        "calendar": level.calendar,
        "first": level.level.index[0],
        "last": level.level.index[-1],
        "rows": len(level.level),
        "turns": [{"date": t.date, "pending": t.pending} for t in turns],
    }


def _publication(analysis: CascadeAnalysis) -> dict:
    """The publication rule of every FRED series behind the stages."""
    rules = {}
    for series in analysis.series:
        inputs = getattr(series, "inputs", None) or {series.instrument: series}
        for instrument in inputs:
            if instrument.symbol.startswith(FRED_PREFIX):
                rule = rule_of(instrument.symbol.removeprefix(FRED_PREFIX))
                rules[instrument.symbol] = f"{rule.released}; usable {rule.usable}"
    return rules


def _pair(values) -> list | None:
    return None if values is None else [int(values[0]), int(values[1])]


# --- the export: caption and sidecar ----------------------------------------------------------


def cascade_caption_lines(analysis: CascadeAnalysis, exported_at: datetime) -> list[CaptionLine]:
    """The caption under an exported cascade strip: stages, normalisation, hops, footer."""
    from models.analysis.pvalues import format_p

    chain = analysis.chain
    lines = [CaptionLine("The cascade: " + " → ".join(s.spec for s in analysis.stages), "title")]
    if analysis.is_demo:
        lines.append(CaptionLine(DEMO_NOTE, "alert"))
    as_of = analysis.options.as_of
    if as_of is not None:
        lines.append(CaptionLine(ENGLISH.say("as_of", date=f"{as_of:%Y-%m-%d}"), "alert"))
    lines.append(CaptionLine(f"Rows: {NORMALISATION}; marks: turns by the breakout rule."))
    hops = [_hop_text(hop, format_p) for hop in chain.hops]
    window = f"{chain.window.min_lag}..{chain.window.max_lag} d"
    lines.append(
        CaptionLine(
            f"Hops (lead, {INTERVAL_LEVEL:.0%} interval, p over {window}): " + "; ".join(hops)
        )
    )
    lines.append(CaptionLine(_total_text(analysis, format_p)))
    lines.append(CaptionLine(_footer(analysis, exported_at)))
    return lines


def _hop_text(hop: HopResult, format_p) -> str:
    name = f"{hop.leader.spec} → {hop.follower.spec}"
    if hop.lag_days is None:
        return f"{name}: {hop.note}"
    low, high = hop.lag_interval_days
    p_text = format_p(hop.p_value, hop.draws)
    return f"{name} {hop.lag_days:+d} d [{low}, {high}], {p_text}, N = {hop.n:,}"


def _total_text(analysis: CascadeAnalysis, format_p) -> str:
    chain = analysis.chain
    total = chain.sum_of_leads
    summed = (
        "n/a"
        if total is None
        else f"{total:+d} d [{chain.sum_interval[0]}, {chain.sum_interval[1]}]"
    )
    direct = _hop_text(chain.direct, format_p)
    return f"Total, first to last: sum of the hops {summed}; direct: {direct}"


def _footer(analysis: CascadeAnalysis, exported_at: datetime) -> str:
    lasts = ", ".join(
        f"{level.stage.spec} {level.level.index[-1]:%Y-%m-%d}" for level in analysis.levels
    )
    stamp = exported_at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Last value: {lasts} · Exported {stamp} · Liquidity Cascade {__version__} · {DISCLAIMER}"
    )


def cascade_evidence(analysis: CascadeAnalysis, image: dict, exported_at: datetime) -> dict:
    """The sidecar of an exported cascade: the record, every series, a digest of the data."""
    instruments = [instrument_record(series, "stage") for series in analysis.series]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "view": "cascade",
        "app": {"name": "Liquidity Cascade", "version": __version__},
        "exported_at": exported_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "image": image,
        "is_demo": analysis.is_demo,
        "cascade": cascade_record(analysis),
        "instruments": instruments,
        "data_hash": {
            "algorithm": DIGEST_NAME,
            "value": combined_digest([(i["label"], i["data_hash"]) for i in instruments]),
        },
        "warnings": [w for series in analysis.series for w in series.warnings],
        "disclaimer": DISCLAIMER,
    }
