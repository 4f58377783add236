"""The caption under an exported chart, as text: what, from where, how, and the figures.

``caption_lines`` writes it from an ``ExportSnapshot`` (instruments with source and
exchange, lag, scale and axis, alignment, breakout rule, correlation at the lag, best lag
of the window searched with its family-wise p-value and N, both bands of the
cross-correlation, the event study's headline with N and its baseline, last bars, export
time, "Not financial advice", DEMO when the data is synthetic). A p-value at the floor of
its draws reads "p ≤ 0.001", never "p < 0.001" (``models.analysis.pvalues``).
``widgets.caption_painter`` lays the lines out and paints them.

This module has no Qt, so it cannot translate: every phrase is a template in ``PHRASES``
(English), and a caller that speaks another language passes ``CaptionWords`` with the
same keys translated and a number format of its locale (the window does, through
``app.export.caption_words``; the command line writes English). A missing key falls back
to the English phrase, so a caption is never left with a hole.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from models.analysis.breakouts import BreakoutParams
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90
from models.analysis.pvalues import p_statement
from models.records.snapshot import ExportSnapshot
from models.version import __version__

#: every phrase of a caption, by key; ``{name}`` fields are filled in, never translated
PHRASES: dict[str, str] = {
    "title": "{equity} ({name}) vs {crypto}",
    "title_alone": "{equity} ({name})",
    "demo": "DEMO DATA: synthetic series, not market prices.",
    "data": "Data: {sources}",
    "source_demo": "{label} (synthetic, {timeframe})",
    "source": "{label} ({where}, {timeframe})",
    "source_origin": "{label} ({where}, {origin}, {timeframe})",
    "via": "{exchange} via {source}",
    "origin_imported": "imported",
    "origin_fetched": "fetched",
    "origin_demo": "demo",
    "lag": "Lag {lag} days (crypto of day t{lag} drawn at t; positive: equity leads)",
    "scale": "Scale: {scale}, {axis}",
    "scale_price": "price",
    "scale_percent": "% change from {anchor}",
    "scale_index": "indexed to 100 on {anchor}",
    "axis_log": "log axis",
    "axis_linear": "linear axis",
    "alignment": "Alignment: {policy}",
    "policy_sessions": "NYSE sessions (crypto close on each session date)",
    "policy_calendar": "calendar days (equity close carried over weekends and holidays)",
    "policy_weekly": "weekly (last session of each week)",
    "rule": "Breakout rule: {rule}",
    "rule_ath_drought": "first close above the all-time high after {n} sessions without one",
    "rule_n_day_high": "close {pct}% above the {n}-session high",
    "rule_level": "close above {level}",
    "rule_level_unset": "a level not set yet",
    "confirmation": "{rule}; volume confirmed at {mult}x its {average}-session average within "
    "{window} sessions; a breakout holds when the close stays above the level {hold} sessions",
    "correlation": "Correlation of daily log returns, {equity} vs {crypto} at {lag} days: "
    "{rho} (N = {n})",
    "best_lag": "best lag of {sampling} returns in {window}: {lag} days: {rho}, {p} "
    "(family-wise over that window, {draws} draws), N = {n}",
    "sampling_daily": "daily",
    "sampling_weekly": "weekly",
    "window_all_lags": "all lags",
    "window_lead_30_90": "lead 30-90 d",
    "window_named": "{name} ({span})",
    "window_span": "{low}..{high} days",
    "bands": "cross-correlation bands: pointwise 95% (each lag alone) and family-wise 95% "
    "over {window}",
    "events": "{n} breakouts ({held} held)",
    "hit_rate": "headline +{horizon} days, fixed before looking: {crypto} rose after {share}% "
    "of N = {n} breakouts against {baseline}% of all {horizon}-day windows, placebo {p}, "
    "family-wise over {horizons} horizons {family}",
    "anecdote": "N = {n}: an anecdote, not evidence",
    "no_crypto": "no crypto series: the statistics need one",
    "not_available": "n/a",
    "footer": "Last bar: {lasts} · Exported {stamp} · Liquidity Cascade {version} · {disclaimer}",
    "disclaimer": "Not financial advice.",
}
#: the sidecar states the disclaimer in English whatever the caption's language
DISCLAIMER = PHRASES["disclaimer"]
DEMO_NOTE = PHRASES["demo"]


def english_number(value: float, decimals: int) -> str:
    """``value`` with thousands separators and ``decimals`` decimals: 2,600.00."""
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class CaptionWords:
    """The phrases of a caption (``PHRASES`` keys) and how numbers are written in it."""

    phrases: Mapping[str, str] = field(default_factory=lambda: dict(PHRASES))
    number: Callable[[float, int], str] = english_number

    def say(self, key: str, **fields) -> str:
        """The phrase ``key`` with its fields filled in (English when not translated)."""
        return (self.phrases.get(key) or PHRASES[key]).format(**fields)

    def signed(self, value: float, decimals: int) -> str:
        """A number with its sign: +0.312, -7."""
        text = self.number(abs(value), decimals)
        return ("-" if value < 0 else "+") + text

    def count(self, n: int) -> str:
        """A whole number with the locale's thousands separator."""
        return self.number(float(n), 0)

    def short(self, value: float) -> str:
        """A setting as short as it is (1.5, 2, 0.25), with the locale's decimal point."""
        decimals = len(f"{value:g}".partition(".")[2])
        return self.number(value, decimals)


