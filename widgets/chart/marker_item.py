"""Breakout markers: filled triangles for held events, bold crosses for failed ones."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


class BreakoutMarkers(pg.ScatterPlotItem):
    """One scatter item holding a marker per breakout event at its date and level."""

    def __init__(self) -> None:
        super().__init__(pxMode=True, antialias=True)
        self._colours = ("#138d75", "#c0392b")
        self._points = (np.empty(0), np.empty(0), np.empty(0, dtype=bool))
        self.setZValue(8)

    def set_colours(self, confirmed: str, failed: str) -> None:
        """Colours of confirmed and failed markers."""
        self._colours = (confirmed, failed)
        self._redraw()

    def set_events(self, x: np.ndarray, y: np.ndarray, confirmed: np.ndarray) -> None:
        """Markers at x (days) and y (drawn units), styled by ``confirmed``."""
        self._points = (np.asarray(x, float), np.asarray(y, float), np.asarray(confirmed, bool))
        self._redraw()

    def _redraw(self) -> None:
        x, y, confirmed = self._points
        ok, bad = self._colours
        self.setData(
            x=x,
            y=y,
            symbol=["t1" if c else "x" for c in confirmed],
            size=[11 if c else 13 for c in confirmed],
            brush=[pg.mkBrush(ok if c else bad) for c in confirmed],
            # a 1 px cross read as a speck on dark candles; a 2 px outline makes it a mark
            pen=[pg.mkPen("#ffffff", width=1) if c else pg.mkPen(bad, width=2) for c in confirmed],
        )
