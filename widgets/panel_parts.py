"""Pieces the side panels share: a plot that only shows (no mouse, menu or SI prefix), the
summary-over-plot-over-table layout with the DEMO tag, a table read back as text,
and a scroll area for a tall panel.

``widgets.time_to_target_view`` is built from them; the older panels (the CCF plot, the
event study, the specification curve) spell the same steps out and can take them too.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def static_plot(item: pg.PlotItem, bottom: str, left: str, left_units: str = "") -> None:
    """A panel's plot: a grid and its two axis labels; no panning, menu, buttons or SI
    prefix (which labelled an empty plot "(x0.001)")."""
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setLabel("bottom", bottom)
    item.setLabel("left", left, units=left_units or None)
    for name in ("left", "bottom"):
        item.getAxis(name).enableAutoSIPrefix(False)


def summary_plot_table(
    panel: QWidget, summary: QLabel, badge: QLabel, plot: QWidget, table: QWidget
) -> None:
    """Lay ``panel`` out: the summary with the DEMO ``badge`` beside it, then the plot
    over the table (3 : 2)."""
    header = QHBoxLayout()
    header.addWidget(summary, 1)
    header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(2, 2, 2, 2)
    layout.setSpacing(2)
    layout.addLayout(header)
    layout.addWidget(plot, 3)
    layout.addWidget(table, 2)


def table_text(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row (what the table shows)."""
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a tall form gives way in a short window."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
