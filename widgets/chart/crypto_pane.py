"""The crypto pane: each crypto series on the chosen scale, shifted by the lag, and the
equity rebased as a faint ghost line for comparison.

The axis is linear or logarithmic as the caller says (``set_overlays(..., log=True)``); a
percent scale on a log axis is drawn as log10(100 + percent) and labelled in percent.
The legend names the scale and the axis, and has one row per series: its price and the
date it comes from under the cursor; a ratio or a basket says what it is ("basket of 3
(2 counted)": its coins counted on the day shown, else on its last day). A click on a
coin's row asks for it to be the statistics target (``on_target_clicked``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.derived.syntax import BASKET, RATIO
from models.vocabulary import SCALES
from widgets.chart.crosshair import CryptoValue, curve_value_at, swatch_row, value_on_day
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import chart_tr, demo_label, hint_html, title_html
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette, keyed_colours
from widgets.chart.timecoords import days_to_datetime64, index_to_days
from widgets.formatting import format_count, format_lag, format_price, format_signed

SCALE_UNITS = {
    "price": QT_TRANSLATE_NOOP("ChartView", "price"),
    "percent": QT_TRANSLATE_NOOP("ChartView", "% change"),
    "index": QT_TRANSLATE_NOOP("ChartView", "index = 100"),
}
AXIS_NOTES = {
    True: QT_TRANSLATE_NOOP("ChartView", "log axis"),
    False: QT_TRANSLATE_NOOP("ChartView", "linear axis"),
}
LAG_NOTE = QT_TRANSLATE_NOOP("ChartView", "lag %1 (crypto of t%2 drawn at t)")
TARGET_NOTE = QT_TRANSLATE_NOOP("ChartView", "statistics")
NO_COIN_HINT = QT_TRANSLATE_NOOP(
    "ChartView", "No coin to compare: tick one under Instruments, or type a pair and press Add"
)
#: what a derived series is, beside its label in the legend
DERIVED_KINDS = {
    RATIO: QT_TRANSLATE_NOOP("ChartView", "ratio"),
    BASKET: QT_TRANSLATE_NOOP("ChartView", "basket of %1 (%2 counted)"),
}
#: a percent scale on a log axis holds log10(PERCENT_BASE + percent)
PERCENT_BASE = 100.0


@dataclass
class OverlaySeries:
    """One crypto curve of the overlay pane.

    ``dates`` are datetime64[D] for daily bars or datetime64[ns] UTC instants for intraday;
    ``values`` are already in the chosen scale's units at lag 0; ``prices`` are the
    closes themselves (the legend's readout), when known. A derived series names its
    ``kind`` ("ratio", "basket"; "" for a coin), its ``members`` and, for a basket, the
    ``coins`` it held on each date.
    """

    key: str
    label: str
    dates: np.ndarray
    values: np.ndarray
    color: str = ""
    is_demo: bool = False
    prices: np.ndarray | None = None
    kind: str = ""
    members: int = 0
    coins: np.ndarray | None = None


class CryptoPane:
    """Draws the crypto series and the ghost line into its ``ChartPane``; a lag step moves
    the drawn curves (``set_lag``) without rebuilding them."""

    def __init__(
        self,
        pane: ChartPane,
        palette: Palette,
        on_data: Callable[[bool], None],
        on_target_clicked: Callable[[str], None] | None = None,
    ):
        self.pane = pane
        self._palette = palette
        self._on_data = on_data
        self._lag = 0
        self._scale = "price"
        self._log = False
        self._target: str | None = None
        self._series: list[OverlaySeries] = []
        self._days: dict[str, np.ndarray] = {}
        self._ghost_series: OverlaySeries | None = None
        self._cursor: tuple[float, bool] | None = None
        self.curves: dict[str, PyramidCurve] = {}
        self.ghost = PyramidCurve(width=1.4)
        pane.add(self.ghost, fits=True)
        pane.legend.on_link_clicked(on_target_clicked)

    # --- data ---------------------------------------------------------------------------
    def set_overlays(
        self,
        series: list[OverlaySeries],
        scale: str,
        ghost: OverlaySeries | None,
        *,
        log: bool = False,
    ) -> None:
        """Crypto curves in ``scale`` units on a linear or ``log`` axis, and the rebased
        equity as a faint ghost line; no series: the pane says how to add a coin."""
        if scale not in SCALES:
            raise ValueError(f"unknown scale {scale!r}; expected one of {SCALES}")
        pane = self.pane
        for curve in self.curves.values():
            pane.plot.removeItem(curve)
            pane.fit_items.remove(curve)
        self.curves = {}
        self._scale, self._log = scale, bool(log)
        self._series = list(series)
        offset = PERCENT_BASE if log and scale == "percent" else 0.0
        pane.value_axis.set_log(self._log, -offset)
        pane.value_axis.set_suffix("%" if scale == "percent" else "")
        self._days = {}
        for item in series:
            curve = PyramidCurve(width=1.6)
            pane.add(curve, fits=True)
            days = index_to_days(item.dates)
            curve.set_series(days, np.asarray(item.values, dtype=float) + offset, log=self._log)
            curve.set_shift(-self._lag, 1.0)
            self.curves[item.key] = curve
            self._days[item.key] = days
        self.ghost.setVisible(ghost is not None)
        if ghost is not None:
            values = np.asarray(ghost.values, dtype=float) + offset
            self.ghost.set_series(index_to_days(ghost.dates), values, log=self._log)
        self._ghost_series = ghost
        hint = None if series else hint_html(self._palette, chart_tr(NO_COIN_HINT))
        pane.set_hint(hint)
        pane.value_axis.set_blank(not series)  # no coin: no scale to read
        pane.grid.refresh()
        self._style_curves()
        self.retitle()
        self._show_rows()
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
        self._show_rows()
        self.pane.fit_y()

    def set_target(self, key: str | None) -> None:
        """The coin the statistics describe (marked in the legend when there are several)."""
        self._target = key
        self._show_rows()

    # --- what is shown ------------------------------------------------------------------
    @property
    def lag_days(self) -> int:
        """The lag currently drawn."""
        return self._lag

    @property
    def is_log(self) -> bool:
        """True while the axis is logarithmic."""
        return self._log

    def x_extents(self) -> list[tuple[float, float] | None]:
        """Each crypto curve's first and last drawn day (None for an empty one)."""
        return [curve.x_extent() for curve in self.curves.values()]

    def colours(self) -> dict[str, str]:
        """Each series' colour by key: its own, else the one its symbol gives."""
        return keyed_colours(self._series)

    def legend_entries(self) -> list[tuple[str, str]]:
        """(label, colour) of every crypto curve and the ghost, as the legend lists them."""
        colours = self.colours()
        entries = [
            (demo_label(item.label, item.is_demo), colours[item.key]) for item in self._series
        ]
        if self._ghost_series is not None:
            entries.append((self._ghost_series.label, self._palette.ghost))
        return entries

    def values_at(self, x: float, intraday: bool) -> dict[str, CryptoValue]:
        """Each series' drawn value at day ``x``, its price, and the date it comes from."""
        source_x = x + self._lag
        values = {}
        for item in self._series:
            value = curve_value_at(self.curves[item.key], source_x)
            if value is not None and self._log and self._scale == "percent":
                value -= PERCENT_BASE
            price = None
            if item.prices is not None:
                price = value_on_day(self._days[item.key], item.prices, source_x)
            values[item.key] = CryptoValue(
                key=item.key,
                label=item.label,
                value=value,
                source_date=days_to_datetime64(source_x, intraday),
                price=price,
            )
        return values

    def ghost_at(self, x: float) -> float | None:
        """The ghost line's value at day ``x`` (None while it is hidden or has no bar)."""
        if not self.ghost.isVisible():
            return None
        value = curve_value_at(self.ghost, x)
        if value is not None and self._log and self._scale == "percent":
            value -= PERCENT_BASE
        return value

    def show_values(self, x: float | None, intraday: bool = False) -> None:
        """The legend's rows at day ``x`` (None: the key alone, no values)."""
        self._cursor = None if x is None else (x, intraday)
        self._show_rows()

    def apply_palette(self, palette: Palette) -> None:
        """Curve colours, the ghost's, and the title."""
        self._palette = palette
        self._style_curves()
        self.retitle()
        self._show_rows()

    def retitle(self) -> None:
        """The scale's units, the axis, the lag when not zero."""
        p = self._palette
        if not self._series:  # no series yet: a scale would describe nothing
            self.pane.set_title(title_html(p, QCoreApplication.translate("ChartView", "Crypto")))
            return
        units = chart_tr(SCALE_UNITS[self._scale])
        notes = " · " + chart_tr(AXIS_NOTES[self._log])
        if self._lag:
            note = chart_tr(LAG_NOTE).replace("%1", format_lag(self._lag))
            notes += " · " + note.replace("%2", f"{self._lag:+d}")
        title = QCoreApplication.translate("ChartView", "Crypto") + " · " + units
        self.pane.set_title(title_html(p, title, notes))

    # --- drawing ------------------------------------------------------------------------
    def _style_curves(self) -> None:
        colours = self.colours()
        for item in self._series:
            self.curves[item.key].set_style(colours[item.key], 1.6)
        if self._ghost_series is not None:
            self.ghost.set_style(self._palette.ghost, 1.4, dash=True)

    def _show_rows(self) -> None:
        colours = self.colours()
        found = {} if self._cursor is None else self.values_at(*self._cursor)
        rows = []
        for item in self._series:
            text = self._value_text(found.get(item.key))
            if item.key == self._target and len(self._series) > 1:
                note = f"<i>({chart_tr(TARGET_NOTE)})</i>"
                text = f"{text}&nbsp;&nbsp;{note}" if text else note
            label = demo_label(item.label, item.is_demo)
            what = self._what(item)
            text = f"<i>{what}</i>" + (f"&nbsp;&nbsp;{text}" if text else "") if what else text
            rows.append(swatch_row(colours[item.key], label, text, link=item.key))
        ghost = self._ghost_series
        if ghost is not None:
            value = None if self._cursor is None else self.ghost_at(self._cursor[0])
            text = "" if value is None else self._scaled_text(value)
            rows.append(swatch_row(self._palette.ghost, ghost.label, text, dashed=True))
        self.pane.set_rows(rows)

    def _what(self, item: OverlaySeries) -> str:
        """What a derived series is ('' for a coin): "ratio", "basket of 3 (2 counted)"."""
        if item.kind not in DERIVED_KINDS:
            return ""
        text = chart_tr(DERIVED_KINDS[item.kind]).replace("%1", format_count(item.members))
        if item.coins is None or not len(item.coins):
            return text
        counted = None
        if self._cursor is not None:
            source = self._cursor[0] + self._lag
            counted = value_on_day(self._days[item.key], np.asarray(item.coins, float), source)
        counted = item.coins[-1] if counted is None else counted
        return text.replace("%2", format_count(int(counted)))

    def _value_text(self, found: CryptoValue | None) -> str:
        if found is None or (found.value is None and found.price is None):
            return ""
        price = found.value if found.price is None and self._scale == "price" else found.price
        parts = [] if price is None else [format_price(price)]
        if self._scale != "price" and found.value is not None:
            parts.append(self._scaled_text(found.value))
        if self._lag:
            parts.append(str(found.source_date))
        return " · ".join(parts)

    def _scaled_text(self, value: float) -> str:
        if self._scale == "percent":
            return format_signed(value, 1) + "%"
        return format_price(value)
