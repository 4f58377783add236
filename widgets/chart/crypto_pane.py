"""The crypto pane: each crypto series on the chosen scale, shifted by the lag, and the
equity rebased as a faint ghost line for comparison."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape as escape_html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.vocabulary import SCALES, SERIES_COLOURS
from widgets.chart.crosshair import CryptoValue, curve_value_at
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import chart_tr, demo_label, title_html
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette
from widgets.chart.timecoords import days_to_datetime64, index_to_days

SCALE_UNITS = {
    "price": QT_TRANSLATE_NOOP("ChartView", "price"),
    "log": QT_TRANSLATE_NOOP("ChartView", "price, log scale"),
    "percent": QT_TRANSLATE_NOOP("ChartView", "% change"),
    "index": QT_TRANSLATE_NOOP("ChartView", "index = 100"),
}


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


class CryptoPane:
    """Draws the crypto series and the ghost line into its ``ChartPane``; a lag step moves
    the drawn curves (``set_lag``) without rebuilding them."""

    def __init__(self, pane: ChartPane, palette: Palette, on_data: Callable[[bool], None]):
        self.pane = pane
        self._palette = palette
        self._on_data = on_data
        self._lag = 0
        self._scale = "price"
        self._series: list[OverlaySeries] = []
        self._ghost_series: OverlaySeries | None = None
        self._legend_cache = ""
        self.curves: dict[str, PyramidCurve] = {}
        self.ghost = PyramidCurve(width=1.4)
        pane.add(self.ghost, fits=True)

    # --- data ---------------------------------------------------------------------------
    def set_overlays(
        self, series: list[OverlaySeries], scale: str, ghost: OverlaySeries | None
    ) -> None:
        """Crypto curves in ``scale`` units, and the rebased equity as a faint ghost line."""
        if scale not in SCALES:
            raise ValueError(f"unknown scale {scale!r}; expected one of {SCALES}")
        pane = self.pane
        for curve in self.curves.values():
            pane.plot.removeItem(curve)
            pane.fit_items.remove(curve)
        self.curves = {}
        self._scale = scale
        self._series = list(series)
        log = scale == "log"
        pane.value_axis.set_log(log)
        pane.value_axis.set_suffix("%" if scale == "percent" else "")
        for item in series:
            curve = PyramidCurve(width=1.6)
            pane.add(curve, fits=True)
            curve.set_series(index_to_days(item.dates), item.values, log=log)
            curve.set_shift(-self._lag, 1.0)
            self.curves[item.key] = curve
        self.ghost.setVisible(ghost is not None)
        if ghost is not None:
            self.ghost.set_series(index_to_days(ghost.dates), ghost.values, log=log)
        self._ghost_series = ghost
        self._style_curves()
        self.retitle()
        pane.fit_y()
        self._on_data(True)

    def set_lag(self, lag_days: int, y_factors: dict[str, float] | None = None) -> None:
        """Draw crypto at t+lag at t (shift left by lag days), optionally rescaled per series.

        No data is rebuilt: each curve changes its offset and factor and re-slices its
        pyramid for the visible range.
        """
        self._lag = int(lag_days)
        factors = y_factors or {}
        for key, curve in self.curves.items():
            curve.set_shift(-self._lag, factors.get(key, 1.0))
        self.retitle()
        self.pane.fit_y()

    # --- what is shown ------------------------------------------------------------------
    @property
    def lag_days(self) -> int:
        """The lag currently drawn."""
        return self._lag

    def x_extents(self) -> list[tuple[float, float] | None]:
        """Each crypto curve's first and last drawn day (None for an empty one)."""
        return [curve.x_extent() for curve in self.curves.values()]

    def colours(self) -> dict[str, str]:
        """Each series' colour by key: its own, else the next of ``SERIES_COLOURS``."""
        return {
            item.key: item.color or SERIES_COLOURS[n % len(SERIES_COLOURS)]
            for n, item in enumerate(self._series)
        }

    def legend_entries(self) -> list[tuple[str, str]]:
        """(label, colour) of every crypto curve and the ghost, as the pane's header lists them.

        The key sits in the title strip rather than in a floating legend box, which
        covered the curves (and showed as an empty box before any data).
        """
        colours = self.colours()
        entries = [
            (demo_label(item.label, item.is_demo), colours[item.key]) for item in self._series
        ]
        if self._ghost_series is not None:
            entries.append((self._ghost_series.label, self._palette.ghost))
        return entries

    def values_at(self, x: float, intraday: bool) -> dict[str, CryptoValue]:
        """Each series' drawn value at day ``x`` and the date it comes from (x + lag)."""
        source_x = x + self._lag
        return {
            item.key: CryptoValue(
                key=item.key,
                label=item.label,
                value=curve_value_at(self.curves[item.key], source_x),
                source_date=days_to_datetime64(source_x, intraday),
            )
            for item in self._series
        }

    def ghost_at(self, x: float) -> float | None:
        """The ghost line's value at day ``x`` (None while it is hidden or has no bar)."""
        return curve_value_at(self.ghost, x) if self.ghost.isVisible() else None

    def apply_palette(self, palette: Palette) -> None:
        """Curve colours, the ghost's, and the title."""
        self._palette = palette
        self._style_curves()
        self.retitle()

    def retitle(self) -> None:
        """The scale's units, the lag when not zero, and the legend."""
        p = self._palette
        if not self._series:  # no series yet: a scale would describe nothing
            self.pane.set_title(title_html(p, QCoreApplication.translate("ChartView", "Crypto")))
            return
        lag = self._lag
        shift_text = QCoreApplication.translate(
            "ChartView", " · lag %1 d (crypto of t%1 d drawn at t)"
        )
        shift = "" if lag == 0 else shift_text.replace("%1", f"{lag:+d}")
        title = QCoreApplication.translate("ChartView", "Crypto · %1")
        units = chart_tr(SCALE_UNITS[self._scale])
        self.pane.set_title(title_html(p, title.replace("%1", units), shift + self._legend_cache))

    # --- drawing ------------------------------------------------------------------------
    def _style_curves(self) -> None:
        colours = self.colours()
        for item in self._series:
            self.curves[item.key].set_style(colours[item.key], 1.6)
        if self._ghost_series is not None:
            self.ghost.set_style(self._palette.ghost, 1.4, dash=True)
        self._legend_cache = self._legend_html()  # built here, not on every lag step

    def _legend_html(self) -> str:
        parts = []
        ghost_at = len(self._series) if self._ghost_series is not None else -1
        for n, (label, colour) in enumerate(self.legend_entries()):
            rgba = pg.mkColor(colour)  # '#rrggbbaa' as pyqtgraph reads it; CSS needs rgba()
            css = f"rgba({rgba.red()},{rgba.green()},{rgba.blue()},{max(rgba.alpha(), 170)})"
            dash = "╌" if n == ghost_at else "━"
            parts.append(f'<span style="color:{css}">{dash} {escape_html(label)}</span>')
        return ("  " + "  ".join(parts)) if parts else ""
