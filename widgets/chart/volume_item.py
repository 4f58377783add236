"""Volume bars with level of detail: the largest volume of each bin, one bar per 2 pixels."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore
from pyqtgraph.Qt.internals import PrimitiveArray

from widgets.chart.pyramid import MinMaxPyramid


class VolumeItem(pg.GraphicsObject):
    """Volume as bars from zero, drawn with one ``drawRects`` over the visible bins."""

    def __init__(self) -> None:
        super().__init__()
        self._pyramid: MinMaxPyramid | None = None
        self._bar_days = 1.0
        self._bounds = QtCore.QRectF()
        self._rects = PrimitiveArray(QtCore.QRectF, 4)
        self._cache_key = None
        self.set_colour("#90a4ae")

    def set_colour(self, colour: str) -> None:
        """Bar colour."""
        self._pen = pg.mkPen(colour, width=1)
        self._pen.setCosmetic(True)
        self._brush = pg.mkBrush(colour)
        self.update()

    def set_volume(self, x: np.ndarray, volume: np.ndarray) -> None:
        """Replace the bars (x in days, sorted; NaN volume draws nothing)."""
        self.prepareGeometryChange()
        x = np.asarray(x, dtype=np.float64)
        volume = np.asarray(volume, dtype=np.float64)
        self._pyramid = MinMaxPyramid(x, np.zeros_like(volume), volume)
        self._bar_days = float(np.median(np.diff(x))) if len(x) > 1 else 1.0
        top = float(np.nanmax(volume)) if np.isfinite(volume).any() else 1.0
        width = float(x[-1] - x[0]) + 2 * self._bar_days if len(x) else 0.0
        self._bounds = QtCore.QRectF(float(x[0]) - self._bar_days if len(x) else 0, 0, width, top)
        self._cache_key = None
        self.update()

    @property
    def pyramid(self) -> MinMaxPyramid | None:
        """Pyramid over (0, volume)."""
        return self._pyramid

    def visible_range(self, x0: float, x1: float) -> tuple[float, float] | None:
        """(0, largest visible volume)."""
        if self._pyramid is None or not self.isVisible():
            return None
        return self._pyramid.value_range(x0, x1)

    def boundingRect(self) -> QtCore.QRectF:
        """Extent of all bars."""
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        """Draw the visible bars."""
        view = self.getViewBox()
        if self._pyramid is None or view is None or len(self._pyramid) == 0:
            return
        (x0, x1), _ = view.viewRange()
        key = (x0, x1, int(view.width()))
        if key != self._cache_key:
            self._rebuild(x0, x1, max(int(view.width()) // 2, 1))
            self._cache_key = key
        painter.setPen(self._pen)
        painter.setBrush(self._brush)
        painter.drawRects(*self._rects.drawargs())

    def _rebuild(self, x0: float, x1: float, max_bins: int) -> None:
        cut = self._pyramid.slice(x0, x1, max_bins)
        x = self._pyramid.x
        first = np.arange(cut.start, cut.stop, cut.step)
        last = np.minimum(first + cut.step - 1, len(x) - 1)
        left, right = x[first] - self._bar_days / 2, x[last] + self._bar_days / 2
        width = (right - left) * 0.8
        heights = np.nan_to_num(cut.highs[: len(first)], nan=0.0)
        self._rects.resize(len(first))
        memory = self._rects.ndarray()
        memory[:, 0] = (left + right) / 2 - width / 2
        memory[:, 1] = 0.0
        memory[:, 2] = width
        memory[:, 3] = heights
