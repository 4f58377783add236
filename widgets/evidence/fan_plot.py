"""The fan of past cycles: each past breakout's path of the target laid from day 0, and
this cycle's path so far.

Each past cycle a thin faint line; the nearest one (named with its measure under the
plot) in the secondary colour; this cycle bold-coloured but 1 px, ending at "you are
here". x: days since the breakout (0..365), y: the target's return since its breakout
close, in percent. It takes the watch record's ``fan`` (``set_fan``); ``current_curve``,
``cycle_curves`` and ``nearest_curve`` are what is drawn.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.evidence.words import day_text, verdict_words
from widgets.formatting import format_count, format_number
from widgets.panel_parts import static_plot
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    style_plot_axes,
)


def _path(values) -> np.ndarray:
    return 100.0 * np.array([np.nan if v is None else v for v in values], dtype="float64")


class FanPlot(FollowsPalette, QWidget):
    """The fan with "you are here" above and the nearest cycle below (module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fan_plot")
        self.here_label = QLabel(self)
        self.here_label.setObjectName("fan_here")
        self.here_label.setWordWrap(True)
        self.nearest_label = QLabel(self)
        self.nearest_label.setObjectName("fan_nearest")
        self.nearest_label.setWordWrap(True)
        self.plot_widget = pg.PlotWidget(self)
        self.plot = self.plot_widget.getPlotItem()
        static_plot(self.plot, self.tr("Days since the breakout"), self.tr("Return since then (%)"))
        self.plot.setMouseEnabled(x=True, y=False)
        self.current_curve: pg.PlotDataItem | None = None
        self.nearest_curve: pg.PlotDataItem | None = None
        self.cycle_curves: list[pg.PlotDataItem] = []
        self.fan: dict | None = None
        self._theme = application_panel_theme()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.here_label)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.nearest_label)

    def set_fan(self, fan: dict | None) -> None:
        """Draw the watch record's ``fan`` (None: no target prices by then)."""
        self.fan = fan
        self.plot.clear()
        self.cycle_curves, self.current_curve, self.nearest_curve = [], None, None
        if fan is None:
            self.here_label.setText(self.tr("No prices of the target by then: no fan."))
            self.nearest_label.setText("")
            return
        t = self._theme
        days = np.asarray(fan["days"], dtype="float64")
        nearest = fan["nearest"]
        faint = pg.mkColor(t.muted)
        faint.setAlpha(110)
        for cycle in fan["cycles"]:
            is_nearest = nearest is not None and cycle["date"] == nearest["date"]
            pen = pg.mkPen(t.secondary_line, width=2) if is_nearest else pg.mkPen(faint, width=1)
            curve = self.plot.plot(days, _path(cycle["path"]), pen=pen, connect="finite")
            curve.setZValue(5 if is_nearest else 1)
            self.cycle_curves.append(curve)
            if is_nearest:
                self.nearest_curve = curve
        current = _path(fan["current"])
        self.current_curve = self.plot.plot(
            days[: len(current)], current, pen=pg.mkPen(t.line, width=1), connect="finite"
        )
        self.current_curve.setZValue(10)
        zero = pg.InfiniteLine(0, angle=0, movable=False, pen=pg.mkPen(t.baseline, width=1))
        self.plot.addItem(zero, ignoreBounds=True)
        if len(current) and np.isfinite(current[-1]):
            here = pg.ScatterPlotItem(
                [days[len(current) - 1]], [current[-1]], size=8, brush=pg.mkBrush(t.line)
            )
            here.setZValue(11)
            self.plot.addItem(here)
        self.here_label.setText(self.here_text(fan))
        self.nearest_label.setText(self.nearest_text(fan))
        self.nearest_label.setToolTip(
            self.tr(
                "Nearest: the smallest root-mean-square gap between the two log paths (log of "
                "1 + the return since the breakout) over the days since the breakout both have"
            )
        )
        self.plot.setXRange(0, float(days[-1]) if len(days) else 365, padding=0.01)

    def here_text(self, fan: dict) -> str:
        """ "you are here: day 94 of the 2026-01-08 breakout (held)", or where the fan is
        laid from when no breakout is that recent; and how many past cycles it shows."""
        if fan["anchor_kind"] == "breakout":
            text = self.tr("You are here: day {day} of the {date} breakout ({verdict})").format(
                day=format_count(fan["day"]),
                date=day_text(fan["anchor"]),
                verdict=verdict_words(fan["anchor_verdict"]),
            )
        else:
            text = self.tr(
                "No breakout in the last {days} days: the past cycles are laid from today's "
                "close ({date})"
            ).format(days=format_count(len(fan["days"]) - 1), date=day_text(fan["anchor"]))
        return text + "; " + self.tr("{n} past cycles").format(n=format_count(len(fan["cycles"])))

    def nearest_text(self, fan: dict) -> str:
        """The nearest past cycle with its measure, or why none is named."""
        nearest = fan["nearest"]
        if nearest is None:
            return self.tr(
                "No nearest past cycle named (none before day 5, nor one covering 80% of "
                "this cycle's days)."
            )
        return self.tr("Nearest past cycle: {date} ({verdict}), gap {gap} over {days} days").format(
            date=day_text(nearest["date"]),
            verdict=verdict_words(nearest["verdict"]),
            gap=format_number(nearest["gap"], 3),
            days=format_count(nearest["days_compared"]),
        )

    def _apply_theme(self, theme: PanelTheme) -> None:
        self._theme = theme
        self.plot_widget.setBackground(theme.background)
        style_plot_axes(self.plot, theme)
        if self.fan is not None:
            self.set_fan(self.fan)
