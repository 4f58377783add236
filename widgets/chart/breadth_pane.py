"""The breadth pane: the altcoin season index (0-100) under the crypto overlay.

Each altseason series is drawn on a fixed 0-100 axis with the public index's lines: 75
and above is altcoin season, 25 and below bitcoin season. Under it a thin dashed line
shows how much of the universe the index counted each day (the alts with a close on the
day and a window before, as a share of the universe): a universe picked today counts
few coins in the early years, and that must be seen beside the index, not hidden. The
legend reads the index and the number of alts counted under the cursor; the title and
the tooltip carry the survivorship caveat.

The pane moves with the lag like the coins (``set_lag``: the curves' offset only). With
no altseason series charted the pane says so and offers a link that adds one
(``on_add_clicked``); a click on an index's row asks for it as the statistics target.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from widgets.chart.crosshair import curve_value_at, swatch_row, value_on_day
from widgets.chart.crypto_pane import TARGET_NOTE
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import chart_tr, demo_label, hint_html, title_html
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette, keyed_colours
from widgets.chart.timecoords import days_to_datetime64, index_to_days
from widgets.formatting import format_count, format_number

#: the public index's thresholds: at or above, altcoin season; at or below, bitcoin season
ALTCOIN_LINE, BITCOIN_LINE = 75.0, 25.0
#: the link key of the offer to add the index (never a series label: those have no "#")
ADD_LINK = "#add-altseason"

TITLE = QT_TRANSLATE_NOOP("ChartView", "Altcoin season index")
SUBTITLE = QT_TRANSLATE_NOOP(
    "ChartView", "%1 alts vs %2 over %3 days · survivorship: a universe picked today"
)
LAGGED_NOTE = QT_TRANSLATE_NOOP("ChartView", "shifted by the lag")
ALTCOIN_LABEL = QT_TRANSLATE_NOOP("ChartView", "altcoin season (75)")
BITCOIN_LABEL = QT_TRANSLATE_NOOP("ChartView", "bitcoin season (25)")
COVERAGE_ROW = QT_TRANSLATE_NOOP("ChartView", "alts counted, % of the %1")
COUNTED = QT_TRANSLATE_NOOP("ChartView", "%1 of %2 alts counted")
OFFER = QT_TRANSLATE_NOOP("ChartView", "Add the altcoin season index (altseason)")
NOT_CHARTED = QT_TRANSLATE_NOOP(
    "ChartView", "The altcoin season index is not charted: add it above, or type altseason "
    "under Instruments (its alts are fetched as one batch)."
)  # fmt: skip
TOOLTIP = QT_TRANSLATE_NOOP(
    "ChartView", "The altcoin season index: the share (0-100) of a universe of alts whose "
    "return over the window beat BTC's. 75 and above: altcoin season; 25 and below: bitcoin "
    "season. The dashed line is the share of the universe counted each day."
)  # fmt: skip


@dataclass
class BreadthSeries:
    """One altseason index as the pane draws it.

    ``dates`` are datetime64[D]; ``values`` the index (0-100); ``coins`` the alts counted
    on each date, of ``universe`` in all; ``window_days`` and ``benchmark`` say what the
    index compares. ``caveat`` is the survivorship sentence with its coverage, in the UI
    language (the pane's tooltip).
    """

    key: str
    label: str
    dates: np.ndarray
    values: np.ndarray
    coins: np.ndarray
    universe: int
    window_days: int
    benchmark: str
    color: str = ""
    is_demo: bool = False
    caveat: str = ""


class _FullScale:
    """The pane's y range: the whole 0-100 scale whatever is in view (a y fitting item)."""

    @staticmethod
    def visible_range(_x0: float, _x1: float) -> tuple[float, float]:
        return 0.0, 100.0


class BreadthPane:
    """Draws the altseason indices, their coverage and the season lines into a pane."""

    def __init__(
        self,
        pane: ChartPane,
        palette: Palette,
        on_data: Callable[[bool], None],
        on_target_clicked: Callable[[str], None] | None = None,
        on_add_clicked: Callable[[], None] | None = None,
    ) -> None:
        self.pane = pane
        self._palette = palette
        self._on_data = on_data
        self._on_target = on_target_clicked
        self._on_add = on_add_clicked
        self._lag = 0
        self._target: str | None = None
        self._series: list[BreadthSeries] = []
        self._days: dict[str, np.ndarray] = {}
        self._cursor: float | None = None
        self.curves: dict[str, PyramidCurve] = {}
        self.coverage = PyramidCurve(width=1.0)
        self.coverage.setZValue(3)
        pane.add(self.coverage)
        pane.fit_items.append(_FullScale())
        # the labels sit outside the band, so they never meet in a short pane
        self.altcoin_line = self._season_line(ALTCOIN_LINE, ALTCOIN_LABEL, (1, 1))
        self.bitcoin_line = self._season_line(BITCOIN_LINE, BITCOIN_LABEL, (1, 0))
        pane.legend.on_link_clicked(self._on_link)
        self._draw([])

    def _season_line(self, level: float, label: str, anchor) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=level,
            angle=0,
            movable=False,
            label=chart_tr(label),
            labelOpts={"position": 0.985, "anchors": [anchor, anchor], "movable": False},
        )
        line.setZValue(6)  # over the curves: the labels stay readable
        self.pane.plot.addItem(line, ignoreBounds=True)
        return line

    # --- data ---------------------------------------------------------------------------
    def set_breadth(self, series: list[BreadthSeries]) -> None:
        """Draw these indices (none: the pane offers to add one); the lag is kept."""
        self._draw(series)
        self._on_data(bool(self._series))

    def _draw(self, series: list[BreadthSeries]) -> None:
        pane = self.pane
        for curve in self.curves.values():
            pane.plot.removeItem(curve)
        self.curves, self._days = {}, {}
        self._series = list(series)
        for item in self._series:
            curve = PyramidCurve(width=1.6)
            pane.add(curve)
            days = index_to_days(item.dates)
            curve.set_series(days, np.asarray(item.values, dtype=float))
            curve.set_shift(-self._lag, 1.0)
            self.curves[item.key] = curve
            self._days[item.key] = days
        self._draw_coverage()
        empty = not self._series
        pane.set_hint(hint_html(self._palette, chart_tr(NOT_CHARTED)) if empty else None)
        pane.value_axis.set_blank(empty)
        for line in (self.altcoin_line, self.bitcoin_line):
            line.setVisible(not empty)
        caveats = [s.caveat for s in self._series if s.caveat]
        pane.plot.setToolTip("\n\n".join([chart_tr(TOOLTIP), *caveats]))
        pane.grid.refresh()
        self._style()
        self.retitle()
        self._show_rows()
        pane.fit_y()

    def _draw_coverage(self) -> None:
        """The first index's coverage: alts counted as a share of its universe."""
        first = self._series[0] if self._series else None
        self.coverage.setVisible(first is not None)
        if first is None:
            self.coverage.set_series(np.empty(0), np.empty(0))
            return
        share = 100.0 * np.asarray(first.coins, dtype=float) / max(first.universe, 1)
        self.coverage.set_series(self._days[first.key], share)
        self.coverage.set_shift(-self._lag, 1.0)

    def set_lag(self, lag_days: int) -> None:
        """Draw the index of t+lag at t, as the coins are (the curves' offset only)."""
        self._lag = int(lag_days)
        for curve in (*self.curves.values(), self.coverage):
            curve.set_shift(-self._lag, 1.0)
        self.retitle()
        self._show_rows()

    def set_target(self, key: str | None) -> None:
        """The series the statistics describe (marked when it is one of these)."""
        self._target = key
        self._show_rows()

    # --- what is shown ------------------------------------------------------------------
    def x_extents(self) -> list[tuple[float, float] | None]:
        """Each index curve's first and last drawn day (the chart's Fit and blank state)."""
        return [curve.x_extent() for curve in self.curves.values()]

    def values_at(self, x: float) -> dict[str, tuple[float | None, int | None]]:
        """Each index's value and alts counted drawn at day ``x`` (from day ``x + lag``)."""
        source = x + self._lag
        found = {}
        for item in self._series:
            value = curve_value_at(self.curves[item.key], source)
            coins = value_on_day(self._days[item.key], np.asarray(item.coins, float), source)
            found[item.key] = (value, None if coins is None else int(coins))
        return found

    def show_values(self, x: float | None, intraday: bool = False) -> None:
        """The legend's rows at day ``x`` (None: the key alone)."""
        self._cursor = None if x is None or intraday else x
        self._show_rows()

    def apply_palette(self, palette: Palette) -> None:
        """Line colours, the season lines' and the title."""
        self._palette = palette
        self._style()
        self.retitle()
        self._show_rows()
        if not self._series:
            self.pane.set_hint(hint_html(palette, chart_tr(NOT_CHARTED)))

    def retitle(self) -> None:
        """What the index counts, the survivorship caveat, the lag when not zero; with
        nothing charted, the offer to add the index."""
        p = self._palette
        title = chart_tr(TITLE)
        if not self._series:
            colour = p.altcoin_season
            offer = (
                f'&nbsp;&nbsp;<a href="{ADD_LINK}" style="color:{colour}">'
                f"{html.escape(chart_tr(OFFER))}</a>"
            )
            self.pane.set_title(title_html(p, title, offer))
            return
        first = self._series[0]
        subtitle = (
            chart_tr(SUBTITLE)
            .replace("%1", format_count(first.universe))
            .replace("%2", first.benchmark)
            .replace("%3", format_count(first.window_days))
        )
        notes = " · " + html.escape(subtitle)
        if self._lag:  # the lag itself is in the crypto pane's title: one text per step
            notes += " · " + html.escape(chart_tr(LAGGED_NOTE))
        self.pane.set_title(title_html(p, title, notes))

    # --- drawing ------------------------------------------------------------------------
    def _style(self) -> None:
        p = self._palette
        colours = keyed_colours(self._series)
        for item in self._series:
            self.curves[item.key].set_style(colours[item.key], 1.6)
        self.coverage.set_style(p.coverage, 1.0, dash=True)
        for line, colour in ((self.altcoin_line, p.altcoin_season),
                             (self.bitcoin_line, p.bitcoin_season)):  # fmt: skip
            line.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine))
            line.label.setColor(colour)
            line.label.fill = pg.mkBrush(p.legend_background)  # readable over a curve
            line.label.update()

    def _show_rows(self) -> None:
        if not self._series:
            self.pane.set_rows([])
            return
        colours = keyed_colours(self._series)
        found = {} if self._cursor is None else self.values_at(self._cursor)
        rows = []
        for item in self._series:
            text = self._value_text(item, *found.get(item.key, (None, None)))
            if item.key == self._target:
                note = f"<i>({chart_tr(TARGET_NOTE)})</i>"
                text = f"{text}&nbsp;&nbsp;{note}" if text else note
            label = demo_label(item.label, item.is_demo)
            rows.append(swatch_row(colours[item.key], label, text, link=item.key))
        first = self._series[0]
        coverage = chart_tr(COVERAGE_ROW).replace("%1", format_count(first.universe))
        rows.append(swatch_row(self._palette.coverage, coverage, "", dashed=True))
        self.pane.set_rows(rows)

    def _value_text(self, item: BreadthSeries, value, coins) -> str:
        if value is None:
            return ""
        parts = [format_number(value, 0)]
        if coins is not None:
            counted = chart_tr(COUNTED).replace("%1", format_count(coins))
            parts.append(html.escape(counted.replace("%2", format_count(item.universe))))
        if self._lag and self._cursor is not None:
            parts.append(str(days_to_datetime64(self._cursor + self._lag, False)))
        return " · ".join(parts)

    def _on_link(self, key: str) -> None:
        if key == ADD_LINK:
            if self._on_add is not None:
                self._on_add()
        elif self._on_target is not None:
            self._on_target(key)
