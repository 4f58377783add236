"""A ViewBox with finance-style interaction: time-only zoom and pan, y left to the chart."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore


class FinanceViewBox(pg.ViewBox):
    """Wheel zooms time around the cursor, drag pans time, double-click asks to fit all.

    The y range is never changed by the mouse: the chart fits it to the visible data.
    pyqtgraph's own auto-range is off because it scans every item's full data per change.
    """

    double_clicked = QtCore.Signal()

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=True, y=False)
        self.enableAutoRange(x=False, y=False)
        self.setDefaultPadding(0.0)

    def mouseDoubleClickEvent(self, event) -> None:
        """Double-click anywhere in the pane: fit everything."""
        event.accept()
        self.double_clicked.emit()
