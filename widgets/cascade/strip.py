"""The cascade strip: one row per stage, stacked on one date axis, turns marked.

One PlotItem holds every row (one ViewBox, one date axis, one row axis): a pane per stage
would cost ~3 ms per frame each (perf-baseline.md §2.4). Row ``i`` (top first) is centred
at ``n - 1 - i``; its normalised values (±3, ``widgets.cascade.rows.StripRow``) are drawn
within ±``ROW_SPAN`` of that centre by a ``PyramidCurve`` (at most ~2 vertices a pixel
column, a 1-px cosmetic pen), so a pan costs the same for 500 or 50,000 values. The
turns of every row are one ScatterPlotItem (filled: held, hollow: pending), and the
grid draws the rows' centre lines with the date lines in one call. Only x pans and
zooms; ``visible_range_changed`` lets a main chart follow, ``set_visible_range`` lets it
lead. Data comes in through ``set_*``; nothing here reads files or the network.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets

from models.vocabulary import SERIES_COLOURS
from widgets.cascade.rows import StripRow
from widgets.chart.date_axis import DateAxis
from widgets.chart.grid_item import GridItem
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette, chart_palette

#: the half-height of a row's band, in rows (a value of ±3 reaches it)
ROW_SPAN = 0.42
#: the normalised values' clip
VALUE_CLIP = 3.0
FONT_FAMILY = "DejaVu Sans"
#: the row axis is as wide as its longest label needs, within these bounds (px)
ROW_AXIS_WIDTH_PX = 190
ROW_AXIS_MIN_PX = 80
ROW_AXIS_PADDING_PX = 14
DATE_AXIS_HEIGHT_PX = 26
MARK_SIZE_PX = 9


class CascadeStrip(QtWidgets.QWidget):
    """The stacked strip (see the module docstring) in a plain widget, so it renders into
    an image like the chart does; ``canvas`` is its one graphics view and
    ``palette_colours`` the theme's ``Palette`` (the export's caption takes its colours
    from it)."""

    visible_range_changed = QtCore.Signal(float, float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.date_axis = DateAxis()
        self.row_axis = pg.AxisItem("left")
        self.canvas = pg.PlotWidget(axisItems={"bottom": self.date_axis, "left": self.row_axis})
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.plot = self.canvas.getPlotItem()
        self.view = self.plot.getViewBox()
        self.grid = GridItem(self.date_axis, self.row_axis)
        self.marks = pg.ScatterPlotItem(size=MARK_SIZE_PX, symbol="t1", pxMode=True)
        self.watermark = pg.TextItem(anchor=(0.5, 0.5))
        self.curves: list[PyramidCurve] = []
        self._rows: list[StripRow] = []
        self._demo = False
        self.palette_colours: Palette = chart_palette("light")
        self._theme = ""  # set_theme("light") below styles every item once built
        self._setup()
        self.set_theme("light")

    def _setup(self) -> None:
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.layout.setContentsMargins(4, 6, 10, 2)
        self.view.setMouseEnabled(x=True, y=False)
        self.view.enableAutoRange(x=False, y=False)
        font = self._font = QtGui.QFont(FONT_FAMILY, 9)
        for axis in (self.date_axis, self.row_axis):
            axis.setStyle(tickFont=font, autoExpandTextSpace=False, tickTextOffset=6)
            axis.enableAutoSIPrefix(False)
        self.row_axis.setWidth(ROW_AXIS_WIDTH_PX)
        self.date_axis.setHeight(DATE_AXIS_HEIGHT_PX)
        self.plot.addItem(self.grid)
        self.marks.setZValue(20)
        self.plot.addItem(self.marks)
        self.watermark.setParentItem(self.view)
        self.watermark.setZValue(-10)
        self.watermark.setVisible(False)
        self.view.sigXRangeChanged.connect(self._on_view_x_range_changed)
        self.view.sigResized.connect(self._place_watermark)

    # --- data ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[StripRow]) -> None:
        """Show ``rows`` (top first), replacing what was shown; keeps the x range."""
        self._rows = list(rows)
        while len(self.curves) > len(self._rows):
            self.plot.removeItem(self.curves.pop())
        while len(self.curves) < len(self._rows):
            curve = PyramidCurve()
            self.curves.append(curve)
            self.plot.addItem(curve)
        count = len(self._rows)
        for n, (row, curve) in enumerate(zip(self._rows, self.curves, strict=True)):
            curve.set_series(row.x, _placed(row.values, count - 1 - n))
        ticks = [(count - 1 - n, row.label) for n, row in enumerate(self._rows)]
        self.row_axis.setTicks([ticks, []])
        self.row_axis.setWidth(self._row_axis_width())
        self.view.setYRange(-0.55, count - 0.45, padding=0)
        self._show_marks()
        self._apply_colours()

    def _row_axis_width(self) -> int:
        """Wide enough for the longest label (a narrow dock keeps the width for the data)."""
        metrics = QtGui.QFontMetrics(self._font)
        widest = max((metrics.horizontalAdvance(row.label) for row in self._rows), default=0)
        wanted = widest + ROW_AXIS_PADDING_PX
        return int(min(max(wanted, ROW_AXIS_MIN_PX), ROW_AXIS_WIDTH_PX))

    def _show_marks(self) -> None:
        xs, ys, held = [], [], []
        count = len(self._rows)
        for n, row in enumerate(self._rows):
            if not len(row.turns):
                continue
            values = np.interp(row.turns, row.x, np.nan_to_num(row.values)) if len(row.x) else 0
            xs.append(np.asarray(row.turns, dtype=float))
            ys.append(_placed(np.broadcast_to(values, np.shape(row.turns)), count - 1 - n))
            held.append(~np.asarray(row.pending, dtype=bool))
        self._mark_held = np.concatenate(held) if held else np.empty(0, dtype=bool)
        self._mark_x = np.concatenate(xs) if xs else np.empty(0)
        self._mark_y = np.concatenate(ys) if ys else np.empty(0)

    def set_theme(self, theme: str) -> None:
        """Colours of ``theme`` ("light" or "dark"); nothing when it is the one shown (a
        shown cascade is restyled by both its presenter and its panel)."""
        if theme == self._theme:
            return
        self._theme = theme
        self.palette_colours = chart_palette(theme)
        self.canvas.setBackground(self.palette_colours.background)
        pen = pg.mkPen(self.palette_colours.foreground)
        for axis in (self.date_axis, self.row_axis):
            axis.setPen(pen)
            axis.setTextPen(pen)
        self.grid.set_colour(self.palette_colours.grid)
        self._apply_colours()
        self.set_demo(self._demo)

    def _apply_colours(self) -> None:
        for n, curve in enumerate(self.curves):
            curve.set_style(SERIES_COLOURS[n % len(SERIES_COLOURS)])
        if not hasattr(self, "_mark_x"):
            return
        palette = self.palette_colours
        brushes = [
            pg.mkBrush(palette.marker_confirmed if held else palette.background)
            for held in self._mark_held
        ]
        self.marks.setData(
            self._mark_x, self._mark_y, brush=brushes, pen=pg.mkPen(palette.marker_confirmed)
        )

    def set_demo(self, on: bool) -> None:
        """Show or hide the DEMO watermark."""
        self._demo = bool(on)
        colour = pg.mkColor(self.palette_colours.watermark)
        css = f"rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alpha()})"
        self.watermark.setHtml(
            f'<span style="font-family:{FONT_FAMILY}; font-size:44pt; font-weight:bold; '
            f'color:{css};">DEMO</span>'
        )
        self.watermark.setVisible(self._demo)
        self._place_watermark()

    def _place_watermark(self) -> None:
        rect = self.view.boundingRect()
        self.watermark.setPos(rect.width() / 2, rect.height() / 2)

    # --- the date axis -----------------------------------------------------------------------
    def fit_all(self) -> None:
        """Show every row from the first value of any to the last."""
        spans = [(r.x[0], r.x[-1]) for r in self._rows if len(r.x)]
        if spans:
            first, last = min(s[0] for s in spans), max(s[1] for s in spans)
            self.set_visible_range(first - 10.0, last + 10.0)

    def set_visible_range(self, start_days: float, end_days: float) -> None:
        """Show x from ``start_days`` to ``end_days`` (days since 1970)."""
        self.view.setXRange(float(start_days), float(end_days), padding=0)

    def visible_range(self) -> tuple[float, float]:
        """The x shown (days since 1970)."""
        (x0, x1), _ = self.view.viewRange()
        return float(x0), float(x1)

    def _on_view_x_range_changed(self, _view, x_range) -> None:
        self.visible_range_changed.emit(float(x_range[0]), float(x_range[1]))


def _placed(values: np.ndarray, centre: float) -> np.ndarray:
    """Normalised values drawn within their row's band around ``centre``."""
    clipped = np.clip(np.asarray(values, dtype=float), -VALUE_CLIP, VALUE_CLIP)
    return centre + clipped * (ROW_SPAN / VALUE_CLIP)
