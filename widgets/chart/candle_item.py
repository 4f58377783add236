"""OHLC candles with level of detail: clip to view, then at most one candle per 2 pixels."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui
from pyqtgraph.Qt.internals import PrimitiveArray

from widgets.chart.pyramid import MinMaxPyramid

PIXELS_PER_CANDLE = 2
BODY_FRACTION = 0.7


class CandleItem(pg.GraphicsObject):
    """Candles drawn from numpy arrays with two ``drawLines`` and two ``drawRects`` calls.

    High and low live in a min/max pyramid, so the candles of a zoomed-out view are
    aggregated bins of 2**k bars (open of the first bar, close of the last, extreme high
    and low), chosen so that no more than one candle falls on every 2 pixel columns.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pyramid: MinMaxPyramid | None = None
        self._open = self._close = np.empty(0)
        self._bar_days = 1.0
        self._bounds = QtCore.QRectF()
        self._cache_key = None
        self._primitives: dict[str, PrimitiveArray] = {}
        self._drawn_count = 0
        self.set_colours("#26a69a", "#ef5350")
        self.setZValue(4)

    def set_colours(self, up: str, down: str) -> None:
        """Colours of rising and falling candles (cosmetic 1-px outlines, solid fill)."""
        self._pens = {name: _cosmetic_pen(c) for name, c in (("up", up), ("down", down))}
        self._brushes = {"up": pg.mkBrush(up), "down": pg.mkBrush(down)}
        self.update()

    def set_ohlc(self, x: np.ndarray, o, h, low, c) -> None:
        """Replace the bars: x in days (sorted), open/high/low/close arrays of equal length."""
        self.prepareGeometryChange()
        x = np.asarray(x, dtype=np.float64)
        self._open = np.asarray(o, dtype=np.float64)
        self._close = np.asarray(c, dtype=np.float64)
        self._pyramid = MinMaxPyramid(x, low, h)
        self._bar_days = float(np.median(np.diff(x))) if len(x) > 1 else 1.0
        self._bounds = _data_bounds(x, low, h, self._bar_days)
        self._cache_key = None
        self.update()

    @property
    def pyramid(self) -> MinMaxPyramid | None:
        """Pyramid over (low, high): used for y fitting and readouts."""
        return self._pyramid

    @property
    def drawn_count(self) -> int:
        """How many candles the last paint drew (after level of detail)."""
        return self._drawn_count

    @property
    def closes(self) -> np.ndarray:
        """Close of every bar (drawn units: log10 in log mode)."""
        return self._close

    def visible_range(self, x0: float, x1: float) -> tuple[float, float] | None:
        """(lowest low, highest high) of the bars inside [x0, x1]."""
        if self._pyramid is None or not self.isVisible():
            return None
        return self._pyramid.value_range(x0 - self._bar_days / 2, x1 + self._bar_days / 2)

    def boundingRect(self) -> QtCore.QRectF:
        """Extent of all bars (the item is clipped to the view when painting)."""
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        """Draw the visible candles, rebuilding the primitive arrays only on view change."""
        view = self.getViewBox()
        if self._pyramid is None or view is None or len(self._pyramid) == 0:
            return
        (x0, x1), _ = view.viewRange()
        columns = max(int(view.width()), 16)
        key = (x0, x1, columns)
        if key != self._cache_key:
            self._rebuild(x0, x1, columns)
            self._cache_key = key
        for side in ("up", "down"):
            lines, rects = self._primitives[side + "_wicks"], self._primitives[side + "_bodies"]
            painter.setPen(self._pens[side])
            painter.drawLines(*lines.drawargs())
            painter.setBrush(self._brushes[side])
            painter.drawRects(*rects.drawargs())

    def _rebuild(self, x0: float, x1: float, columns: int) -> None:
        cut = self._pyramid.slice(x0, x1, max(columns // PIXELS_PER_CANDLE, 1))
        x = self._pyramid.x
        first = np.arange(cut.start, cut.stop, cut.step)
        last = np.minimum(first + cut.step - 1, len(x) - 1)
        o, c = self._open[first], self._close[last]
        left, right = x[first] - self._bar_days / 2, x[last] + self._bar_days / 2
        n = len(first)
        self._drawn_count = n
        rising = c >= o
        for side, mask in (("up", rising), ("down", ~rising)):
            self._primitives[side + "_wicks"] = _wicks(
                (left + right)[mask] / 2, cut.lows[:n][mask], cut.highs[:n][mask]
            )
            self._primitives[side + "_bodies"] = _bodies(left[mask], right[mask], o[mask], c[mask])


def _wicks(centre: np.ndarray, low: np.ndarray, high: np.ndarray) -> PrimitiveArray:
    lines = PrimitiveArray(QtCore.QLineF, 4)
    lines.resize(len(centre))
    memory = lines.ndarray()
    memory[:, 0] = centre
    memory[:, 1] = low
    memory[:, 2] = centre
    memory[:, 3] = high
    return lines


def _bodies(left, right, o, c) -> PrimitiveArray:
    rects = PrimitiveArray(QtCore.QRectF, 4)
    rects.resize(len(left))
    memory = rects.ndarray()
    width = (right - left) * BODY_FRACTION
    memory[:, 0] = (left + right) / 2 - width / 2
    memory[:, 1] = np.minimum(o, c)
    memory[:, 2] = width
    memory[:, 3] = np.abs(c - o)
    return rects


def _cosmetic_pen(colour: str) -> QtGui.QPen:
    pen = pg.mkPen(colour, width=1)
    pen.setCosmetic(True)
    return pen


def _data_bounds(x, low, high, bar_days: float) -> QtCore.QRectF:
    if len(x) == 0:
        return QtCore.QRectF()
    lo, hi = float(np.nanmin(low)), float(np.nanmax(high))
    left = float(x[0]) - bar_days
    return QtCore.QRectF(left, lo, float(x[-1]) + bar_days - left, max(hi - lo, 1e-12))
