"""The cascade's presenters: a ``CascadeAnalysis`` onto the strip (the window and the
export), and onto the window's whole cascade view (the strip, the chain, the cycles).

Names are the UI language's (``widgets.cascade.texts``): the export from the command line
runs with no translator installed and so stays English.
"""

from __future__ import annotations

import numpy as np

from models.cascade.analysis import CascadeAnalysis
from models.cascade.cycles import Cycle
from models.cascade.hops import HopResult
from models.cascade.stages import Stage
from widgets.cascade.protocols import CascadePanelView, CascadeStripView
from widgets.cascade.rows import DIRECT, HOP, SUM, ChainRow, CycleCell, CycleColumn, StripRow
from widgets.cascade.texts import stage_name
from widgets.chart.timecoords import index_to_days, value_to_days
from widgets.formatting import format_lag


def strip_rows(analysis: CascadeAnalysis) -> list[StripRow]:
    """One row per stage: its short label with the lead behind the stage before, the
    normalised row, its turns (pending ones flagged)."""
    leads = [None, *(hop.lag_days for hop in analysis.chain.hops)]
    rows = []
    for level, row, turns, lead in zip(
        analysis.levels, analysis.rows, analysis.turns, leads, strict=True
    ):
        rows.append(
            StripRow(
                label=row_label(level.stage, lead),
                x=index_to_days(row.index),
                values=row.to_numpy(dtype=float),
                turns=np.array([value_to_days(t.date) for t in turns], dtype=float),
                pending=np.array([t.pending for t in turns], dtype=bool),
            )
        )
    return rows


def row_label(stage: Stage, lead: int | None) -> str:
    """``credit (inverted) · +7 d``: the stage's name (its role, else its symbol,
    shortened), the direction when inverted, and the lead behind the stage before."""
    name = stage_name(stage)
    return name if lead is None else f"{name} · {format_lag(lead)}"


def chain_rows(analysis: CascadeAnalysis) -> list[ChainRow]:
    """The chain table: a line per hop, the sum of the hops, the direct first-to-last hop."""
    chain = analysis.chain
    rows = [_hop_row(hop, HOP) for hop in chain.hops]
    first, last = analysis.stages[0], analysis.stages[-1]
    rows.append(ChainRow(SUM, _short(first), _short(last), chain.sum_of_leads, chain.sum_interval))
    rows.append(_hop_row(chain.direct, DIRECT))
    return rows


def _hop_row(hop: HopResult, kind: str) -> ChainRow:
    return ChainRow(
        kind=kind,
        leader=_short(hop.leader),
        follower=_short(hop.follower),
        lag_days=hop.lag_days,
        interval=hop.lag_interval_days,
        p_value=hop.p_value,
        draws=hop.draws,
        n=hop.n,
        correlation=hop.correlation,
        note=hop.note,
        detail=f"{hop.leader.spec} → {hop.follower.spec}: {hop.alignment}",
    )


def _short(stage: Stage) -> str:
    """A stage's name in the chain table (narrow: the direction is in the strip's label
    and the line's tooltip)."""
    return stage_name(stage, mark_inverted=False)


def cycle_columns(analysis: CascadeAnalysis) -> list[CycleColumn]:
    """The cycles table: a column per cycle (each breakout of the anchor, then now)."""
    return [_column(cycle) for cycle in analysis.cycles]


def _column(cycle: Cycle) -> CycleColumn:
    broke = cycle.broke_at
    return CycleColumn(
        anchor=cycle.anchor,
        kind=cycle.kind,
        held=cycle.held,
        start=cycle.start,
        end=cycle.end,
        cells=tuple(CycleCell(s.status, s.turned, s.days_after) for s in cycle.stages),
        broke_at=None if broke is None else cycle.stages.index(broke),
    )


class CascadePresenter:
    """Shows a cascade analysis on a ``CascadeStripView``."""

    def __init__(self, view: CascadeStripView) -> None:
        self.view = view

    def show(self, analysis: CascadeAnalysis, theme: str, start=None, end=None) -> None:
        """Theme, rows, DEMO mark, and the dates from ``start`` to ``end``; by default the
        span the whole chain covers (from the latest first value of any stage: where
        every hop was measured), not a century of one long index."""
        rows = strip_rows(analysis)
        self.view.set_theme(theme)
        self.view.set_rows(rows)
        self.view.set_demo(analysis.is_demo)
        self.view.fit_all()
        low, high = self.view.visible_range()
        common = max((r.x[0] for r in rows if len(r.x)), default=low)
        low = value_to_days(start) if start is not None else max(low, common - 30.0)
        high = value_to_days(end) if end is not None else high
        self.view.set_visible_range(low, high)


class CascadePanelPresenter:
    """Shows a cascade analysis on the window's ``CascadePanelView``: the strip through
    ``CascadePresenter``, then the chain and the cycles beside it."""

    def __init__(self, panel: CascadePanelView) -> None:
        self.panel = panel
        self.strip = CascadePresenter(panel.strip)

    def show(self, analysis: CascadeAnalysis, theme: str, start=None, end=None) -> None:
        """Everything of ``analysis``, in ``theme``, the strip showing ``start``..``end``
        (by default the span the whole chain covers)."""
        self.strip.show(analysis, theme, start, end)
        self.panel.set_theme(theme)
        self.panel.set_demo(analysis.is_demo)
        chain, options = analysis.chain, analysis.options
        self.panel.set_chain(
            chain_rows(analysis), chain.window.min_lag, chain.window.max_lag, chain.draws
        )
        self.panel.set_cycles(
            [stage_name(stage) for stage in analysis.stages],
            cycle_columns(analysis),
            options.anchor,
            analysis.anchor_index is not None,
            options.lookback_days,
            options.horizon_days,
        )
