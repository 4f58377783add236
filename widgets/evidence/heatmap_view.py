"""The lag x time heatmap: the rolling correlation at each lag over time, as an image.

Dates run along x, lags (days, the crypto after the equity when positive) up y; a
diverging colour map from -1 (blue) through 0 (white or dark grey) to +1 (red) with its
colour bar; the 30-90 d lead's band outlined; a line says the window and the step. A
cell whose window holds too few pairs is left empty. It takes ``heatmap_record``
(``set_heatmap``); ``image.image`` is the matrix drawn (rows: dates, columns: lags).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.analysis.lag_window import LEAD_30_90
from widgets.chart.date_axis import DateAxis
from widgets.chart.timecoords import index_to_days
from widgets.formatting import format_count
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    style_plot_axes,
)

#: the diverging map's ends and middle in each theme
COLOURS = {
    "light": ("#2166ac", "#f7f7f7", "#b2182b"),
    "dark": ("#4393c3", "#2a2e36", "#d6604d"),
}


def colour_map(theme: str) -> pg.ColorMap:
    """-1 blue, 0 neutral, +1 red."""
    low, mid, high = COLOURS.get(theme, COLOURS["light"])
    return pg.ColorMap([0.0, 0.5, 1.0], [pg.mkColor(c) for c in (low, mid, high)])


class HeatmapView(FollowsPalette, QWidget):
    """The heatmap with its colour bar (see the module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("heatmap_view")
        self.caption = QLabel(self)
        self.caption.setObjectName("heatmap_caption")
        self.caption.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("heatmap_message")
        self.message_label.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.plot = self.graphics.addPlot(row=0, col=0, axisItems={"bottom": DateAxis()})
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.band = pg.QtWidgets.QGraphicsRectItem()
        self.plot.addItem(self.band)
        self.colour_bar = pg.ColorBarItem(
            values=(-1.0, 1.0), colorMap=colour_map("light"), interactive=False, width=14
        )
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.record: dict | None = None
        self._theme = application_panel_theme()
        self._setup()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.caption)
        layout.addWidget(self.message_label)
        layout.addWidget(self.graphics, 1)
        self.show_message("")

    def _setup(self) -> None:
        plot = self.plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=True, y=False)
        plot.setLabel("left", self.tr("Lag (days, + = crypto after)"))
        plot.getAxis("left").enableAutoSIPrefix(False)
        self.band.setZValue(10)

    def set_heatmap(self, record: dict) -> None:
        """Draw ``record`` (``heatmap_record``): rows of dates, columns of lags."""
        self.record = record
        values = np.array(
            [[np.nan if v is None else v for v in row] for row in record["values"]],
            dtype="float64",
        )
        lags = np.asarray(record["lags_days"], dtype="float64")
        dates = pd.DatetimeIndex([pd.Timestamp(d) for d in record["dates"]])
        self.show_message("")
        if values.size == 0 or len(dates) < 2 or len(lags) < 2:
            self.image.clear()
            self.show_message(self.tr("Too few returns in common for the heatmap yet."))
            return
        x = index_to_days(dates)
        step_x = float(np.median(np.diff(x)))
        step_y = float(lags[1] - lags[0])
        # the image's rows are dates along x: row-major with x the columns, so transpose
        self.image.setImage(values.T, autoLevels=False, levels=(-1.0, 1.0))
        self.image.setRect(
            QRectF(x[0] - step_x / 2, lags[0] - step_y / 2, x[-1] - x[0] + step_x,
                   lags[-1] - lags[0] + step_y)
        )  # fmt: skip
        self.band.setRect(
            QRectF(x[0], LEAD_30_90.min_lag, x[-1] - x[0], LEAD_30_90.max_lag - LEAD_30_90.min_lag)
        )
        self.plot.setXRange(float(x[0]), float(x[-1]), padding=0.01)
        self.plot.setYRange(float(lags[0]), float(lags[-1]), padding=0.01)
        self.caption.setText(
            self.tr(
                "Rolling correlation of daily returns over {window} returns, every {step}th "
                "return date, at every {lag_step} days of lag; outlined: the 30-90 d lead. "
                "Red: they moved together; blue: opposite."
            ).format(
                window=format_count(record["window_returns"]),
                step=format_count(record["step_returns"]),
                lag_step=format_count(int(step_y)),
            )
        )

    def drawn_matrix(self) -> np.ndarray | None:
        """The matrix as the record gives it (rows: dates, columns: lags), from the image."""
        image = self.image.image
        return None if image is None else np.asarray(image).T

    def show_message(self, text: str) -> None:
        """A note instead of (or over) the heatmap; empty hides it."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _apply_theme(self, theme: PanelTheme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        style_plot_axes(self.plot, theme)
        self.colour_bar.setColorMap(colour_map(theme.name))
        pen = pg.mkPen(theme.foreground, width=1.5, style=Qt.PenStyle.DashLine)
        self.band.setPen(pen)
        self.band.setBrush(pg.mkBrush(None))