ENGLISH = CaptionWords()


@dataclass(frozen=True)
class CaptionLine:
    """One paragraph of the caption; ``kind`` is 'title', 'body' or 'alert' (DEMO)."""

    text: str
    kind: str = "body"


def caption_lines(
    snapshot: ExportSnapshot, exported_at: datetime, words: CaptionWords = ENGLISH
) -> list[CaptionLine]:
    """The caption of ``snapshot``, one paragraph per line (wrapped when painted)."""
    w = words
    lines = [CaptionLine(_title(snapshot, w), "title")]
    if snapshot.is_demo:
        lines.append(CaptionLine(w.say("demo"), "alert"))
    sources = "; ".join(_source_text(s, w) for s in snapshot.session.series)
    lines += [
        CaptionLine(w.say("data", sources=sources)),
        CaptionLine(_method_text(snapshot, w)),
        CaptionLine(w.say("rule", rule=describe_rule(snapshot.params, w))),
        CaptionLine(_statistics_text(snapshot, w)),
        CaptionLine(_footer_text(snapshot, exported_at, w)),
    ]
    return lines


def _title(snapshot: ExportSnapshot, w: CaptionWords) -> str:
    equity = snapshot.session.equity.instrument
    name = equity.name.removesuffix(" (DEMO)")
    crypto = ", ".join(s.instrument.label for s in snapshot.session.crypto)
    if not crypto:
        return w.say("title_alone", equity=equity.label, name=name)
    return w.say("title", equity=equity.label, name=name, crypto=crypto)


def _source_text(series, w: CaptionWords) -> str:
    label, timeframe = series.instrument.label, series.timeframe
    if series.is_demo:
        return w.say("source_demo", label=label, timeframe=timeframe)
    where = (
        w.say("via", exchange=series.exchange, source=series.source)
        if series.exchange
        else series.source
    )
    origin = series.provenance_summary
    if origin == "fetched":
        return w.say("source", label=label, where=where, timeframe=timeframe)
    origin = "+".join(_origin(part, series, w) for part in origin.split("+"))
    if not series.exchange and "fetched" not in series.provenance_summary:
        where = origin  # an imported file: never an exchange that did not serve it
        return w.say("source", label=label, where=where, timeframe=timeframe)
    return w.say("source_origin", label=label, where=where, origin=origin, timeframe=timeframe)


def _origin(part: str, series, w: CaptionWords) -> str:
    """One provenance part; imported rows name their files."""
    said = w.say(f"origin_{part}")
    if part == "imported" and series.imported_from:
        said += f" ({', '.join(series.imported_from)})"
    return said


def _method_text(snapshot: ExportSnapshot, w: CaptionWords) -> str:
    lag = f"{snapshot.lag_days:+d}"
    anchor = f"{snapshot.effective_anchor():%Y-%m-%d}"
    scale = w.say(f"scale_{snapshot.scale}", anchor=anchor)
    axis = w.say("axis_log" if snapshot.log_axis_drawn() else "axis_linear")
    policy = w.say(f"policy_{snapshot.policy}")
    parts = (
        w.say("lag", lag=lag),
        w.say("scale", scale=scale, axis=axis),
        w.say("alignment", policy=policy),
    )
    return " · ".join(parts)


