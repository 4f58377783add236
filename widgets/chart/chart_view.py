"""The chart: equity, volume, crypto overlay, breadth and rolling-correlation panes on one
date axis.

``ChartView`` lays the panes out in one graphics view, links their dates, and owns the
crosshair; each pane draws its own data through its own ``set_*`` methods
(``chart.equity``, ``chart.volume``, ``chart.crypto``, ``chart.breadth``,
``chart.correlation``). Fit
(Ctrl+0, double-click) shows the span the caller set with ``set_fit_span`` (where the
series overlap), else all data. Before any data the chart says what to do instead of
showing blank panes.

x is days since 1970-01-01 everywhere (see ``timecoords``), so daily bars sit on their
dates with no weekend compression and a lag of k days is a shift of exactly k.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from models.vocabulary import DEFAULT_PANES, PANES
from widgets.chart.breadth_pane import BreadthPane
from widgets.chart.correlation_pane import CorrelationPane
from widgets.chart.crypto_pane import CryptoPane
from widgets.chart.cursor import ChartCursor
from widgets.chart.equity_pane import EquityPane
from widgets.chart.future_shade import CLOSE_OFFSET, FutureShade
from widgets.chart.pane import ChartPane
from widgets.chart.pane_canvas import PaneCanvas
from widgets.chart.pane_text import chart_tr
from widgets.chart.style import Palette, chart_palette
from widgets.chart.timecoords import days_to_datetime64, value_to_days
from widgets.chart.volume_pane import VolumePane

PANE_SIZES = {"equity": 440, "volume": 120, "crypto": 360, "breadth": 220, "correlation": 130}
#: the least height of each pane: a short window shrinks the others, then the docks
PANE_MINIMUMS = {"equity": 130, "volume": 50, "crypto": 130, "breadth": 70, "correlation": 70}
ALL_HIDDEN_HINT = QtCore.QT_TRANSLATE_NOOP(
    "ChartView", "All panes are hidden — View menu to show them"
)
# panes drawn shifted by the lag (crypto of t+lag at t): their unknown bars start at day - lag
LAGGED_PANES = ("crypto", "breadth", "correlation")
# the pane whose replay cursor line carries the day
LABELLED_PANE = "equity"
AS_OF_LABEL = QtCore.QT_TRANSLATE_NOOP("ChartView", "as of %1")
EMPTY_STATE = QtCore.QT_TRANSLATE_NOOP(
    "ChartView",
    "Nothing is charted yet.\n\nPick an equity and coins under Instruments, import a price "
    "file (File ▸ Import CSV…), or load the demo data.",
)


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
    """Linked chart panes with one crosshair; each pane takes its data through its ``set_*``."""

    crosshair_moved = QtCore.Signal(object)  # CrosshairReadout
    range_changed = QtCore.Signal(object, object)  # visible start, end as numpy datetime64
    statistics_target_clicked = QtCore.Signal(str)  # a coin's row of the crypto legend
    breadth_requested = QtCore.Signal()  # the breadth pane's offer to add the index

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = chart_palette("light")
        self._theme = ""  # set_theme("light") below styles every item once built
        self._demo = False
        self._has_fitted = False
        self._blank: bool | None = None
        self._fit_span: tuple[float, float] | None = None
        self._mouse_at = None  # the last scene position of the mouse over the chart
        # No parent until the panes are built: building pyqtgraph items inside a view that
        # already has a parent widget crashed PySide6 6.11 here (segfault in addItem).
        self.canvas = PaneCanvas()
        options = {"volume": {"compact": True}}
        self.panes = {
            name: ChartPane(
                name,
                self.canvas,
                PANE_SIZES[name],
                include_zero=name in ("volume", "correlation"),
                minimum_px=PANE_MINIMUMS[name],
                **options.get(name, {}),
            )
            for name in PANES
        }
        p, changed = self._palette, self._on_data_changed
        self.equity = EquityPane(self.panes["equity"], p, changed)
        self.volume = VolumePane(self.panes["volume"], p, changed)
        clicked = self.statistics_target_clicked.emit
        self.crypto = CryptoPane(self.panes["crypto"], p, changed, clicked)
        asked = self.breadth_requested.emit
        self.breadth = BreadthPane(self.panes["breadth"], p, changed, clicked, asked)
        self.correlation = CorrelationPane(self.panes["correlation"], p, changed)
        self.cursor = ChartCursor(
            self.panes, self.equity, self.volume, self.crypto, self.correlation, p, self.breadth
        )
        self.shades = {name: FutureShade(name == LABELLED_PANE) for name in PANES}
        for name, shade in self.shades.items():
            self.panes[name].plot.addItem(shade, ignoreBounds=True)
        self._as_of: tuple | None = None  # (day in x, lag) while in replay
        self._build_layout()
        self._connect()
        self.set_theme("light")
        for name in PANES:  # the breadth pane waits to be asked for
            if name not in DEFAULT_PANES:
                self.set_pane_visible(name, False)

    # --- construction -----------------------------------------------------------------
    def _build_layout(self) -> None:
        master = self.panes["equity"].view
        for name in PANES:
            pane = self.panes[name]
            if pane.view is not master:
                pane.view.setXLink(master)
        self.hidden_hint = QtWidgets.QLabel(chart_tr(ALL_HIDDEN_HINT))
        self.hidden_hint.setObjectName("all_panes_hidden_hint")
        self.hidden_hint.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.hidden_hint.setVisible(False)
        # over the canvas, not instead of it: the canvas is laid out before the first data,
        # so the first session does not pay its layout inside one event-loop turn (issue 10)
        self.empty_state = QtWidgets.QLabel(chart_tr(EMPTY_STATE), self)
        self.empty_state.setObjectName("chart_empty_state")
        self.empty_state.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setAutoFillBackground(True)  # opaque: the blank panes stay unseen
        self.empty_state.setVisible(False)
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
        # the dates under a still mouse change with the range (Ctrl+0, a preset, the wheel)
        self.panes["equity"].view.sigXRangeChanged.connect(self._refollow)

    def _on_data_changed(self, fit: bool) -> None:
        """A pane got new data: axes leave the blank state, and the first data is fitted."""
        self._update_blank()
        if fit and not self._has_fitted:
            self._has_fitted = True
            self.fit_all()

    # --- panes, range -------------------------------------------------------------------
    def set_pane_visible(self, pane: str, visible: bool) -> None:
        """Show or hide one of PANES; the lowest visible pane carries the date axis."""
        if pane not in self.panes:
            raise ValueError(f"unknown pane {pane!r}; expected one of {PANES}")
        self.canvas.set_shown(PANES.index(pane), bool(visible))
        if visible:
            self.panes[pane].restore_axis_width()
        self._update_bottom_axes()
        self._show_state()

    def _show_state(self) -> None:
        """The canvas, or the sentence that says why there is none."""
        any_shown = any(self.is_pane_visible(n) for n in PANES)
        blank = bool(self._blank)
        # a blank grey canvas gave no clue how to get the panes back, or what to load
        self.canvas.setVisible(any_shown)
        self.hidden_hint.setVisible(not any_shown and not blank)
        self.empty_state.setVisible(blank)
        if blank:
            self.empty_state.setGeometry(self.rect())
            self.empty_state.raise_()
        if self.layout() is not None:
            self.layout().activate()  # the canvas gets its size now, before it is drawn

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_state.setGeometry(self.rect())  # the sentence covers the blank canvas

    def is_pane_visible(self, pane: str) -> bool:
        """True unless the pane was hidden with set_pane_visible."""
        return self.panes[pane].plot.isVisible()

    def _update_bottom_axes(self) -> None:
        shown = [n for n in PANES if self.is_pane_visible(n)]
        for name in PANES:
            self.panes[name].set_bottom_axis_visible(bool(shown) and name == shown[-1])

    def _update_blank(self) -> None:
        """No ticks or grid anywhere until some pane has data (no 03:00-21:00 on nothing)."""
        blank = not any(e is not None for e in self._x_extents()) and not self.volume.has_data()
        if blank != self._blank:
            self._blank = blank
            for pane in self.panes.values():
                pane.set_blank(blank)
            self._show_state()

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

    def set_fit_span(self, start, end) -> None:
        """What Fit shows: the dates ``start``..``end`` (None, None: all data)."""
        if start is None or end is None:
            self._fit_span = None
            return
        x0, x1 = value_to_days(start), value_to_days(end)
        self._fit_span = (min(x0, x1), max(x0, x1))

    def fit_all(self) -> None:
        """Show the fit span (``set_fit_span``), else all data of every pane; y axes fit."""
        extents = [e for e in self._x_extents() if e is not None]
        if not extents:
            return
        x0, x1 = min(e[0] for e in extents), max(e[1] for e in extents)
        if self._fit_span is not None:
            x0, x1 = self._fit_span
        if x1 <= x0:
            x0, x1 = x0 - 1, x1 + 1
        self.panes["equity"].view.setXRange(x0, x1, padding=0.02)
        for pane in self.panes.values():
            pane.fit_y()

    def _x_extents(self) -> list[tuple[float, float] | None]:
        return [
            self.equity.x_extent(),
            *self.crypto.x_extents(),
            *self.breadth.x_extents(),
            self.correlation.x_extent(),
        ]

    def _emit_range(self, *_) -> None:
        x0, x1 = self.visible_range()
        intraday = self.equity.is_intraday
        self.range_changed.emit(days_to_datetime64(x0, intraday), days_to_datetime64(x1, intraday))

    # --- theme, DEMO, export ------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """ "light" or "dark": backgrounds, axes, candles, bands, lines and legend."""
        if theme == self._theme:
            return  # restyling every item again costs a session's load ~5 ms
        self._palette = p = chart_palette(theme)
        self._theme = theme
        for pane in self.panes.values():
            pane.apply_palette(p)
        self.canvas.setBackground(p.splitter)
        for pane in self.panes.values():
            pane.view.setBackgroundColor(p.background)
        for content in (self.equity, self.volume, self.crypto, self.breadth, self.correlation):
            content.apply_palette(p)
        self.cursor.palette = p
        for shade in self.shades.values():
            shade.set_colours(p.future, p.as_of_line)
        self.set_demo_watermark(self._demo)

    @property
    def theme(self) -> str:
        """The current theme name."""
        return self._theme

    @property
    def palette_colours(self) -> Palette:
        """The palette of the current theme."""
        return self._palette

    def set_demo_watermark(self, on: bool) -> None:
        """A big "DEMO" across every pane, for synthetic data."""
        self._demo = bool(on)
        for pane in self.panes.values():
            pane.set_watermark("DEMO", self._demo, self._palette.watermark)

    def set_as_of(self, day, lag_days: int = 0) -> None:
        """Replay at ``day`` (a date-like; None: live, no grey): every pane greys what lies
        after the day's close, a pane drawn at the lag from ``day - lag`` when that is
        earlier (its crypto bars after the day sit there), with the cursor line at the
        day, labelled in the equity pane."""
        if day is None:
            self._as_of = None
            for shade in self.shades.values():
                shade.set_edge(None, None)
            return
        x = float(value_to_days(day)) + CLOSE_OFFSET
        wanted = (x, int(lag_days))
        if wanted == self._as_of:
            return
        moved = self._as_of is None or self._as_of[0] != x
        self._as_of = wanted
        text = chart_tr(AS_OF_LABEL).replace("%1", str(days_to_datetime64(x - CLOSE_OFFSET, False)))
        for name, shade in self.shades.items():
            lagged = name in LAGGED_PANES
            if not moved and not lagged:
                continue  # a lag step moves only the lagged panes' grey
            edge = min(x, x - lag_days) if lagged else x
            shade.set_edge(edge, x, text if name == LABELLED_PANE else "")

    @property
    def as_of_shown(self) -> tuple[float, int] | None:
        """(x of the day's close, lag) of the replay's grey, or None while live."""
        return self._as_of

    def scene_for_export(self) -> ExportScene:
        """The widget to render (or its canvas' scene) and each pane's PlotItem."""
        plots = {name: pane.plot for name, pane in self.panes.items()}
        return ExportScene(widget=self, canvas=self.canvas, plots=plots, palette=self._palette)

    # --- crosshair ----------------------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        self._mouse_at = pos
        readout = self.cursor.follow(pos)
        if readout is not None:
            self.crosshair_moved.emit(readout)

    def _refollow(self, *_) -> None:
        if self._mouse_at is not None and self.cursor.shown_at is not None:
            self._on_mouse_moved(self._mouse_at)

    def hide_crosshair(self) -> None:
        """Remove the crosshair lines and the legends' values from every pane."""
        self._mouse_at = None
        self.cursor.hide()

    def readout_at(self, when):
        """What the crosshair shows at ``when`` (a date-like, or x in days): a
        ``widgets.chart.crosshair.CrosshairReadout``."""
        return self.cursor.readout_at(when)
