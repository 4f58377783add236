"""A small cross-correlation plot: correlation against lag, with its two bands and a key.

The shaded band is pointwise (95% at each lag taken alone); the dashed lines are the
family-wise band over the lags searched (95% of CCFs with no relation at any of those lags
stay inside it everywhere). A key above the plot names both, with the window searched and
the returns' sampling, so neither is read as the other. Two markers: the best lag of the
window searched (a dot on the curve) and the current slider lag (a vertical line with its
readout, placed where it covers neither the dot nor the curve). ``set_marker`` only moves
that line and its readout, so it is cheap enough for every slider step. Clicking the plot
asks for the nearest computed lag (``lag_clicked``).
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from widgets.formatting import format_correlation, format_lag, format_lag_window, format_sampling
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
from widgets.plot_labels import Keep, Spot, place_label


def _as_array(values) -> np.ndarray | None:
    return None if values is None else np.asarray(values, dtype=float)


def _parts(ccf) -> tuple[str, str, str]:
    sampling = QCoreApplication.translate("CcfPlot", "{sampling} returns").format(
        sampling=format_sampling(getattr(ccf, "sampling", "daily"))
    )
    pointwise = QCoreApplication.translate("CcfPlot", "pointwise 95% (each lag alone)")
    family = QCoreApplication.translate("CcfPlot", "family-wise 95% over {window}").format(
        window=format_lag_window(ccf.window)
    )
    return sampling, pointwise, family


def ccf_caption(ccf) -> str:
    """The key above the plot as plain text: each band with its meaning (the family-wise
    one names the window searched), e.g. ``■ pointwise 95% (each lag alone) · - -
    family-wise 95% over lead 30-90 d (+30..+90 d)``, after the returns when they are not
    daily (``weekly returns · ...``; the sampling choice above says "daily")."""
    sampling, pointwise, family = _parts(ccf)
    key = f"■ {pointwise} · - - {family}"
    return key if _daily(ccf) else f"{sampling} · {key}"


def caption_html(ccf, theme: PanelTheme) -> str:
    """``ccf_caption`` with each band's swatch in its colour."""
    sampling, pointwise, family = (escape(part) for part in _parts(ccf))
    shade = f'<span style="color:{theme.band[:7]};">&#9632;</span>'
    dashes = f'<span style="color:{theme.secondary_line}; font-weight:bold;">-&nbsp;-</span>'
    key = f"{shade}&nbsp;{pointwise} · {dashes}&nbsp;{family}"
    return key if _daily(ccf) else f"<b>{sampling}</b> · {key}"


def _daily(ccf) -> bool:
    return getattr(ccf, "sampling", "daily") == "daily"