def describe_rule(params: BreakoutParams, words: CaptionWords = ENGLISH) -> str:
    """The breakout rule in words, with its confirmation settings."""
    w = words
    if params.rule == "ath_drought":
        rule = w.say("rule_ath_drought", n=params.drought_sessions)
    elif params.rule == "n_day_high":
        rule = w.say("rule_n_day_high", pct=w.short(params.min_pct), n=params.n_days)
    elif params.level is not None:
        rule = w.say("rule_level", level=w.number(params.level, 2))
    else:
        rule = w.say("rule_level_unset")
    return w.say(
        "confirmation",
        rule=rule,
        mult=w.short(params.volume_mult),
        average=params.volume_avg_sessions,
        window=params.volume_window,
        hold=params.hold_sessions,
    )


def _statistics_text(snapshot: ExportSnapshot, w: CaptionWords) -> str:
    key = snapshot.primary_key
    equity = snapshot.session.equity.instrument.label
    parts = [] if key is not None else [w.say("no_crypto")]
    corr = snapshot.correlation
    if corr is not None:
        parts.append(
            w.say(
                "correlation",
                equity=equity,
                crypto=key,
                lag=f"{corr.lag_days:+d}",
                rho=_signed(corr.correlation, w),
                n=w.count(corr.n),
            )
        )
    ccf = snapshot.ccf
    if ccf is not None:
        window = window_text(ccf.window, w)
        parts.append(
            w.say(
                "best_lag",
                sampling=w.say(f"sampling_{ccf.sampling}"),
                window=window,
                lag=f"{ccf.best_lag:+d}",
                rho=_signed(ccf.best_correlation, w),
                p=_p(ccf.p_value, w, ccf.draws),
                draws=w.count(ccf.draws),
                n=w.count(int(ccf.n[ccf.best_lag - int(ccf.lags[0])])),
            )
        )
        parts.append(w.say("bands", window=window))
    parts.append(_events_text(snapshot, w))
    return " · ".join(p for p in parts if p)


def _events_text(snapshot: ExportSnapshot, w: CaptionWords) -> str:
    events = snapshot.breakouts.events
    held = sum(1 for e in events if e.confirmed)
    text = w.say("events", n=len(events), held=held)
    study = snapshot.study
    if study is None or math.isnan(study.hit_rate):
        return text
    row = next(r for r in study.horizon_rows() if r.horizon == study.primary_horizon)
    text += "; " + w.say(
        "hit_rate",
        crypto=snapshot.primary_key,
        horizon=study.primary_horizon,
        share=w.number(100 * study.hit_rate, 0),
        n=row.n,
        baseline=_share(row.baseline_share_up, w),
        p=_p(study.placebo_p_value, w, study.placebo_draws),
        horizons=len(study.horizons),
        family=_p(study.family_p_value, w, study.placebo_draws),
    )
    if study.is_anecdote:
        text += "; " + w.say("anecdote", n=study.n_events)
    return text


def window_text(window, w: CaptionWords = ENGLISH) -> str:
    """A lag window as the caption states it: "lead 30-90 d (+30..+90 days)"."""
    span = w.say("window_span", low=_signed_days(window.min_lag), high=_signed_days(window.max_lag))
    names = {ALL_LAGS.name: "window_all_lags", LEAD_30_90.name: "window_lead_30_90"}
    key = names.get(window.name)
    return w.say("window_named", name=w.say(key), span=span) if key else span


def _signed_days(days: int) -> str:
    return f"{int(days):+d}" if days else "0"


def _share(fraction: float, w: CaptionWords) -> str:
    return w.say("not_available") if math.isnan(fraction) else w.number(100 * fraction, 0)


def _footer_text(snapshot: ExportSnapshot, exported_at: datetime, w: CaptionWords) -> str:
    lasts = ", ".join(
        f"{s.instrument.label} {s.last:%Y-%m-%d}" for s in snapshot.session.series if s.rows
    )
    return w.say(
        "footer",
        lasts=lasts,
        stamp=exported_at.strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
        disclaimer=w.say("disclaimer"),
    )


def _signed(value: float, w: CaptionWords) -> str:
    if value is None or math.isnan(value):
        return w.say("not_available")
    return w.signed(value, 3)


def _p(value: float, w: CaptionWords, draws: int | None = None) -> str:
    """A p-value as a clause in the caption's numbers: 'p = 0.042', 'p ≤ 0.001' at the
    floor of ``draws`` (the phrase states the draws where they matter)."""
    statement = p_statement(value, draws)
    if statement is None:
        return "p = " + w.say("not_available")
    return f"p {statement.relation} {w.number(statement.value, statement.decimals)}"
