"""A line item that draws at most ~2 points per pixel column from a min/max pyramid."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from widgets.chart.pyramid import MinMaxPyramid, interleave_peaks

# Below this many drawn vertices a thicker pen is affordable. Above it, pens wider than 1 px
# make pyqtgraph draw segments with drawLines: measured 18 ms instead of 7 ms per lag step
# with the daily chart at 1920 px (perf notes §1, the pen-width trap).
THICK_PEN_MAX_POINTS = 800


class PyramidCurve(pg.PlotCurveItem):
    """A curve over a long series whose drawn vertices depend on the view, not on N.

    The series lives in a :class:`MinMaxPyramid`; on every view change the visible bins of
    the right level are handed to the underlying ``PlotCurveItem``. ``set_shift`` moves the
    drawn series (the lag) and rescales it (the index scale's factor) without rebuilding.
    With ``log=True`` the values are drawn as log10 and the factor is added as log10.
    """

    def __init__(self, colour: str = "#000000", *, width: float = 1.0, log: bool = False) -> None:
        super().__init__(skipFiniteCheck=False, connect="finite")
        self._pyramid: MinMaxPyramid | None = None
        self._x_offset = 0.0
        self._y_factor = 1.0
        self._log = log
        self._thick_width = width
        self._colour = colour
        self._style = False
        self._last_key = None
        self.setZValue(5)

    # --- data --------------------------------------------------------------------------
    def set_series(self, x: np.ndarray, y: np.ndarray, *, log: bool | None = None) -> None:
        """Replace the series (x in days, sorted); builds the pyramid once, O(N)."""
        if log is not None:
            self._log = log
        y = np.asarray(y, dtype=np.float64)
        if self._log:
            with np.errstate(divide="ignore", invalid="ignore"):
                y = np.where(y > 0, np.log10(y), np.nan)
        self._pyramid = MinMaxPyramid(np.asarray(x, dtype=np.float64), y)
        self._last_key = None
        self.refresh()

    @property
    def pyramid(self) -> MinMaxPyramid | None:
        """The pyramid of the (possibly log10) values, or None before set_series."""
        return self._pyramid

    @property
    def is_log(self) -> bool:
        """True when values are drawn as log10."""
        return self._log

    def set_shift(self, offset_days: float, factor: float = 1.0) -> None:
        """Shift by ``offset_days`` and scale by ``factor`` (> 0) in one refresh."""
        self._x_offset = float(offset_days)
        self._y_factor = float(factor)
        self.refresh()

    @property
    def x_offset(self) -> float:
        """The current shift in days."""
        return self._x_offset

    def set_style(self, colour: str, width: float = 1.0, dash: bool = False) -> None:
        """Colour, width (used when the drawn path is light enough) and dashing."""
        self._colour, self._thick_width, self._style = colour, width, dash
        self._last_key = None
        self.refresh()

    # --- view-dependent level of detail -----------------------------------------------
    def viewRangeChanged(self):
        """The range changed (emitted before the next paint): pick the visible bins."""
        self.refresh()

    def viewTransformChanged(self):
        """Size of the view may have changed: pick the visible bins (no-op if unchanged).

        The range path above runs first; setting data from inside a paint would schedule a
        second paint, so this only catches resizes.
        """
        super().viewTransformChanged()
        self.refresh()

    def refresh(self) -> None:
        """Hand the visible bins of the right level to the curve (cheap when unchanged)."""
        view = self.getViewBox()
        if self._pyramid is None or view is None or not hasattr(view, "viewRange"):
            return
        (x0, x1), _ = view.viewRange()
        columns = max(int(view.width()), 16)
        key = (x0, x1, columns, self._x_offset, self._y_factor)
        if key == self._last_key:
            return
        self._last_key = key
        xs, ys = self._visible_vertices(x0 - self._x_offset, x1 - self._x_offset, columns)
        self._apply_pen(len(xs))
        self.setData(xs + self._x_offset, self._scaled(ys))

    def _visible_vertices(self, x0: float, x1: float, columns: int):
        cut = self._pyramid.slice(x0, x1, columns)
        x_bins = self._pyramid.bin_x(cut)
        if cut.level == 0:
            return x_bins, cut.lows
        return interleave_peaks(x_bins, cut.lows, cut.highs)

    def _scaled(self, ys: np.ndarray) -> np.ndarray:
        if self._y_factor == 1.0:
            return ys
        if self._log:
            return ys + np.log10(self._y_factor)
        return ys * self._y_factor

    def _apply_pen(self, n_points: int) -> None:
        width = self._thick_width if n_points <= THICK_PEN_MAX_POINTS else 1.0
        style = pg.QtCore.Qt.PenStyle.DashLine if self._style else pg.QtCore.Qt.PenStyle.SolidLine
        pen = pg.mkPen(self._colour, width=width, style=style)
        pen.setCosmetic(True)
        self.setPen(pen)

    def x_extent(self) -> tuple[float, float] | None:
        """First and last drawn x (offset applied), or None when empty."""
        if self._pyramid is None or len(self._pyramid) == 0:
            return None
        x = self._pyramid.x
        return float(x[0]) + self._x_offset, float(x[-1]) + self._x_offset

    # --- readout ----------------------------------------------------------------------
    def value_at(self, x_data: float) -> float | None:
        """The drawn-scale value (factor applied, log undone) of the last sample at or
        before ``x_data`` in the series' own (unshifted) coordinates, or None."""
        if self._pyramid is None:
            return None
        i = self._pyramid.asof(x_data)
        if i is None:
            return None
        value = float(self._pyramid.lows[0][i])
        if self._log:
            value = 10.0**value
        return value * self._y_factor

    def visible_range(self, x0: float, x1: float) -> tuple[float, float] | None:
        """(min, max) in drawn coordinates of the samples drawn inside [x0, x1]."""
        if self._pyramid is None or not self.isVisible():
            return None
        found = self._pyramid.value_range(x0 - self._x_offset, x1 - self._x_offset)
        if found is None:
            return None
        lo, hi = (self._scaled(np.array(found))).tolist()
        return lo, hi
