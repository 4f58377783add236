"""The equity pane: candles or a close line, the line the breakout rule breaks, breakout
bands (solid: held, hatched: failed) and markers, with a log scale; its legend reads the
session under the cursor (OHLC and change), and nothing on a day without a session."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.vocabulary import EQUITY_STYLES
from widgets.chart.band_item import BandItem
from widgets.chart.candle_item import CandleItem
from widgets.chart.crosshair import EquityBar, sample_at
from widgets.chart.marker_item import BreakoutMarkers
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import chart_tr, demo_label, title_html
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette
from widgets.chart.timecoords import days_to_datetime64, index_to_days, value_to_days
from widgets.formatting import format_percent, format_price

#: the legend's names of open, high, low and close (translated: "О", "Макс", ...)
OHLC = (
    QT_TRANSLATE_NOOP("ChartView", "O"),
    QT_TRANSLATE_NOOP("ChartView", "H"),
    QT_TRANSLATE_NOOP("ChartView", "L"),
    QT_TRANSLATE_NOOP("ChartView", "C"),
)


class EquityPane:
    """Draws the equity's bars into its ``ChartPane``; ``on_data(fit)`` runs after new data
    (``fit``: the chart may fit its dates to the first data it gets)."""

    def __init__(self, pane: ChartPane, palette: Palette, on_data: Callable[[bool], None]):
        self.pane = pane
        self._palette = palette
        self._on_data = on_data
        self._frame: pd.DataFrame | None = None
        self._days = np.empty(0)
        self._label = ""
        self._style = "candles"
        self._log = False
        self._intraday = False
        self._reference: pd.Series | None = None
        self._events: list = []
        self.candles = CandleItem()
        self.line = PyramidCurve(width=1.6)
        self.line.setVisible(False)
        self.reference_line = PyramidCurve(width=1.2)
        self.bands = BandItem()
        self.markers = BreakoutMarkers()
        pane.add(self.candles, fits=True)
        pane.add(self.line, fits=True)
        for item in (self.reference_line, self.bands, self.markers):
            pane.add(item)

    # --- data ---------------------------------------------------------------------------
    def set_bars(self, frame: pd.DataFrame, label: str, *, is_demo: bool = False) -> None:
        """Show an OHLCV frame (models.market.frames contract) as the equity series."""
        self._frame = frame
        self._label = demo_label(label, is_demo)
        index = frame.index
        self._intraday = isinstance(index, pd.DatetimeIndex) and (
            index.tz is not None or index.name == "time"
        )
        self._days = index_to_days(index)
        self._draw()
        self._on_data(True)

    def set_style(self, style: str) -> None:
        """ "candles" or "line" (close)."""
        if style not in EQUITY_STYLES:
            raise ValueError(f"unknown equity style {style!r}")
        self._style = style
        self.candles.setVisible(style == "candles")
        self.line.setVisible(style == "line")
        self.pane.fit_y()

    def set_log(self, on: bool) -> None:
        """Log price axis (candles, line, reference line, bands and markers)."""
        self._log = bool(on)
        self.pane.value_axis.set_log(self._log)
        self._draw()
        self._on_data(False)

    def set_reference_line(self, line: pd.Series | None) -> None:
        """The line the breakout rule breaks (the all-time high, or the rule's level);
        None or an empty series hides it."""
        self._reference = line
        self._draw_reference()

    def set_breakouts(self, events: list) -> None:
        """Breakout events (date, band_start, band_end, level, confirmed) as bands and markers."""
        self._events = list(events)
        self._draw_events()
        self.retitle()

    # --- what is shown ------------------------------------------------------------------
    @property
    def is_intraday(self) -> bool:
        """True when the bars are UTC instants rather than session dates."""
        return self._intraday

    @property
    def is_log(self) -> bool:
        """True while prices are drawn on a log axis."""
        return self._log

    def x_extent(self) -> tuple[float, float] | None:
        """First and last bar in days, or None without bars."""
        pyramid = self.candles.pyramid
        if pyramid is None or not len(pyramid):
            return None
        return float(pyramid.x[0]), float(pyramid.x[-1])

    def close_at(self, x: float) -> float | None:
        """The close of the session on day ``x`` (None on a day without one); intraday,
        of the last bar at or before ``x``. A price, also on a log axis."""
        if self._intraday:
            close = sample_at(self.candles.pyramid, x, self.candles.closes)
            return 10.0**close if close is not None and self._log else close
        bar = self.bar_at(x)
        return None if bar is None else bar.close

    def bar_at(self, x: float) -> EquityBar | None:
        """The bar of the session on day ``x``, None on a day without a session."""
        frame, days = self._frame, self._days
        if frame is None or not len(days) or self._intraday:
            return None
        i = int(np.searchsorted(days, np.floor(x + 0.5)))
        if i >= len(days) or days[i] != np.floor(x + 0.5):
            return None
        o, h, low, c = (float(frame[col].iat[i]) for col in ("open", "high", "low", "close"))
        before = float(frame["close"].iat[i - 1]) if i > 0 else float("nan")
        change = c / before - 1.0 if np.isfinite(before) and before > 0 else None
        return EquityBar(days_to_datetime64(days[i], False), o, h, low, c, change)

    def nearest_session(self, x: float) -> float | None:
        """The day of the session nearest ``x`` (what the crosshair snaps to here)."""
        days = self._days
        if not len(days) or self._intraday:
            return None
        i = int(np.clip(np.searchsorted(days, x), 1, len(days) - 1)) if len(days) > 1 else 0
        if len(days) > 1 and abs(days[i - 1] - x) <= abs(days[i] - x):
            i -= 1
        return float(days[i])

    def show_values(self, x: float | None) -> None:
        """The legend's row for the session under the cursor (None: no cursor, no row)."""
        if x is None or self._frame is None:
            self.pane.set_rows([])
            return
        if self._intraday:
            close = self.close_at(x)
            name = chart_tr(OHLC[3])
            text = "" if close is None else f"{name} {format_price(close)}"
            self.pane.set_rows([text] if text else [])
            return
        bar = self.bar_at(x)
        date = days_to_datetime64(x, False)
        if bar is None:
            closed = QCoreApplication.translate("ChartView", "no session")
            self.pane.set_rows([f"{date}&nbsp;&nbsp;{closed}"])
            return
        p = self._palette
        values = "&nbsp; ".join(
            f"{chart_tr(name)} {format_price(value)}"
            for name, value in zip(OHLC, (bar.open, bar.high, bar.low, bar.close), strict=True)
        )
        change = ""
        if bar.change is not None:
            colour = p.up if bar.change >= 0 else p.down
            text = format_percent(bar.change, 2)
            change = f'&nbsp;&nbsp;<span style="color:{colour}">{text}</span>'
        self.pane.set_rows([f"{bar.date}&nbsp;&nbsp;{values}{change}"])

    def apply_palette(self, palette: Palette) -> None:
        """Candle, line, band and marker colours, and the title."""
        self._palette = palette
        self.candles.set_colours(palette.up, palette.down)
        self.line.set_style(palette.line, 1.6)
        self.reference_line.set_style(palette.ath, 1.2, dash=True)
        self.bands.set_colours(palette.band_confirmed, palette.band_failed)
        self.markers.set_colours(palette.marker_confirmed, palette.marker_failed)
        self.retitle()

    def retitle(self) -> None:
        """The series name, the log note and (with events) the held/failed key."""
        scale = " · " + QCoreApplication.translate("ChartView", "log axis") if self._log else ""
        p = self._palette
        # the key names outcomes as the breakout table does: held (▲) or failed (✕)
        held = QCoreApplication.translate("ChartView", "held")
        failed = QCoreApplication.translate("ChartView", "failed")
        key = (
            f' · <span style="color:{p.marker_confirmed}">▲ {held}</span>'
            f' <span style="color:{p.marker_failed}">✕ {failed}</span>'
            if self._events
            else ""
        )
        if any(getattr(e, "pending", False) for e in self._events):
            pending = QCoreApplication.translate("ChartView", "pending")
            key += f' <span style="color:{p.marker_confirmed}">△ {pending}</span>'
        self.pane.set_title(title_html(p, self._label + scale, key))

    # --- drawing ------------------------------------------------------------------------
    def _draw(self) -> None:
        frame = self._frame
        if frame is None:
            return
        x = index_to_days(frame.index)
        o, h, low, c = (
            self._y(frame[col].to_numpy(float)) for col in ("open", "high", "low", "close")
        )
        self.candles.set_ohlc(x, o, h, low, c)
        self.line.set_series(x, frame["close"].to_numpy(float), log=self._log)
        self._draw_reference()
        self._draw_events()
        self.retitle()
        self.pane.fit_y()

    def _y(self, values: np.ndarray) -> np.ndarray:
        if not self._log:
            return values
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(values > 0, np.log10(values), np.nan)

    def _draw_reference(self) -> None:
        line = self._reference
        shown = line is not None and len(line) > 0
        self.reference_line.setVisible(shown)
        if shown:
            values = line.to_numpy(float)
            self.reference_line.set_series(index_to_days(line.index), values, log=self._log)

    def _draw_events(self) -> None:
        events = self._events
        confirmed = np.array([bool(e.confirmed) for e in events], dtype=bool)
        starts = np.array([value_to_days(e.band_start) for e in events], dtype=float)
        ends = np.array([value_to_days(e.band_end) for e in events], dtype=float)
        pending = np.array([bool(getattr(e, "pending", False)) for e in events], dtype=bool)
        self.bands.set_bands(starts, ends, confirmed, pending)
        x = np.array([value_to_days(e.date) for e in events], dtype=float)
        levels = self._y(np.array([float(e.level) for e in events], dtype=float))
        self.markers.set_events(x, levels, confirmed, pending)
