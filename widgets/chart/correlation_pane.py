"""The correlation pane: the rolling correlation of returns at the current lag, zero, and
the null band: where 95% of rolling correlations of unrelated series fall (±1.96/√window,
±0.21 for 90 pairs), shaded and named in the title, so noise is not read as a regime
change."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from widgets.chart.crosshair import curve_value_at
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import chart_tr, hint_html, title_html
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette
from widgets.chart.timecoords import index_to_days
from widgets.formatting import format_number, format_signed

#: what the correlation pane says without a coin to correlate
NO_COIN_HINT = QT_TRANSLATE_NOOP(
    "ChartView", "Add a coin to see how its returns move with the equity's"
)


class CorrelationPane:
    """Draws a rolling correlation (computed by the caller) into its ``ChartPane``."""

    def __init__(self, pane: ChartPane, palette: Palette, on_data: Callable[[bool], None]):
        self.pane = pane
        self._palette = palette
        self._on_data = on_data
        self._window = 0
        self._subject = ""
        self._value = ""  # the correlation under the cursor, on the title's line
        self._half_width: float | None = None
        self.line = PyramidCurve(width=1.4)
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.null_band = pg.LinearRegionItem(
            values=(0.0, 0.0), orientation="horizontal", movable=False
        )
        self.null_band.setZValue(-5)  # under the line
        self.null_band.setVisible(False)
        pane.add(self.line, fits=True)
        pane.plot.addItem(self.zero_line, ignoreBounds=True)
        pane.plot.addItem(self.null_band, ignoreBounds=True)
        pane.fit_items.append(_BandExtent(self))  # the band stays in view

    def set_rolling_correlation(
        self, dates: np.ndarray, values: np.ndarray, window: int, subject: str = ""
    ) -> None:
        """Rolling correlation of returns over ``window`` sessions, on ``dates``, of
        ``subject`` (e.g. "^RUT vs BTC/USDT"). No dates: nothing to correlate (no coin),
        and the pane says so."""
        self._window = int(window)
        self._subject = subject
        self.line.set_series(index_to_days(dates), values)
        empty = not len(dates)
        self.pane.set_hint(hint_html(self._palette, chart_tr(NO_COIN_HINT)) if empty else None)
        self.pane.value_axis.set_blank(empty)  # nothing correlated: no scale to read
        self.zero_line.setVisible(not empty)
        self.null_band.setVisible(not empty and self._half_width is not None)
        self.pane.grid.refresh()
        self.retitle()
        self._on_data(False)
        self.pane.fit_y()

    def set_null_band(self, half_width: float | None) -> None:
        """Shade ``±half_width`` (the rolling correlation's null band), or nothing (None)."""
        self._half_width = None if half_width is None else float(half_width)
        shown = self._half_width is not None and bool(len(self.line.x_extent() or ()))
        if self._half_width is not None:
            self.null_band.setRegion((-self._half_width, self._half_width))
        self.null_band.setVisible(shown)
        self.retitle()
        self.pane.fit_y()

    def null_band_shown(self) -> tuple[float, float] | None:
        """The band drawn, (low, high), or None."""
        return tuple(self.null_band.getRegion()) if self.null_band.isVisible() else None

    def x_extent(self) -> tuple[float, float] | None:
        """First and last date in days, or None without data."""
        return self.line.x_extent()

    def value_at(self, x: float) -> float | None:
        """The correlation at day ``x``, or None outside the data."""
        return curve_value_at(self.line, x)

    def show_values(self, x: float | None) -> None:
        """The correlation under the cursor, on the title's line (a short pane keeps its
        legend to one line)."""
        value = None if x is None else self.value_at(x)
        self._value = "" if value is None else f"ρ {format_signed(value, 2)}"
        self.retitle()

    def apply_palette(self, palette: Palette) -> None:
        """Line and zero-line colours, and the title."""
        self._palette = palette
        self.line.set_style(palette.correlation, 1.4)
        self.zero_line.setPen(pg.mkPen(palette.zero_line, width=1))
        self.null_band.setBrush(pg.mkBrush(palette.correlation + "26"))
        edge = pg.mkPen(palette.zero_line, width=1, style=Qt.PenStyle.DashLine)
        for line in self.null_band.lines:
            line.setPen(edge)
        self.retitle()

    def retitle(self) -> None:
        """What is drawn: whose returns, over how many sessions."""
        text = QCoreApplication.translate("ChartView", "Rolling correlation of returns")
        if self._subject:
            text += f" · {self._subject}"
        if self._window:
            window = QCoreApplication.translate("ChartView", "%1-session window")
            text += " · " + window.replace("%1", str(self._window))
        if self._half_width is not None and self.null_band.isVisible():
            # short: the title keeps one line (the tooltip and the docs say what it is)
            band = QCoreApplication.translate("ChartView", "±%1: noise (95%)")
            text += " · " + band.replace("%1", format_number(self._half_width, 2))
        value = f"&nbsp;&nbsp;{self._value}" if self._value else ""
        self.pane.set_title(title_html(self._palette, text, value))


class _BandExtent:
    """Makes the pane's y fit include the null band while it is shown."""

    def __init__(self, owner: CorrelationPane) -> None:
        self._owner = owner

    def visible_range(self, _x0: float, _x1: float) -> tuple[float, float] | None:
        """(-half width, +half width) while the band is shown, else None."""
        band = self._owner.null_band_shown()
        return None if band is None else (float(band[0]), float(band[1]))
