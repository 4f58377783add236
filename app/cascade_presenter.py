"""The cascade's presenter: a ``CascadeAnalysis`` onto the strip (the export uses it now,
the window's cascade dock will too)."""

from __future__ import annotations

import numpy as np

from models.cascade.analysis import CascadeAnalysis
from widgets.cascade.protocols import CascadeStripView
from widgets.cascade.rows import StripRow
from widgets.chart.timecoords import index_to_days, value_to_days

#: longest symbol a row names (a basket's full text is in the caption)
LABEL_CHARS = 22


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


def row_label(stage, lead: int | None) -> str:
    """``credit (inverted) · +7 d``: the role (else the symbol, shortened), the direction
    when inverted, and the lead behind the stage before."""
    name = stage.role or stage.symbol
    if len(name) > LABEL_CHARS:
        name = name[: LABEL_CHARS - 1] + "…"
    if stage.inverted:
        name += " (inverted)"
    return name if lead is None else f"{name} · {lead:+d} d"


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
