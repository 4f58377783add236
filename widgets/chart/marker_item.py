"""Breakout markers: filled triangles for held events, bold crosses for failed ones, hollow
triangles for pending ones (too recent to judge: their hold needs later sessions)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


class BreakoutMarkers(pg.ScatterPlotItem):
    """One scatter item holding a marker per breakout event at its date and level."""

    def __init__(self) -> None:
        super().__init__(pxMode=True, antialias=True)
        self._colours = ("#138d75", "#c0392b")
        self._points = (np.empty(0), np.empty(0), np.empty(0, dtype=bool))
        self._pending = np.empty(0, dtype=bool)
        self.setZValue(8)

    def set_colours(self, confirmed: str, failed: str) -> None:
        """Colours of confirmed and failed markers."""
        self._colours = (confirmed, failed)
        self._redraw()

    def set_events(
        self, x: np.ndarray, y: np.ndarray, confirmed: np.ndarray, pending: np.ndarray | None = None
    ) -> None:
        """Markers at x (days) and y (drawn units), styled by ``confirmed`` and ``pending``."""
        self._points = (np.asarray(x, float), np.asarray(y, float), np.asarray(confirmed, bool))
        self._pending = (
            np.zeros(len(self._points[0]), dtype=bool)
            if pending is None
            else np.asarray(pending, dtype=bool)
        )
        self._redraw()

    def _redraw(self) -> None:
        x, y, confirmed = self._points
        kinds = [
            "pending" if p else "held" if c else "failed"
            for c, p in zip(confirmed, self._pending, strict=True)
        ]
        self.setData(
            x=x,
            y=y,
            symbol=["x" if k == "failed" else "t1" for k in kinds],
            size=[13 if k == "failed" else 11 for k in kinds],
            brush=[self._brush(k) for k in kinds],
            pen=[self._pen(k) for k in kinds],
        )

    def _brush(self, kind: str):
        ok, bad = self._colours
        return pg.mkBrush(None) if kind == "pending" else pg.mkBrush(ok if kind == "held" else bad)

    def _pen(self, kind: str):
        ok, bad = self._colours
        if kind == "held":
            return pg.mkPen("#ffffff", width=1)
        # a 1 px cross read as a speck on dark candles; a 2 px outline makes it a mark
        return pg.mkPen(ok if kind == "pending" else bad, width=2)
