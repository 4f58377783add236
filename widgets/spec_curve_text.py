"""What the specification curve panel says, as text: the shares with the counts they rest
on, the default rule's line per coin, how the default rule was chosen, and the key of the
curve's colours. Pure functions of a ``models.analysis.spec_curve.SpecCurveResult`` in
the UI language, so a test reads exactly what the panel shows.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from models.analysis.spec_curve import ALPHA, SpecGrid
from widgets.formatting import (
    format_count,
    format_lag,
    format_number,
    format_p_value,
    format_percent,
    format_share,
)
from widgets.panel_theme import PanelTheme


def shares_text(result) -> str:
    """The shares that summarise ``result``, one per line, each with the count it rests on:
    how many specifications had events, how many show an effect above any day, and how
    many are significant at 5% raw, after Holm and after Benjamini-Hochberg."""
    specs = result.specs
    tested = specs[specs["p_value"].notna()]
    head = QCoreApplication.translate(
        "SpecCurveView",
        "{n} specifications over {coins}: {tested} with events, {anecdotes} "
        "of them anecdotes (N < 8)",
    ).format(
        n=format_count(result.n_specs),
        coins=", ".join(dict.fromkeys(specs["coin"])),
        tested=format_count(len(tested)),
        anecdotes=format_count(int(tested["anecdote"].sum())),
    )
    if tested.empty:
        return (
            head
            + "\n"
            + QCoreApplication.translate("SpecCurveView", "no rule has an event with crypto data")
        )
    effect = QCoreApplication.translate(
        "SpecCurveView", "effect above any day: {share} ({k} of {n})"
    ).format(**_share(tested["effect"] > 0))
    significant = QCoreApplication.translate(
        "SpecCurveView",
        "significant at 5%: {raw} raw; {holm} after Holm (family-wise, any dependence); "
        "{bh} after Benjamini-Hochberg (false discovery rate)",
    ).format(
        raw=_counted(tested["p_value"] < ALPHA),
        holm=_counted(tested["p_holm"] < ALPHA),
        bh=_counted(tested["p_bh"] < ALPHA),
    )
    return "\n".join([head, effect, significant])


def _share(mask) -> dict:
    return {
        "share": format_share(float(mask.mean())),
        "k": format_count(int(mask.sum())),
        "n": format_count(len(mask)),
    }


def _counted(mask) -> str:
    return QCoreApplication.translate("SpecCurveView", "{share} ({k} of {n})").format(
        **_share(mask)
    )


def default_rule_text(result) -> str:
    """The default rule's line per coin: its effect, p and N."""
    rows = result.specs[result.specs["is_default"]]
    if rows.empty:
        return ""
    parts = []
    for row in rows.itertuples():
        if row.n_events == 0:
            figures = QCoreApplication.translate("SpecCurveView", "no events with data")
        else:
            figures = QCoreApplication.translate(
                "SpecCurveView", "effect {effect}, p = {p}, N = {n}"
            ).format(
                effect=format_percent(row.effect),
                p=format_p_value(row.p_value, result.draws),
                n=format_count(row.n_events),
            )
        parts.append(f"{row.coin}: {figures}")
    first = rows.iloc[0]
    head = QCoreApplication.translate(
        "SpecCurveView", "default rule ({drought} sessions, {volume}×, hold {hold}, {horizon})"
    ).format(
        drought=int(first["drought_sessions"]),
        volume=format_number(float(first["volume_mult"]), 1),
        hold=int(first["hold_sessions"]),
        horizon=format_lag(int(first["horizon_days"])),
    )
    return head + ": " + "; ".join(parts)


def default_rule_note(grid: SpecGrid | None = None) -> str:
    """How the default rule was chosen and what ``grid`` (default: the app's) sweeps
    (docs/statistics.md, section 6)."""
    grid = grid or SpecGrid()
    return QCoreApplication.translate(
        "SpecCurveView",
        "How the default rule was chosen: it was reasoned from the cycles the thesis cites, "
        "and its drought of a year was picked knowing it makes November 2016 an event: a "
        "forking path. The curve answers it by running every rule of the grid (drought "
        "{drought} sessions, volume {volume}×, hold {hold} sessions, horizon {horizon} d, "
        "each coin).",
    ).format(
        drought=_span(grid.drought_sessions, 0),
        volume=_span(grid.volume_mult, 1),
        hold=_span(grid.hold_sessions, 0),
        horizon=_span(grid.horizon_days, 0),
    )


def _span(values, decimals: int) -> str:
    return f"{format_number(min(values), decimals)}-{format_number(max(values), decimals)}"


def curve_key_html(theme: PanelTheme) -> str:
    """What the dots' colours and the ring mean."""
    dot = '<span style="color:{}; font-size:11pt;">&#9679;</span>&nbsp;{}'
    return " &nbsp;".join(
        [
            dot.format(
                theme.best,
                html.escape(QCoreApplication.translate("SpecCurveView", "significant after Holm")),
            ),
            dot.format(
                theme.secondary_line,
                html.escape(QCoreApplication.translate("SpecCurveView", "at 5% raw only")),
            ),
            dot.format(
                theme.muted,
                html.escape(QCoreApplication.translate("SpecCurveView", "not significant")),
            ),
            f'<span style="color:{theme.marker}; font-size:11pt;">&#9675;</span>&nbsp;'
            + html.escape(QCoreApplication.translate("SpecCurveView", "default rule")),
        ]
    )
