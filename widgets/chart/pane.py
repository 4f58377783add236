"""One chart pane: a PlotItem with a date axis, a value axis, a legend that is also the
crosshair readout, crosshair lines with the cursor's value on the axis, a DEMO watermark,
a hint for an empty pane, and y fitting to whatever of its data is visible."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets

from widgets.chart.date_axis import DateAxis
from widgets.chart.finance_viewbox import FinanceViewBox
from widgets.chart.grid_item import GridItem
from widgets.chart.legend import PaneLegend
from widgets.chart.pane_canvas import PaneCanvas
from widgets.chart.style import Palette
from widgets.chart.value_axis import ValueAxis

AXIS_WIDTH_PX = 72
DATE_AXIS_HEIGHT_PX = 24
Y_PADDING = 0.06
# the legend's strip at the top of every pane: y fitting keeps the data below it (at
# least the title's line, at most this share of the pane: past it, the legend's
# translucent ground lies over the data rather than squeezing it)
HEADER_PX = 22
TITLE_SHARE = 0.35
MAX_HEADER_SHARE = 0.25
FONT_FAMILY = "DejaVu Sans"


class ChartPane:
    """A pane of the chart. Items that take part in y fitting expose ``visible_range``."""

    def __init__(
        self,
        name: str,
        canvas: PaneCanvas,
        weight: float,
        *,
        include_zero: bool = False,
        compact: bool = False,
        minimum_px: int = 60,
    ) -> None:
        self.name = name
        self.include_zero = include_zero
        self.view = FinanceViewBox()
        self.date_axis = DateAxis()
        self.value_axis = ValueAxis(compact=compact)
        self.plot = pg.PlotItem(
            viewBox=self.view, axisItems={"bottom": self.date_axis, "right": self.value_axis}
        )
        self.fit_items: list = []
        # Into the scene before any item is added (pyqtgraph's addItem needs a scene).
        canvas.add_pane(self.plot, weight, minimum_px)
        self._setup_plot()
        self.grid = GridItem(self.date_axis, self.value_axis)
        self.plot.addItem(self.grid, ignoreBounds=True)
        self.legend = PaneLegend()
        self.legend.setParentItem(self.view)  # fixed in pixels, not in data
        self.watermark = self._overlay_text(anchor=(0.5, 0.5))
        self.watermark.setVisible(False)
        self._watermark_shown: tuple | None = None
        self.hint = self._overlay_text(anchor=(0.5, 0.5))
        self.hint.setVisible(False)
        self.value_label = pg.TextItem(anchor=(0, 0.5))
        self.value_label.setParentItem(self.plot)
        self.value_label.setZValue(70)
        self.value_label.setVisible(False)
        self.vline = pg.InfiniteLine(angle=90, movable=False)
        self.hline = pg.InfiniteLine(angle=0, movable=False)
        for line in (self.vline, self.hline):
            line.setVisible(False)
            line.setZValue(50)
            self.plot.addItem(line, ignoreBounds=True)
        self.view.sigResized.connect(self._place_overlays)
        self.view.sigResized.connect(self.fit_y)  # the header's share of the height changed

    def _setup_plot(self) -> None:
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.hideAxis("left")
        self.plot.showAxis("right")
        self.value_axis.setWidth(AXIS_WIDTH_PX)
        self.plot.layout.setContentsMargins(2, 2, 2, 2)
        font = QtGui.QFont(FONT_FAMILY, 8)
        for axis in (self.date_axis, self.value_axis):
            axis.setStyle(tickFont=font, autoExpandTextSpace=False, tickTextOffset=4)
            # The SI prefix label is re-laid out (setHtml) on every range change otherwise.
            axis.enableAutoSIPrefix(False)
        self.date_axis.setHeight(DATE_AXIS_HEIGHT_PX)
        # Heights come from the canvas' stretch factors, not from size hints.
        self.plot.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Ignored
        )

    def _overlay_text(self, anchor) -> pg.TextItem:
        # Parented to the ViewBox itself (not its child group): fixed in pixels, not data.
        item = pg.TextItem(anchor=anchor)
        item.setParentItem(self.view)
        item.setZValue(60)
        return item

    def _place_overlays(self) -> None:
        rect = self.view.boundingRect()
        self.legend.setPos(2, 1)
        self.legend.fit_to(rect.width(), rect.height())
        self.watermark.setPos(rect.width() / 2, rect.height() / 2)
        self.hint.setPos(rect.width() / 2, rect.height() / 2 + self.legend.height_px() / 2)

    def add(self, item, *, fits: bool = False) -> None:
        """Add an item to the pane; ``fits`` items drive the y range."""
        self.plot.addItem(item)
        if fits:
            self.fit_items.append(item)

    def fit_y(self) -> None:
        """Fit the y range to the visible data of the fitting items."""
        (x0, x1), _ = self.view.viewRange()
        found = [r for item in self.fit_items if (r := item.visible_range(x0, x1)) is not None]
        if self.include_zero:
            found.append((0.0, 0.0))
        if not found:
            self.view.updateMatrix()
            return
        lo = min(r[0] for r in found)
        hi = max(r[1] for r in found)
        if hi <= lo:
            pad = abs(hi) * 0.05 or 1.0
            lo, hi = lo - pad, hi + pad
        self.view.setYRange(*self._with_header(lo, hi), padding=0)
        # Apply the new range now: left to the paint, the transform change would make every
        # linked pane paint twice (measured: 2 paints per pane per frame).
        self.view.updateMatrix()

    def _with_header(self, lo: float, hi: float) -> tuple[float, float]:
        """The y range that shows lo..hi padded, below a HEADER_PX strip for the title."""
        height = self.view.height()
        title = min(HEADER_PX, TITLE_SHARE * height)  # the title's line, as it always was
        rows = min(self.legend.height_px(), MAX_HEADER_SHARE * height)
        header = max(title, rows) / height if height > 0 else 0.0
        total = (hi - lo) / (1.0 - 2 * Y_PADDING - header)
        return lo - Y_PADDING * total, hi + (Y_PADDING + header) * total

    def set_blank(self, blank: bool) -> None:
        """Hide ticks, labels and grid lines (no data: the default range is meaningless)."""
        self.date_axis.set_blank(blank)
        self.value_axis.set_blank(blank)
        self.grid.refresh()

    def set_title(self, html: str) -> None:
        """Rich-text title, the legend's first line (skipped when unchanged: ~0.3 ms)."""
        if html == self.legend.title:
            return
        self.legend.set_title(html)
        self._place_overlays()

    def set_rows(self, rows: list[str]) -> None:
        """The legend's rows under the title, one per series (rich text)."""
        before = self.legend.height_px()
        self.legend.set_rows(rows)
        if self.legend.height_px() != before:
            self._place_overlays()
            self.fit_y()

    def set_hint(self, html: str | None) -> None:
        """A sentence in the middle of an empty pane (None: no hint)."""
        self.hint.setVisible(bool(html))
        if html:
            self.hint.setHtml(html)
            self._place_overlays()

    def show_value_label(self, y: float) -> None:
        """The cursor's value on the value axis, at view coordinate ``y``."""
        axis = self.value_axis
        self.value_label.setText(axis.label_at(y))
        scene_y = self.view.mapViewToScene(QtCore.QPointF(0.0, y)).y()
        local = self.plot.mapFromScene(QtCore.QPointF(0.0, scene_y))
        self.value_label.setPos(axis.geometry().left(), local.y())
        self.value_label.setVisible(True)

    def hide_value_label(self) -> None:
        """No cursor in this pane: no value on its axis."""
        self.value_label.setVisible(False)

    def set_watermark(self, text: str, visible: bool, colour: str) -> None:
        """A large centred text behind the data (the DEMO mark)."""
        if self._watermark_shown == (text, visible, colour):
            return  # re-laying out the same rich text costs ~1 ms per pane on every load
        self._watermark_shown = (text, visible, colour)
        rgba = pg.mkColor(colour)  # '#rrggbbaa' as pyqtgraph reads it; CSS needs rgba()
        css = f"rgba({rgba.red()},{rgba.green()},{rgba.blue()},{rgba.alpha()})"
        self.watermark.setHtml(
            f'<span style="font-family:{FONT_FAMILY}; font-size:44pt; font-weight:bold; '
            f'color:{css};">{text}</span>'
        )
        self.watermark.setVisible(visible)
        self._place_overlays()

    def restore_axis_width(self) -> None:
        """Give the value axis its width again: pyqtgraph collapses a hidden axis to 0 px
        when it is restyled (a theme applied while the pane was hidden), and nothing widens
        it when the pane is shown again (an export never shown on screen kept 0 px)."""
        self.value_axis.setWidth(AXIS_WIDTH_PX)

    def set_bottom_axis_visible(self, visible: bool) -> None:
        """Only the lowest visible pane shows its date axis (each axis costs ~1 ms per
        frame, perf notes §2.4); the grid item still draws every pane's date lines."""
        self.plot.showAxis("bottom", visible)
        self.date_axis.setStyle(showValues=visible)

    def apply_palette(self, palette: Palette) -> None:
        """Axes, grid and crosshair colours."""
        pen = pg.mkPen(palette.foreground)
        for axis in (self.date_axis, self.value_axis):
            axis.setPen(pen)
            axis.setTextPen(pen)
        self.grid.set_colour(palette.grid)
        cross = pg.mkPen(palette.crosshair, width=1, style=QtCore.Qt.PenStyle.DashLine)
        self.vline.setPen(cross)
        self.hline.setPen(cross)
        self.legend.set_ground(palette.legend_background)
        self.legend.setColor(palette.foreground)
        self.hint.setColor(palette.foreground)
        self.value_label.fill = pg.mkBrush(palette.crosshair)
        self.value_label.setColor(palette.background)

    def contains_scene_point(self, pos) -> bool:
        """True when a scene position falls in this pane's plotting area."""
        return self.plot.isVisible() and self.view.sceneBoundingRect().contains(pos)
