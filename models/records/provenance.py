"""The gap and provenance report of a session: per series its source, range and gaps."""

from __future__ import annotations

from models.session.session import Session


def provenance_report(session: Session) -> str:
    """Plain-text report: per series its source, range, provenance and calendar gaps."""
    from models.market.gaps import find_gaps  # only when the report is asked for

    lines = []
    for series in session.series:
        inst = series.instrument
        gaps = find_gaps(series.frame, inst.calendar, series.timeframe)
        missing = sum(g.missing for g in gaps)
        lines += [
            f"{inst.label} — {inst.name}",
            f"  source {series.origin_text}, "
            f"{series.timeframe}, {series.rows:,} bars {_span(series)}",
            f"  provenance: {series.provenance_summary}; "
            f"{'from the cache' if series.from_cache else 'fetched this session'}"
            + (f", fetched {series.fetched_at:%Y-%m-%d %H:%M} UTC" if series.fetched_at else ""),
            f"  gaps on the {inst.calendar} calendar: {len(gaps)} ({missing:,} missing bars)",
        ]
        lines += [f"    {g.start:%Y-%m-%d} → {g.end:%Y-%m-%d}: {g.missing}" for g in gaps[:12]]
        if len(gaps) > 12:
            lines.append(f"    … and {len(gaps) - 12} more")
        lines += [f"  note: {w}" for w in series.warnings]
        lines.append("")
    return "\n".join(lines)


def _span(series) -> str:
    if series.first is None:
        return ""
    return f"from {series.first:%Y-%m-%d} to {series.last:%Y-%m-%d}"
