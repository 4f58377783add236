"""How the evidence grew: the walk-forward as plots sharing one date axis.

Over the sentence of what the walk found (``walk_text``) three plots, one point per month
end, each using only what was known then:

* **best lag** (days): over all lags and within the 30-90 d lead;
* **p** (family-wise, log axis) of both, with the 0.05 line;
* **event study** at the headline horizon: the share of breakouts whose target rose beside
  the share of every day's window that rose, N written where it changes, "anecdote" while
  the study has fewer than 8 breakouts.

It takes ``walk_forward_record`` made plain (``set_walk``); ``curves`` holds the drawn
lines by name, ``n_labels`` the N texts (for tests and screenshots).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from widgets.chart.date_axis import DateAxis
from widgets.chart.timecoords import index_to_days
from widgets.evidence.busy_bar import BusyBar, ShowsBusy
from widgets.evidence.walk_text import ALPHA, walk_sentence
from widgets.formatting import format_count, format_number
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    style_plot_axes,
)

PLOTS = ("lag", "p", "study")
#: below this height (px) the three plots sit side by side (still sharing the dates)
SHORT_PX = 480
#: an N label's width (px): of two changes of N closer than two of them, only the later
LABEL_PX = 110
#: the p axis' ticks (log axis: pyqtgraph's minor ticks crowd a short plot)
P_TICKS = (0.001, 0.01, 0.05, 0.1, 1.0)
#: the smallest p drawn (a p of 0 has no place on a log axis)
P_FLOOR = 1e-4


def _values(points: list, window: str, field: str) -> np.ndarray:
    return np.array(
        [np.nan if p[window] is None or p[window][field] is None else p[window][field]
         for p in points],
        dtype="float64",
    )  # fmt: skip


def _study(points: list, field: str) -> np.ndarray:
    return np.array(
        [np.nan if p["event_study"] is None or p["event_study"][field] is None
         else p["event_study"][field] for p in points],
        dtype="float64",
    )  # fmt: skip


class WalkForwardView(ShowsBusy, FollowsPalette, QWidget):
    """The walk's plots under its sentence (see the module docstring)."""

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("walk_forward_view")
        self.bar = BusyBar("walk", self)
        self.bar.run_requested.connect(self.run_requested)
        self.bar.cancel_requested.connect(self.cancel_requested)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.plots = {
            name: self.graphics.addPlot(row=row, col=0, axisItems={"bottom": DateAxis()})
            for row, name in enumerate(PLOTS)
        }
        self._side_by_side = False
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.n_labels: list[pg.TextItem] = []
        self.record: dict | None = None
        self._keys: dict[str, list] = {}
        self._horizon = ""
        self._theme = application_panel_theme()
        self._setup()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.graphics, 1)

    def _titles(self) -> dict[str, str]:
        return {
            "lag": self.tr("Best lag (days)"),
            "p": self.tr("p (family-wise)"),
            "study": self.tr("Share that rose at +{h} d").format(h=self._horizon),
        }

    def _setup(self) -> None:
        for name, plot in self.plots.items():
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=True, y=False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getAxis("left").setWidth(44)
            if name != "lag":
                plot.setXLink(self.plots["lag"])
        self.plots["p"].setLogMode(y=True)
        ticks = [
            (float(np.log10(p)), format_number(p, 3).rstrip("0").rstrip(".,")) for p in P_TICKS
        ]
        self.plots["p"].getAxis("left").setTicks([ticks, []])
        self.alpha_line = pg.InfiniteLine(np.log10(ALPHA), angle=0, movable=False)
        self.plots["p"].addItem(self.alpha_line, ignoreBounds=True)
        self.plots["study"].setYRange(0, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        side_by_side = event.size().height() < SHORT_PX
        if side_by_side != self._side_by_side:
            self._side_by_side = side_by_side
            layout = self.graphics.ci
            for plot in self.plots.values():
                layout.removeItem(plot)
            for place, name in enumerate(PLOTS):
                row, column = (0, place) if side_by_side else (place, 0)
                layout.addItem(self.plots[name], row=row, col=column)
            if self.record is not None:
                self._title_plots()

    # --- data ------------------------------------------------------------------------
    def set_walk(self, record: dict) -> None:
        """Draw ``record`` (``walk_forward_record``, plain) and say what it found."""
        self.record = record
        points = record["points"]
        x = index_to_days(pd.DatetimeIndex([pd.Timestamp(p["as_of"]) for p in points]))
        for plot in self.plots.values():
            plot.clear()
        self.plots["p"].addItem(self.alpha_line, ignoreBounds=True)
        self.curves, self._keys = {}, {}
        t = self._theme
        self._curve("lag", "all_lags", x, _values(points, "all_lags", "best_lag_days"),
                    t.line, self.tr("all lags"))  # fmt: skip
        self._curve("lag", "lead", x, _values(points, "lead_30_90", "best_lag_days"),
                    t.secondary_line, self.tr("30-90 d lead"))  # fmt: skip
        for name, window, colour, text in (
            ("p_all_lags", "all_lags", t.line, self.tr("all lags")),
            ("p_lead", "lead_30_90", t.secondary_line, self.tr("30-90 d lead")),
        ):
            p = np.clip(_values(points, window, "best_lag_p_value"), P_FLOOR, 1.0)
            self._curve("p", name, x, p, colour, text)
        self._horizon = format_count(record["primary_horizon_days"])
        self._curve("study", "hit_rate", x, _study(points, "hit_rate"), t.positive,
                    self.tr("after breakouts"))  # fmt: skip
        self._curve("study", "baseline", x, _study(points, "baseline_share_up"), t.muted,
                    self.tr("every day"))  # fmt: skip
        self._label_n(x, points)
        self._title_plots()
        self.bar.set_text(walk_sentence(record))
        self.bar.set_demo(bool(record.get("demo")))
        if len(x):
            self.plots["lag"].setXRange(float(x[0]), float(x[-1]), padding=0.02)
        self.plots["study"].setYRange(0, 1.08, padding=0)

    def _curve(self, plot: str, name: str, x, y, colour: str, text: str) -> None:
        item = self.plots[plot].plot(
            x, y, pen=pg.mkPen(colour, width=1.5), symbol="o", symbolSize=4,
            symbolBrush=colour, symbolPen=None, name=text, connect="finite",
        )  # fmt: skip
        self.curves[name] = item
        self._keys.setdefault(plot, []).append((colour, text))

    def _title_plots(self) -> None:
        """Each plot's name and its lines' colours in one line above it (a legend inside
        would hide the last years' points)."""
        fg = self._theme.foreground
        for name, title in self._titles().items():
            keys = " · ".join(
                f'<span style="color:{colour}">━ {text}</span>' for colour, text in self._keys[name]
            )
            # side by side, the keys go under the name: pyqtgraph makes a title's width its
            # column's least width, and one line pushed the third plot out of the view
            joint = "<br>" if self._side_by_side else ": "
            html = f'<span style="color:{fg}">{title}</span>{joint}{keys}'
            self.plots[name].setTitle(html, size="8pt" if self._side_by_side else "9pt")

    def _label_n(self, x: np.ndarray, points: list) -> None:
        """N beside the study's points where it changes (and at the last), "anecdote"
        while the study has fewer than 8 breakouts; of two changes closer than
        two labels' width the later is said (the labels would overlap)."""
        changes, shown = [], None
        for i, point in enumerate(points):
            study = point["event_study"]
            if study is None or study["hit_rate"] is None:
                continue
            said = (int(study["n"]), bool(study["is_anecdote"]))
            if said != shown or i == len(points) - 1:
                changes.append((i, said, float(study["hit_rate"])))
            shown = said
        span = float(x[-1] - x[0]) if len(x) > 1 else 1.0
        pixels = self.plots["study"].getViewBox().width()
        gap = span * min(1.0, LABEL_PX / pixels) if pixels > 0 else 0.25 * span
        kept = []
        for change in reversed(changes):
            if not kept or x[kept[-1][0]] - x[change[0]] >= 2 * gap:
                kept.append(change)
        self.n_labels = [self._n_label(x, i, said, hit, gap) for i, said, hit in kept[::-1]]

    def _n_label(self, x, i: int, said: tuple, hit: float, gap: float) -> pg.TextItem:
        text = self.tr("N = {n}").format(n=format_count(said[0]))
        if said[1]:
            text += " · " + self.tr("anecdote")
        left_edge = x[i] - x[0] < gap  # the text to the right of the point, else left
        anchor = (0.0 if left_edge else 1.0, 0.0 if hit > 0.5 else 1.0)  # under a high point
        label = pg.TextItem(text, color=self._theme.foreground, anchor=anchor)
        label.setPos(float(x[i]), hit)
        self.plots["study"].addItem(label)
        return label

    # --- theme ---------------------------------------------------------------------------

    def _apply_theme(self, theme: PanelTheme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        for plot in self.plots.values():
            style_plot_axes(plot, theme)
        self.alpha_line.setPen(pg.mkPen(theme.marker, width=1, style=pg.QtCore.Qt.DashLine))
        if self.record is not None:
            self.set_walk(self.record)
