"""The caption under an exported chart, as text: what, from where, how, and the figures.

``caption_lines`` writes it from an ``ExportSnapshot`` (instruments with source and
exchange, lag, scale, alignment, breakout rule, correlation at the lag, best lag with
p-value and N, last bars, export time, "Not financial advice", DEMO when the data is
synthetic). ``widgets.caption_painter`` lays the lines out and paints them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from models.analysis.breakouts import BreakoutParams
from models.records.snapshot import ExportSnapshot
from models.version import __version__

DISCLAIMER = "Not financial advice."
DEMO_NOTE = "DEMO DATA: synthetic series, not market prices."
SCALE_TEXT = {
    "price": "price",
    "log": "price, log scale",
    "percent": "% change from {anchor}",
    "index": "indexed to 100 on {anchor}",
}
POLICY_TEXT = {
    "sessions": "NYSE sessions (crypto close on each session date)",
    "calendar": "calendar days (equity close carried over weekends and holidays)",
    "weekly": "weekly (last session of each week)",
}


@dataclass(frozen=True)
class CaptionLine:
    """One paragraph of the caption; ``kind`` is 'title', 'body' or 'alert' (DEMO)."""

    text: str
    kind: str = "body"


def caption_lines(snapshot: ExportSnapshot, exported_at: datetime) -> list[CaptionLine]:
    """The caption of ``snapshot``, one paragraph per line (wrapped when painted)."""
    lines = [CaptionLine(_title(snapshot), "title")]
    if snapshot.is_demo:
        lines.append(CaptionLine(DEMO_NOTE, "alert"))
    lines += [
        CaptionLine("Data: " + "; ".join(_source_text(s) for s in snapshot.session.series)),
        CaptionLine(_method_text(snapshot)),
        CaptionLine("Breakout rule: " + describe_rule(snapshot.params)),
        CaptionLine(_statistics_text(snapshot)),
        CaptionLine(_footer_text(snapshot, exported_at)),
    ]
    return lines


def _title(snapshot: ExportSnapshot) -> str:
    equity = snapshot.session.equity.instrument
    crypto = ", ".join(s.instrument.label for s in snapshot.session.crypto)
    name = equity.name.removesuffix(" (DEMO)")
    return f"{equity.label} ({name}) vs {crypto}"


def _source_text(series) -> str:
    label = series.instrument.label
    if series.is_demo:
        return f"{label} (synthetic, {series.timeframe})"
    return f"{label} ({series.origin_text}, {series.timeframe})"


def _method_text(snapshot: ExportSnapshot) -> str:
    lag = snapshot.lag_days
    anchor = f"{snapshot.effective_anchor():%Y-%m-%d}"
    scale = SCALE_TEXT[snapshot.scale].format(anchor=anchor)
    lag_text = f"Lag {lag:+d} days (crypto of day t{lag:+d} drawn at t; positive: equity leads)"
    return f"{lag_text} · Scale: {scale} · Alignment: {POLICY_TEXT[snapshot.policy]}"


def describe_rule(params: BreakoutParams) -> str:
    """The breakout rule in words, with its confirmation settings."""
    if params.rule == "ath_drought":
        rule = f"first close above the all-time high after {params.drought_sessions} sessions"
        rule += " without one"
    elif params.rule == "n_day_high":
        rule = f"close {params.min_pct:g}% above the {params.n_days}-session high"
    else:
        rule = f"close above {params.level:,.2f}" if params.level is not None else "level"
    return (
        f"{rule}; volume confirmed at {params.volume_mult:g}x its "
        f"{params.volume_avg_sessions}-session average within {params.volume_window} sessions; "
        f"a breakout holds when the close stays above the level {params.hold_sessions} sessions"
    )


def _statistics_text(snapshot: ExportSnapshot) -> str:
    key = snapshot.primary_key or "crypto"
    equity = snapshot.session.equity.instrument.label
    parts = []
    corr = snapshot.correlation
    if corr is not None:
        parts.append(
            f"Correlation of daily log returns, {equity} vs {key} at {corr.lag_days:+d} days: "
            f"{_signed(corr.correlation)} (N = {corr.n:,})"
        )
    ccf = snapshot.ccf
    if ccf is not None:
        parts.append(
            f"best lag {ccf.best_lag:+d} days: {_signed(ccf.best_correlation)}, "
            f"p {_p(ccf.p_value)} (family-wise over ±{int(max(abs(ccf.lags)))} days, "
            f"{ccf.draws} draws), N = {ccf.n_total:,}"
        )
    parts.append(_events_text(snapshot))
    return " · ".join(p for p in parts if p)


def _events_text(snapshot: ExportSnapshot) -> str:
    events = snapshot.breakouts.events
    held = sum(1 for e in events if e.confirmed)
    text = f"{len(events)} breakouts ({held} held)"
    study = snapshot.study
    if study is not None and not math.isnan(study.hit_rate):
        text += (
            f"; {snapshot.primary_key} up {study.primary_horizon} days later in "
            f"{100 * study.hit_rate:.0f}% of N = {_events_with_returns(study)}, "
            f"placebo p {_p(study.placebo_p_value)}"
        )
    return text


def _events_with_returns(study) -> int:
    """Events whose crypto forward return at the primary horizon is known (the hit rate's N)."""
    column = study.table.get(f"fwd_{study.primary_horizon}d")
    if column is None and study.current_lag == study.primary_horizon:
        column = study.table.get("fwd_lag")  # the primary horizon is the current lag
    return 0 if column is None else int(column.notna().sum())


def _footer_text(snapshot: ExportSnapshot, exported_at: datetime) -> str:
    lasts = ", ".join(
        f"{s.instrument.label} {s.last:%Y-%m-%d}" for s in snapshot.session.series if s.rows
    )
    stamp = exported_at.strftime("%Y-%m-%d %H:%M UTC")
    return f"Last bar: {lasts} · Exported {stamp} · Liquidity Cascade {__version__} · {DISCLAIMER}"


def _signed(value: float) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:+.3f}"


def _p(value: float) -> str:
    """A p-value with its relation sign: '= 0.042', '< 0.001'."""
    if value is None or math.isnan(value):
        return "= n/a"
    return f"= {value:.3f}" if value >= 0.001 else "< 0.001"
