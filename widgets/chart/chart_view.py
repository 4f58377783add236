"""The chart: equity, volume, crypto overlay and rolling-correlation panes on one date axis.

x is days since 1970-01-01 everywhere (see ``timecoords``), so daily bars sit on their
dates with no weekend compression and a lag of k days is a shift of exactly k.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as escape_html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from models.vocabulary import PANES, SCALES, SERIES_COLOURS
from widgets.chart.band_item import BandItem
from widgets.chart.candle_item import CandleItem
from widgets.chart.crosshair import (
    CrosshairReadout,
    CryptoValue,
    curve_value_at,
    readout_html,
    sample_at,
)
from widgets.chart.marker_item import BreakoutMarkers
from widgets.chart.pane import ChartPane
from widgets.chart.pane_canvas import PaneCanvas
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette, chart_palette
from widgets.chart.timecoords import days_to_datetime64, index_to_days, value_to_days
from widgets.chart.volume_item import VolumeItem

PRICE_COLUMNS = ("open", "high", "low", "close")
PANE_SIZES = {"equity": 440, "volume": 120, "crypto": 360, "correlation": 130}
ALL_HIDDEN_HINT = QtCore.QT_TRANSLATE_NOOP(
    "ChartView", "All panes are hidden — View menu to show them"
)
SCALE_UNITS = {
    "price": QtCore.QT_TRANSLATE_NOOP("ChartView", "price"),
    "log": QtCore.QT_TRANSLATE_NOOP("ChartView", "price, log scale"),
    "percent": QtCore.QT_TRANSLATE_NOOP("ChartView", "% change"),
    "index": QtCore.QT_TRANSLATE_NOOP("ChartView", "index = 100"),
}


def _tr(text: str) -> str:
    """``text`` in the UI language (the literal is marked where it is written)."""
    return QtCore.QCoreApplication.translate("ChartView", text)


@dataclass
class OverlaySeries:
    """One crypto curve of the overlay pane.

    ``dates`` are datetime64[D] for daily bars or datetime64[ns] UTC instants for intraday;
    ``values`` are already in the chosen scale's units at lag 0 (raw prices for "log").
    """

    key: str
    label: str
    dates: np.ndarray
    values: np.ndarray
    color: str = ""
    is_demo: bool = False


@dataclass(frozen=True)
class ExportScene:
    """What an exporter needs: the widget to grab, the one graphics view holding every
    pane, each pane's PlotItem, and the palette. To draw all panes at another scale:
    ``canvas.scene().render(painter, target, canvas.sceneRect())`` (the scene's own rect
    also spans data items clipped out of view)."""

    widget: QtWidgets.QWidget
    canvas: pg.GraphicsView
    plots: dict[str, pg.PlotItem]
    palette: Palette


class ChartView(QtWidgets.QWidget):
    """Linked chart panes with one crosshair; data arrives through the ``set_*`` methods."""

    crosshair_moved = QtCore.Signal(object)  # CrosshairReadout
    range_changed = QtCore.Signal(object, object)  # visible start, end as numpy datetime64

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = chart_palette("light")
        self._theme = "light"
        self._lag = 0
        self._intraday = False
        self._demo = False
        self._has_fitted = False
        self._equity_frame: pd.DataFrame | None = None
        self._equity_label = ""
        self._equity_style = "candles"
        self._equity_log = False
        self._ath: pd.Series | None = None
        self._events: list = []
        self._volume_label = ""
        self._overlay_scale = "price"
        self._overlay_series: list[OverlaySeries] = []
        self._ghost_series: OverlaySeries | None = None
        self._correlation_window = 0
        self._legend_cache = ""
        # No parent until the panes are built: building pyqtgraph items inside a view that
        # already has a parent widget crashed PySide6 6.11 here (segfault in addItem).
        self.canvas = PaneCanvas()
        self.panes = {
            "equity": ChartPane("equity", self.canvas, PANE_SIZES["equity"]),
            "volume": ChartPane(
                "volume", self.canvas, PANE_SIZES["volume"], include_zero=True, compact=True
            ),
            "crypto": ChartPane("crypto", self.canvas, PANE_SIZES["crypto"]),
            "correlation": ChartPane(
                "correlation", self.canvas, PANE_SIZES["correlation"], include_zero=True
            ),
        }
        self._build_items()
        self._build_layout()
        self._connect()
        self.set_theme("light")

    # --- construction -----------------------------------------------------------------
    def _build_items(self) -> None:
        equity, volume = self.panes["equity"], self.panes["volume"]
        crypto, corr = self.panes["crypto"], self.panes["correlation"]
        self.candles = CandleItem()
        self.equity_line = PyramidCurve(width=1.6)
        self.equity_line.setVisible(False)
        self.ath_line = PyramidCurve(width=1.2)
        self.bands = BandItem()
        self.markers = BreakoutMarkers()
        equity.add(self.candles, fits=True)
        equity.add(self.equity_line, fits=True)
        for item in (self.ath_line, self.bands, self.markers):
            equity.add(item)
        self.volume_bars = VolumeItem()
        self.threshold_line = PyramidCurve(width=1.4)
        volume.add(self.volume_bars, fits=True)
        volume.add(self.threshold_line, fits=True)
        self.overlays: dict[str, PyramidCurve] = {}
        self.ghost = PyramidCurve(width=1.4)
        crypto.add(self.ghost, fits=True)
        self.correlation_line = PyramidCurve(width=1.4)
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        corr.add(self.correlation_line, fits=True)
        corr.plot.addItem(self.zero_line, ignoreBounds=True)

    def _build_layout(self) -> None:
        master = self.panes["equity"].view
        for name in PANES:
            pane = self.panes[name]
            if pane.view is not master:
                pane.view.setXLink(master)
        self.hidden_hint = QtWidgets.QLabel(_tr(ALL_HIDDEN_HINT))
        self.hidden_hint.setObjectName("all_panes_hidden_hint")
        self.hidden_hint.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.hidden_hint.setVisible(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addWidget(self.hidden_hint)
        self._update_bottom_axes()
        self._update_blank()

    def _connect(self) -> None:
        for pane in self.panes.values():
            pane.view.sigXRangeChanged.connect(lambda *_, p=pane: p.fit_y())
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.mouse_left.connect(self.hide_crosshair)
        self.canvas.double_clicked.connect(self.fit_all)
        self.panes["equity"].view.sigXRangeChanged.connect(self._emit_range)

    # --- equity pane --------------------------------------------------------------------
    def set_equity(self, frame: pd.DataFrame, label: str, *, is_demo: bool = False) -> None:
        """Show an OHLCV frame (models.market.frames contract) as the equity series."""
        self._equity_frame = frame
        self._equity_label = _demo_label(label, is_demo)
        index = frame.index
        self._intraday = isinstance(index, pd.DatetimeIndex) and (
            index.tz is not None or index.name == "time"
        )
        self._draw_equity()
        self._fit_once()

    def _draw_equity(self) -> None:
        frame = self._equity_frame
        if frame is None:
            return
        x = index_to_days(frame.index)
        o, h, low, c = (
            self._equity_y(frame[col].to_numpy(float)) for col in ("open", "high", "low", "close")
        )
        self.candles.set_ohlc(x, o, h, low, c)
        self.equity_line.set_series(x, frame["close"].to_numpy(float), log=self._equity_log)
        self._draw_ath()
        self._draw_events()
        self._title_equity()
        self._update_blank()
        self.panes["equity"].fit_y()

    def _title_equity(self) -> None:
        scale = " · log" if self._equity_log else ""
        p = self._palette
        # the key names outcomes as the breakout table does: held (▲) or failed (✕)
        held = QtCore.QCoreApplication.translate("ChartView", "held")
        failed = QtCore.QCoreApplication.translate("ChartView", "failed")
        key = (
            f' · <span style="color:{p.marker_confirmed}">▲ {held}</span>'
            f' <span style="color:{p.marker_failed}">✕ {failed}</span>'
            if self._events
            else ""
        )
        self.panes["equity"].set_title(self._title_html(self._equity_label + scale, key))

    def _equity_y(self, values: np.ndarray) -> np.ndarray:
        if not self._equity_log:
            return values
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(values > 0, np.log10(values), np.nan)

    def set_equity_style(self, style: str) -> None:
        """ "candles" or "line" (close)."""
        if style not in ("candles", "line"):
            raise ValueError(f"unknown equity style {style!r}")
        self._equity_style = style
        self.candles.setVisible(style == "candles")
        self.equity_line.setVisible(style == "line")
        self.panes["equity"].fit_y()

    def set_equity_log(self, on: bool) -> None:
        """Log price axis for the equity pane (candles, line, ATH, bands and markers)."""
        self._equity_log = bool(on)
        self.panes["equity"].value_axis.set_log(self._equity_log)
        self._draw_equity()

    def set_ath_line(self, ath: pd.Series | None) -> None:
        """The running all-time high as a line (None hides it)."""
        self._ath = ath
        self._draw_ath()

    def _draw_ath(self) -> None:
        self.ath_line.setVisible(self._ath is not None and len(self._ath) > 0)
        if self._ath is not None and len(self._ath) > 0:
            values = self._ath.to_numpy(float)
            self.ath_line.set_series(index_to_days(self._ath.index), values, log=self._equity_log)

    def set_breakouts(self, events: list) -> None:
        """Breakout events (date, band_start, band_end, level, confirmed) as bands and markers."""
        self._events = list(events)
        self._draw_events()
        self._title_equity()

    def _draw_events(self) -> None:
        events = self._events
        confirmed = np.array([bool(e.confirmed) for e in events], dtype=bool)
        starts = np.array([value_to_days(e.band_start) for e in events], dtype=float)
        ends = np.array([value_to_days(e.band_end) for e in events], dtype=float)
        self.bands.set_bands(starts, ends, confirmed)
        x = np.array([value_to_days(e.date) for e in events], dtype=float)
        levels = self._equity_y(np.array([float(e.level) for e in events], dtype=float))
        self.markers.set_events(x, levels, confirmed)

    # --- volume pane --------------------------------------------------------------------
    def set_volume(self, volume: pd.Series, threshold: pd.Series | None, source_label: str) -> None:
        """Volume bars, the confirmation threshold line, and which volume this is."""
        x = index_to_days(volume.index)
        self.volume_bars.set_volume(x, volume.to_numpy(float))
        has_threshold = threshold is not None and len(threshold) > 0
        self.threshold_line.setVisible(has_threshold)
        if has_threshold:
            self.threshold_line.set_series(
                index_to_days(threshold.index), threshold.to_numpy(float)
            )
        self._volume_label = source_label if len(volume) else ""
        self._title_volume()
        self._update_blank()
        self.panes["volume"].fit_y()

    def _title_volume(self) -> None:
        if not self._volume_label:  # nothing loaded yet: no source, no threshold to name
            self.panes["volume"].set_title(
                self._title_html(QtCore.QCoreApplication.translate("ChartView", "Volume"))
            )
            return
        threshold_name = QtCore.QCoreApplication.translate("ChartView", "confirmation threshold")
        threshold = (
            f' · <span style="color:{self._palette.threshold}">— {threshold_name}</span>'
            if self.threshold_line.isVisible()
            else ""
        )
        title = QtCore.QCoreApplication.translate("ChartView", "Volume: %1")
        self.panes["volume"].set_title(
            self._title_html(title.replace("%1", self._volume_label), threshold)
        )

    # --- crypto pane --------------------------------------------------------------------
    def set_overlays(
        self, series: list[OverlaySeries], scale: str, ghost: OverlaySeries | None
    ) -> None:
        """Crypto curves in ``scale`` units, and the rebased equity as a faint ghost line."""
        if scale not in SCALES:
            raise ValueError(f"unknown scale {scale!r}; expected one of {SCALES}")
        crypto = self.panes["crypto"]
        for curve in self.overlays.values():
            crypto.plot.removeItem(curve)
            crypto.fit_items.remove(curve)
        self.overlays = {}
        self._overlay_scale = scale
        self._overlay_series = list(series)
        log = scale == "log"
        crypto.value_axis.set_log(log)
        crypto.value_axis.set_suffix("%" if scale == "percent" else "")
        for item in series:
            curve = PyramidCurve(width=1.6)
            crypto.add(curve, fits=True)
            curve.set_series(index_to_days(item.dates), item.values, log=log)
            curve.set_shift(-self._lag, 1.0)
            self.overlays[item.key] = curve
        self.ghost.setVisible(ghost is not None)
        if ghost is not None:
            self.ghost.set_series(index_to_days(ghost.dates), ghost.values, log=log)
        self._ghost_series = ghost
        self._style_overlays()
        self._title_crypto()
        self._update_blank()
        crypto.fit_y()
        self._fit_once()

    def _overlay_colours(self) -> list[str]:
        return [
            item.color or SERIES_COLOURS[n % len(SERIES_COLOURS)]
            for n, item in enumerate(self._overlay_series)
        ]

    def _style_overlays(self) -> None:
        for item, colour in zip(self._overlay_series, self._overlay_colours(), strict=True):
            self.overlays[item.key].set_style(colour, 1.6)
        if self._ghost_series is not None:
            self.ghost.set_style(self._palette.ghost, 1.4, dash=True)
        self._legend_cache = self._legend_html()  # built here, not on every lag step

    def legend_entries(self) -> list[tuple[str, str]]:
        """(label, colour) of every crypto curve and the ghost, as the pane's header lists them.

        The key sits in the title strip rather than in a floating legend box, which
        covered the curves (and showed as an empty box before any data).
        """
        entries = [
            (_demo_label(item.label, item.is_demo), colour)
            for item, colour in zip(self._overlay_series, self._overlay_colours(), strict=True)
        ]
        if self._ghost_series is not None:
            entries.append((self._ghost_series.label, self._palette.ghost))
        return entries

    def _legend_html(self) -> str:
        parts = []
        for n, (label, colour) in enumerate(self.legend_entries()):
            rgba = pg.mkColor(colour)  # '#rrggbbaa' as pyqtgraph reads it; CSS needs rgba()
            css = f"rgba({rgba.red()},{rgba.green()},{rgba.blue()},{max(rgba.alpha(), 170)})"
            dash = "╌" if self._ghost_series is not None and n == len(self._overlay_series) else "━"
            parts.append(f'<span style="color:{css}">{dash} {escape_html(label)}</span>')
        return ("  " + "  ".join(parts)) if parts else ""

    def _title_crypto(self) -> None:
        if not self._overlay_series:  # no series yet: a scale would describe nothing
            self.panes["crypto"].set_title(
                self._title_html(QtCore.QCoreApplication.translate("ChartView", "Crypto"))
            )
            return
        lag = self._lag
        shift_text = QtCore.QCoreApplication.translate(
            "ChartView", " · lag %1 d (crypto of t%1 d drawn at t)"
        )
        shift = "" if lag == 0 else shift_text.replace("%1", f"{lag:+d}")
        title = QtCore.QCoreApplication.translate("ChartView", "Crypto · %1")
        units = _tr(SCALE_UNITS[self._overlay_scale])
        self.panes["crypto"].set_title(
            self._title_html(title.replace("%1", units), shift + self._legend_cache)
        )

    def set_lag(self, lag_days: int, y_factors: dict[str, float] | None = None) -> None:
        """Draw crypto at t+lag at t (shift left by lag days), optionally rescaled per series.

        No data is rebuilt: each curve changes its offset and factor and re-slices its
        pyramid for the visible range.
        """
        self._lag = int(lag_days)
        factors = y_factors or {}
        for key, curve in self.overlays.items():
            curve.set_shift(-self._lag, factors.get(key, 1.0))
        self._title_crypto()
        self.panes["crypto"].fit_y()

    @property
    def lag_days(self) -> int:
        """The lag currently drawn."""
        return self._lag

    # --- correlation pane ---------------------------------------------------------------
    def set_rolling_correlation(self, dates: np.ndarray, values: np.ndarray, window: int) -> None:
        """Rolling correlation of returns (computed by the caller at the current lag)."""
        self._correlation_window = int(window)
        self.correlation_line.set_series(index_to_days(dates), values)
        self._title_correlation()
        self._update_blank()
        self.panes["correlation"].fit_y()

    def _title_correlation(self) -> None:
        window = self._correlation_window
        text = (
            QtCore.QCoreApplication.translate(
                "ChartView", "Rolling correlation of returns (%1-bar window)"
            ).replace("%1", str(window))
            if window
            else QtCore.QCoreApplication.translate("ChartView", "Rolling correlation")
        )
        self.panes["correlation"].set_title(self._title_html(text))

    # --- panes, range, theme ------------------------------------------------------------
    def set_pane_visible(self, pane: str, visible: bool) -> None:
        """Show or hide one of PANES; the lowest visible pane carries the date axis."""
        if pane not in self.panes:
            raise ValueError(f"unknown pane {pane!r}; expected one of {PANES}")
        self.canvas.set_shown(PANES.index(pane), bool(visible))
        self._update_bottom_axes()
        any_shown = any(self.is_pane_visible(n) for n in PANES)
        # a blank grey canvas gave no clue how to get the panes back
        self.canvas.setVisible(any_shown)
        self.hidden_hint.setVisible(not any_shown)

    def is_pane_visible(self, pane: str) -> bool:
        """True unless the pane was hidden with set_pane_visible."""
        return self.panes[pane].plot.isVisible()

    def _update_bottom_axes(self) -> None:
        shown = [n for n in PANES if self.is_pane_visible(n)]
        for name in PANES:
            self.panes[name].set_bottom_axis_visible(bool(shown) and name == shown[-1])

    def _update_blank(self) -> None:
        """No ticks or grid anywhere until some pane has data (no 03:00-21:00 on nothing)."""
        blank = not any(e is not None for e in self._x_extents()) and not self._has_volume()
        if blank != getattr(self, "_blank", None):
            self._blank = blank
            for pane in self.panes.values():
                pane.set_blank(blank)

    def _has_volume(self) -> bool:
        pyramid = self.volume_bars.pyramid
        return pyramid is not None and len(pyramid) > 0

    def is_blank(self) -> bool:
        """True while no pane has data (axes show no ticks)."""
        return bool(self._blank)

    def zoom_to(self, start, end) -> None:
        """Show dates start..end (date-likes or x days); y axes fit the visible data."""
        x0, x1 = value_to_days(start), value_to_days(end)
        self.panes["equity"].view.setXRange(min(x0, x1), max(x0, x1), padding=0.0)

    def visible_range(self) -> tuple[float, float]:
        """The visible x range in days since epoch."""
        return tuple(self.panes["equity"].view.viewRange()[0])

    def fit_all(self) -> None:
        """Show all data of every pane; y axes fit."""
        extents = [e for e in self._x_extents() if e is not None]
        if not extents:
            return
        x0, x1 = min(e[0] for e in extents), max(e[1] for e in extents)
        if x1 <= x0:
            x0, x1 = x0 - 1, x1 + 1
        self.panes["equity"].view.setXRange(x0, x1, padding=0.02)
        for pane in self.panes.values():
            pane.fit_y()

    def _x_extents(self):
        if self.candles.pyramid is not None and len(self.candles.pyramid):
            x = self.candles.pyramid.x
            yield float(x[0]), float(x[-1])
        for curve in (*self.overlays.values(), self.correlation_line):
            yield curve.x_extent()

    def _fit_once(self) -> None:
        if not self._has_fitted:
            self._has_fitted = True
            self.fit_all()

    def _emit_range(self, *_):
        x0, x1 = self.visible_range()
        self.range_changed.emit(
            days_to_datetime64(x0, self._intraday), days_to_datetime64(x1, self._intraday)
        )

    def set_theme(self, theme: str) -> None:
        """ "light" or "dark": backgrounds, axes, candles, bands, lines and legend."""
        self._palette = chart_palette(theme)
        self._theme = theme
        p = self._palette
        for pane in self.panes.values():
            pane.apply_palette(p)
        self.canvas.setBackground(p.splitter)
        for pane in self.panes.values():
            pane.view.setBackgroundColor(p.background)
        self.candles.set_colours(p.up, p.down)
        self.equity_line.set_style(p.line, 1.6)
        self.ath_line.set_style(p.ath, 1.2, dash=True)
        self.bands.set_colours(p.band_confirmed, p.band_failed)
        self.markers.set_colours(p.marker_confirmed, p.marker_failed)
        self.volume_bars.set_colour(p.volume)
        self.threshold_line.set_style(p.threshold, 1.4)
        self.correlation_line.set_style(p.correlation, 1.4)
        self.zero_line.setPen(pg.mkPen(p.zero_line, width=1))
        self._style_overlays()
        self._retitle()
        self.set_demo_watermark(self._demo)

    @property
    def theme(self) -> str:
        """The current theme name."""
        return self._theme

    @property
    def palette_colours(self) -> Palette:
        """The palette of the current theme."""
        return self._palette

    def _retitle(self) -> None:
        self._title_equity()
        self._title_volume()
        self._title_crypto()
        self._title_correlation()

    def _title_html(self, text: str, extra: str = "") -> str:
        return (
            f'<span style="font-family:DejaVu Sans; font-size:9pt; '
            f'color:{self._palette.foreground};"><b>{text}</b>{extra}</span>'
        )

    def set_demo_watermark(self, on: bool) -> None:
        """A big "DEMO" across every pane, for synthetic data."""
        self._demo = bool(on)
        for pane in self.panes.values():
            pane.set_watermark("DEMO", self._demo, self._palette.watermark)

    def scene_for_export(self) -> ExportScene:
        """The widget to render (or its canvas' scene) and each pane's PlotItem."""
        plots = {name: pane.plot for name, pane in self.panes.items()}
        return ExportScene(widget=self, canvas=self.canvas, plots=plots, palette=self._palette)

    # --- crosshair ----------------------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        pane = next((p for p in self.panes.values() if p.contains_scene_point(pos)), None)
        if pane is None:
            self.hide_crosshair()
            return
        point = pane.view.mapSceneToView(pos)
        x = point.x() if self._intraday else float(np.floor(point.x() + 0.5))
        for other in self.panes.values():
            other.vline.setPos(x)
            other.vline.setVisible(True)
            other.hline.setVisible(other is pane)
        pane.hline.setPos(point.y())
        readout = self.readout_at(x)
        self._show_readout(readout)
        self.crosshair_moved.emit(readout)

    def _show_readout(self, readout: CrosshairReadout) -> None:
        series, colours = self._overlay_series, self._overlay_colours()
        colours = {item.key: c for item, c in zip(series, colours, strict=True)}
        for name, html in readout_html(readout, colours).items():
            self.panes[name].readout.setHtml(self._title_html("", html))
            self.panes[name].readout.setVisible(bool(html))

    def hide_crosshair(self) -> None:
        """Remove the crosshair lines and readouts from every pane."""
        for pane in self.panes.values():
            pane.vline.setVisible(False)
            pane.hline.setVisible(False)
            pane.readout.setVisible(False)

    def readout_at(self, when) -> CrosshairReadout:
        """What the crosshair shows at ``when`` (a date-like, or x in days)."""
        x = value_to_days(when)
        source_x = x + self._lag
        crypto = {
            item.key: CryptoValue(
                key=item.key,
                label=item.label,
                value=curve_value_at(self.overlays[item.key], source_x),
                source_date=days_to_datetime64(source_x, self._intraday),
            )
            for item in self._overlay_series
        }
        close = sample_at(self.candles.pyramid, x, self.candles.closes)
        if close is not None and self._equity_log:
            close = 10.0**close
        bars = self.volume_bars
        return CrosshairReadout(
            date=days_to_datetime64(x, self._intraday),
            lag_days=self._lag,
            equity=close,
            volume=sample_at(bars.pyramid, x, bars.pyramid.highs[0] if bars.pyramid else None),
            correlation=curve_value_at(self.correlation_line, x),
            ghost=curve_value_at(self.ghost, x) if self.ghost.isVisible() else None,
            crypto=crypto,
        )


def _demo_label(label: str, is_demo: bool) -> str:
    """A series label that says DEMO once, whether or not the name already does."""
    return label if not is_demo or "DEMO" in label.upper() else f"{label} (DEMO)"