class CcfPlot(FollowsPalette, QWidget):
    """Correlation of returns against lag in calendar days, both bands, a key, two markers."""

    lag_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lags = np.empty(0)
        self._theme = application_panel_theme()
        self._caption = QLabel(self.tr("Cross-correlation: waiting for data"))
        self._caption.setObjectName("ccf_caption")
        self._caption.setWordWrap(True)
        self._ccf = None
        self._demo_badge = demo_badge()
        self._plot = pg.PlotWidget()
        self._build_items()
        header = QHBoxLayout()
        header.addWidget(self._caption, 1)
        header.addWidget(self._demo_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self._plot, 1)
        self.setMinimumSize(260, 130)
        self.setToolTip(
            self.tr(
                "Correlation of returns for each lag (crypto shifted by k days).\n"
                "Shaded: pointwise 95% band, each lag taken alone (most CCFs with no relation "
                "cross it somewhere) · dashed: family-wise 95% band over the lags searched "
                "(the best lag is significant at 5% when it leaves it) · dot: best lag of "
                "the lags searched · vertical line: the slider's lag.\n"
                "Click to move the slider to that lag."
            )
        )
        self.set_theme(self._theme.name)
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
        # the family-wise band exists only inside the window searched (NaN elsewhere)
        self._family_low = pg.PlotCurveItem(connect="finite")
        self._family_high = pg.PlotCurveItem(connect="finite")
        self._curve = pg.PlotCurveItem()
        self._best = pg.ScatterPlotItem(size=9, symbol="o")
        self._marker = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self._marker_text = pg.TextItem(anchor=(0, 0))
        self._y_range = (0.0, 0.0)
        below = (self._zero, self._band, self._band_low, self._band_high)
        for z, it in enumerate((*below, self._family_low, self._family_high)):
            it.setZValue(z)
            item.addItem(it)
        top_items = (self._curve, self._best, self._marker, self._marker_text)
        for z, it in enumerate(top_items, start=10):
            it.setZValue(z)
            item.addItem(it)
        item.scene().sigMouseClicked.connect(self._on_scene_clicked)
        item.getViewBox().sigResized.connect(self._replace_marker_text)
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

    def caption(self) -> str:
        """The key above the plot as shown, in plain text (returns, both bands, window)."""
        text = QTextDocumentFragment.fromHtml(self._caption.text()).toPlainText()
        return text.replace("\u00a0", " ")

    def family_band(self) -> tuple[np.ndarray, np.ndarray]:
        """The family-wise band as drawn: (lags, upper edge), NaN outside the window."""
        x, y = self._family_high.getData()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def set_ccf(self, ccf) -> None:
        """Draw a ``models.analysis.ccf_result.CcfResult`` (lags, correlation, both bands,
        the best lag of its window); None clears."""
        if ccf is None:
            self._clear()
            return
        self._lags = np.asarray(ccf.lags, dtype=float)
        corr = np.asarray(ccf.correlation, dtype=float)
        self._curve.setData(self._lags, corr)
        self._set_band(_as_array(getattr(ccf, "band_low", None)), _as_array(ccf.band_high))
        self._set_family(ccf)
        if ccf.best_lag is None:
            self._best.setData([], [])
        else:
            self._best.setData([float(ccf.best_lag)], [float(ccf.best_correlation)])
        self._ccf = ccf
        self._caption.setText(caption_html(ccf, self._theme))
        self._fit_view(corr)
        self.set_marker(round(self.marker_lag()))

    def _set_family(self, ccf) -> None:
        band = getattr(ccf, "simultaneous_band", None)
        if band is None:
            self._family_low.setData([], [])
            self._family_high.setData([], [])
            return
        self._family_low.setData(self._lags, np.asarray(band.low, dtype=float))
        self._family_high.setData(self._lags, np.asarray(band.high, dtype=float))

    def _clear(self) -> None:
        self._lags = np.empty(0)
        curves = (self._curve, self._band_low, self._band_high, self._best)
        for curve in (*curves, self._family_low, self._family_high):
            curve.setData([], [])
        self._band.setVisible(False)
        self._marker_text.setText("")
        self._ccf = None
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
        values += [self._family_low.yData, self._family_high.yData]
        finite = np.concatenate([v[np.isfinite(v)] for v in values if v is not None])
        # room above and below the data for the marker's readout
        pad = max(0.03, 0.22 * float(finite.max() - finite.min()))
        item = self.plot_item()
        item.setXRange(self._lags[0], self._lags[-1], padding=0.02)
        self._y_range = (float(finite.min()) - pad, float(finite.max()) + pad)
        item.setYRange(*self._y_range, padding=0)

    def marker_text(self) -> str:
        """The readout beside the slider marker, e.g. ``+42 d: 0.29``."""
        return self._marker_text.textItem.toPlainText()

    def marker_text_item(self) -> pg.TextItem:
        """The readout's item (for tests: where it stands)."""
        return self._marker_text

    def set_marker(self, lag_days: int) -> None:
        """Move the slider marker and its readout to ``lag_days`` (runs on every step)."""
        self._marker.setValue(lag_days)
        if self._lags.size == 0:
            return
        rho = float(np.interp(lag_days, self._lags, self._curve.yData))
        self._marker_text.setText(f"{format_lag(lag_days)}: {format_correlation(rho)}")
        self._replace_marker_text()

    def _replace_marker_text(self, *_resized) -> None:
        """Put the readout at the top or the bottom, on either side of the line, where it
        covers neither the best-lag dot (never) nor the curve (if it can)."""
        if self._lags.size == 0:
            return
        lag = float(self._marker.value())
        low, high = self._y_range
        gap = 0.01 * (self._lags[-1] - self._lags[0])
        spots = [
            Spot(lag + gap, high, (0, 0)),
            Spot(lag - gap, high, (1, 0)),
            Spot(lag + gap, low, (0, 1)),
            Spot(lag - gap, low, (1, 1)),
        ]
        dot = self._best.data
        keep = [Keep(self._lags, self._curve.yData)]
        if len(dot):
            keep.append(Keep(dot["x"], dot["y"], weight=1000.0))
        place_label(self._marker_text, self.plot_item().getViewBox(), spots, keep)

    def _apply_theme(self, t: PanelTheme) -> None:
        self._theme = t
        self._plot.setBackground(t.background)
        style_plot_axes(self.plot_item(), t)
        self._zero.setPen(pg.mkPen(t.baseline, width=1))
        self._band.setBrush(pg.mkBrush(t.band))
        self._band_low.setPen(pg.mkPen(None))
        self._band_high.setPen(pg.mkPen(None))
        family = pg.mkPen(t.secondary_line, width=1.3, style=Qt.PenStyle.DashLine)
        self._family_low.setPen(family)
        self._family_high.setPen(family)
        self._curve.setPen(pg.mkPen(t.line, width=1.5))
        self._best.setBrush(pg.mkBrush(t.best))
        self._best.setPen(pg.mkPen(t.background, width=1))
        self._marker.setPen(pg.mkPen(t.marker, width=1, style=Qt.PenStyle.DashLine))
        self._marker_text.setColor(t.marker)
        if self._ccf is not None:
            self._caption.setText(caption_html(self._ccf, t))

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
