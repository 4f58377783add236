"""All breakout bands in one item: two ``drawRects`` calls, whatever the number of events."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui
from pyqtgraph.Qt.internals import PrimitiveArray

from widgets.chart.view_span import ViewSpanItem


class BandItem(ViewSpanItem):
    """Vertical bands spanning the pane's full height, confirmed, failed and pending (too
    recent to judge: a dashed outline, no fill) styled apart.

    One item for every band: a ``LinearRegionItem`` per band costs ~0.3 ms each per
    repaint (perf notes §2.3). The bands ignore y auto-fitting.
    """

    def __init__(self) -> None:
        super().__init__()
        self._starts = np.empty(0)
        self._ends = np.empty(0)
        self._confirmed = np.empty(0, dtype=bool)
        self._pending = np.empty(0, dtype=bool)
        self._rects: dict[bool, PrimitiveArray] = {}
        self._pending_rects = PrimitiveArray(QtCore.QRectF, 4)
        self.set_colours("#26a69a38", "#ef535026")
        self.setZValue(-10)

    def set_colours(self, confirmed: str, failed: str) -> None:
        """Fill of confirmed bands (solid tint) and failed bands (a tint under a hatch)."""
        self._brushes = {True: pg.mkBrush(confirmed), False: _hatched(failed)}
        # the hatch alone is a few thin lines: on a dark background it all but vanished
        tint = pg.mkColor(failed)
        tint.setAlpha(tint.alpha() // 2)
        self._failed_tint = pg.mkBrush(tint)
        edge = _stronger(pg.mkColor(failed))
        self._pens = {True: pg.mkPen(None), False: pg.mkPen(edge, width=1)}
        self._pens[False].setCosmetic(True)
        self._pending_pen = pg.mkPen(edge, width=1, style=QtCore.Qt.PenStyle.DashLine)
        self._pending_pen.setCosmetic(True)
        self.update()

    def set_bands(
        self,
        starts: np.ndarray,
        ends: np.ndarray,
        confirmed: np.ndarray,
        pending: np.ndarray | None = None,
    ) -> None:
        """Replace the bands: start/end x in days (end inclusive), whether confirmed, and
        whether still pending (drawn apart from failed ones)."""
        self._starts = np.asarray(starts, dtype=np.float64)
        self._ends = np.asarray(ends, dtype=np.float64)
        self._confirmed = np.asarray(confirmed, dtype=bool)
        self._pending = (
            np.zeros(len(self._starts), dtype=bool)
            if pending is None
            else np.asarray(pending, dtype=bool)
        )
        self.relayout()

    @property
    def band_count(self) -> int:
        """Number of bands held."""
        return len(self._starts)

    def view_changed(self, rect: QtCore.QRectF) -> None:
        """Bands span the visible height: their rectangles follow the range."""
        y0, y1 = rect.top(), rect.bottom()
        for flag in (True, False):
            mask = (self._confirmed == flag) & ~self._pending
            self._rects[flag] = _band_rects(self._starts[mask], self._ends[mask], y0, y1)
        pending = self._pending
        self._pending_rects = _band_rects(self._starts[pending], self._ends[pending], y0, y1)

    def paint(self, painter, option, widget=None) -> None:
        """Four drawRects: confirmed, failed as a tint and its hatch, pending outlined."""
        for flag, rects in self._rects.items():
            if not flag:
                painter.setPen(pg.mkPen(None))
                painter.setBrush(self._failed_tint)
                painter.drawRects(*rects.drawargs())
            painter.setPen(self._pens[flag])
            painter.setBrush(self._brushes[flag])
            painter.drawRects(*rects.drawargs())
        painter.setPen(self._pending_pen)
        painter.setBrush(pg.mkBrush(None))
        painter.drawRects(*self._pending_rects.drawargs())


def _band_rects(starts, ends, y0: float, y1: float) -> PrimitiveArray:
    rects = PrimitiveArray(QtCore.QRectF, 4)
    rects.resize(len(starts))
    memory = rects.ndarray()
    memory[:, 0] = starts - 0.5
    memory[:, 1] = y0
    memory[:, 2] = ends - starts + 1.0
    memory[:, 3] = y1 - y0
    return rects


def _hatched(colour: str) -> QtGui.QBrush:
    brush = pg.mkBrush(colour)
    brush.setStyle(QtCore.Qt.BrushStyle.BDiagPattern)
    brush.setColor(_stronger(pg.mkColor(colour)))
    return brush


def _stronger(colour: QtGui.QColor) -> QtGui.QColor:
    """The colour at three times its alpha: hatch lines and edges are thin, so denser."""
    colour.setAlpha(min(255, colour.alpha() * 3))
    return colour
