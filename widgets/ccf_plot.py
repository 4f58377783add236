"""A small cross-correlation plot: correlation against lag, with its bootstrap band.

Two markers: the best lag (a point on the curve) and the current slider lag (a vertical
line). ``set_marker`` only moves that line, so it is cheap enough for every slider step.
Clicking the plot asks for the nearest computed lag (``lag_clicked``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from widgets.formatting import format_correlation, format_count, format_lag, format_p_clause
from widgets.lag_control import MAX_LAG_DAYS
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    demo_badge,
    demo_watermark,
    set_plot_title,
    style_plot_axes,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CcfPlot", text)


def _as_array(values) -> np.ndarray | None:
    return None if values is None else np.asarray(values, dtype=float)


def _n_of(ccf) -> int | None:
    """One N for the caption: the total when given, else the smallest per-lag N."""
    total = getattr(ccf, "n_total", None)
    if total is not None:
        return int(total)
    n = getattr(ccf, "n", None)
    return None if n is None else int(np.min(np.asarray(n)))


def ccf_caption(ccf) -> str:
    """The one-line summary above the plot, e.g. ``best +45 d: 0.34, p=0.004 · N=2,310``."""
    if ccf.best_lag is None:
        best = _tr("no best lag")
    else:
        best = _tr("best {lag}: {rho}").format(
            lag=format_lag(ccf.best_lag), rho=format_correlation(ccf.best_correlation)
        )
        if getattr(ccf, "p_value", None) is not None:
            best += ", " + format_p_clause(ccf.p_value)
    sampling = getattr(ccf, "sampling", "") or ""
    parts = [best, f"N={format_count(_n_of(ccf))}"] + ([sampling] if sampling else [])
    return " · ".join(parts)


class CcfPlot(FollowsPalette, QWidget):
    """Correlation of returns against lag in calendar days, with band and two markers."""

    lag_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lags = np.empty(0)
        self._caption = QLabel(self.tr("Cross-correlation: waiting for data"))
        self._caption.setObjectName("ccf_caption")
        self._demo_badge = demo_badge()
        self._plot = pg.PlotWidget()
        self._build_items()
        header = QHBoxLayout()
        header.addWidget(self._caption, 1)
        header.addWidget(self._demo_badge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self._plot, 1)
        self.setMinimumSize(260, 160)
        self.setToolTip(
            self.tr(
                "Correlation of returns for each lag (crypto shifted by k days).\n"
                "Shaded: bootstrap band allowing for autocorrelation · dot: best lag · "
                "vertical line: the slider's lag.\nClick to move the slider to that lag."
            )
        )
        self.set_theme(application_panel_theme().name)
        self._show_empty_frame()

    def _build_items(self) -> None:
        item = self._plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("bottom", self.tr("lag (days)"))
        item.setLabel("left", "ρ")
        # no SI scaling: it labelled the empty plot "lag (days) (x0.001)"
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self._band_low = pg.PlotCurveItem()
        self._band_high = pg.PlotCurveItem()
        self._band = pg.FillBetweenItem(self._band_low, self._band_high)
        self._curve = pg.PlotCurveItem()
        self._best = pg.ScatterPlotItem(size=9, symbol="o")
        self._marker = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self._marker_text = pg.TextItem(anchor=(0, 0))
        self._y_top = 0.0
        for z, it in enumerate((self._zero, self._band, self._band_low, self._band_high)):
            it.setZValue(z)
            item.addItem(it)
        top_items = (self._curve, self._best, self._marker, self._marker_text)
        for z, it in enumerate(top_items, start=10):
            it.setZValue(z)
            item.addItem(it)
        item.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._watermark = demo_watermark(item)

    def plot_item(self) -> pg.PlotItem:
        """The underlying plot (for tests and exports)."""
        return self._plot.getPlotItem()

    def set_title(self, html: str) -> None:
        """A rich-text title above the plot: what the figures are about."""
        set_plot_title(self.plot_item(), html)

    def set_demo(self, on: bool) -> None:
        """Mark the plot DEMO (tag beside the caption, watermark behind the curve)."""
        self._demo_badge.setVisible(bool(on))
        self._watermark.setVisible(bool(on))

    def is_demo(self) -> bool:
        """True while the DEMO marks are shown."""
        return not self._demo_badge.isHidden()

    def marker_lag(self) -> float:
        """Where the slider marker stands, in days."""
        return float(self._marker.value())

    def set_ccf(self, ccf) -> None:
        """Draw a ``models.analysis.leadlag.CcfResult`` (lags, correlation, band, best lag);
        None clears."""
        if ccf is None:
            self._clear()
            return
        self._lags = np.asarray(ccf.lags, dtype=float)
        corr = np.asarray(ccf.correlation, dtype=float)
        self._curve.setData(self._lags, corr)
        self._set_band(_as_array(getattr(ccf, "band_low", None)), _as_array(ccf.band_high))
        if ccf.best_lag is None:
            self._best.setData([], [])
        else:
            self._best.setData([float(ccf.best_lag)], [float(ccf.best_correlation)])
        self._caption.setText(ccf_caption(ccf))
        self._fit_view(corr)
        self.set_marker(round(self.marker_lag()))

    def _clear(self) -> None:
        self._lags = np.empty(0)
        for curve in (self._curve, self._band_low, self._band_high, self._best):
            curve.setData([], [])
        self._band.setVisible(False)
        self._marker_text.setText("")
        self._caption.setText(self.tr("Cross-correlation: not enough overlapping data"))
        self._show_empty_frame()

    def _show_empty_frame(self) -> None:
        """No curve: the slider's own lag range, not pyqtgraph's default -0.5..0.5."""
        item = self.plot_item()
        item.setXRange(-MAX_LAG_DAYS, MAX_LAG_DAYS, padding=0.02)
        item.setYRange(-0.5, 0.5, padding=0)

    def _set_band(self, low: np.ndarray | None, high: np.ndarray | None) -> None:
        if low is None or high is None:
            self._band_low.setData([], [])
            self._band_high.setData([], [])
        else:
            self._band_low.setData(self._lags, low)
            self._band_high.setData(self._lags, high)
        self._band.setVisible(low is not None and high is not None)

    def _fit_view(self, corr: np.ndarray) -> None:
        if self._lags.size == 0:
            return
        values = [corr, self._band_low.yData, self._band_high.yData, np.zeros(1)]
        finite = np.concatenate([v[np.isfinite(v)] for v in values if v is not None])
        pad = max(0.02, 0.1 * float(finite.max() - finite.min()))
        item = self.plot_item()
        item.setXRange(self._lags[0], self._lags[-1], padding=0.02)
        self._y_top = float(finite.max()) + pad
        item.setYRange(float(finite.min()) - pad, self._y_top, padding=0)

    def marker_text(self) -> str:
        """The readout beside the slider marker, e.g. ``+42 d: 0.29``."""
        return self._marker_text.textItem.toPlainText()

    def set_marker(self, lag_days: int) -> None:
        """Move the slider marker and its readout to ``lag_days`` (runs on every step)."""
        self._marker.setValue(lag_days)
        if self._lags.size == 0:
            return
        rho = float(np.interp(lag_days, self._lags, self._curve.yData))
        self._marker_text.setText(f"{format_lag(lag_days)}: {format_correlation(rho)}")
        # the readout sits on the side of the line with more room
        right_half = lag_days > (self._lags[0] + self._lags[-1]) / 2
        self._marker_text.setAnchor((1, 0) if right_half else (0, 0))
        self._marker_text.setPos(lag_days, self._y_top)

    def _apply_theme(self, t: PanelTheme) -> None:
        self._plot.setBackground(t.background)
        style_plot_axes(self.plot_item(), t)
        self._zero.setPen(pg.mkPen(t.baseline, width=1))
        self._band.setBrush(pg.mkBrush(t.band))
        self._band_low.setPen(pg.mkPen(None))
        self._band_high.setPen(pg.mkPen(None))
        self._curve.setPen(pg.mkPen(t.line, width=1.5))
        self._best.setBrush(pg.mkBrush(t.best))
        self._best.setPen(pg.mkPen(t.background, width=1))
        self._marker.setPen(pg.mkPen(t.marker, width=1, style=Qt.PenStyle.DashLine))
        self._marker_text.setColor(t.marker)

    def _on_scene_clicked(self, event) -> None:
        if self._lags.size == 0 or event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.plot_item().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        x = view.mapSceneToView(QPointF(event.scenePos())).x()
        nearest = round(float(self._lags[int(np.argmin(np.abs(self._lags - x)))]))
        event.accept()
        self.lag_clicked.emit(nearest)
