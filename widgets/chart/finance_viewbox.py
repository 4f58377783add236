"""A ViewBox with finance-style interaction: time-only zoom and pan, y left to the chart."""

from __future__ import annotations

import pyqtgraph as pg


class FinanceViewBox(pg.ViewBox):
    """Wheel zooms time around the cursor and drag pans time (double-click to fit all is
    caught by the PaneCanvas, before pyqtgraph's scene turns it into a click).

    The y range is never changed by the mouse: the chart fits it to the visible data.
    pyqtgraph's own auto-range is off because it scans every item's full data per change.
    """

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=True, y=False)
        self.enableAutoRange(x=False, y=False)
        self.setDefaultPadding(0.0)
