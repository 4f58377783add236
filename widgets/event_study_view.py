"""The event study: what crypto did after equity breakouts, against any day.

A plot of the mean and median crypto path from -30 to +180 days around the breakouts,
with the bootstrap band of the mean and the unconditional baseline path, a summary line
(N, incomplete events, hit rate, placebo p-value) and a small table per horizon.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.formatting import (
    format_count,
    format_lag,
    format_p_clause,
    format_p_value,
    format_percent,
    format_share,
)
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    demo_badge,
    demo_watermark,
    set_plot_title,
    style_plot_axes,
)

HORIZON_COLUMNS = ("Horizon", "Mean", "Median", "Hit rate", "Baseline", "Placebo p", "N")
_HORIZON_TIPS = (
    "Days after the breakout close",
    "Mean crypto return over complete events",
    "Median crypto return over complete events",
    "Share of complete events with a positive return",
    "Mean return from any day of the sample over the same horizon (the baseline)",
    "Share of random-date placebo draws whose mean return reaches the events' mean",
    "Complete events behind the figures",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventStudyView", text)


MIN_PATH_N = 2  # fewer events than this behind a day: the mean is one event's path


def summary_text(result) -> str:
    """The one-line summary, e.g.
    ``7 events (2 incomplete) · path N=5 · hit rate at +90 d: 71% (N=5) · placebo p=0.03``."""
    horizon = getattr(result, "primary_horizon", 90)
    events = _tr("{n} events").format(n=format_count(result.n_events))
    if result.n_incomplete:
        events += " " + _tr("({n} incomplete)").format(n=format_count(result.n_incomplete))
    placebo = _tr("placebo {p}").format(p=format_p_clause(result.placebo_p_value))
    draws = getattr(result, "placebo_draws", 0)
    if draws:
        placebo += " " + _tr("({n} draws)").format(n=format_count(draws))
    hit = _tr("hit rate at {horizon}: {share} (N={n})").format(
        horizon=format_lag(horizon),
        share=format_share(result.hit_rate),
        n=format_count(_primary_returns(result).size),
    )
    path = path_n_text(result)
    return " · ".join([events, *([path] if path else []), hit, placebo])


def path_n_text(result) -> str:
    """How many events the mean path stands on, e.g. ``path N=2, N=1 from +108 d``.

    The mean of a few paths jumps when one of them ends; saying where N falls tells a
    real move from an event dropping out. Empty when the result has no ``path_n``.
    """
    counts = getattr(result, "path_n", None)
    if counts is None or len(counts) == 0:
        return ""
    counts = np.asarray(counts, dtype=int)
    after = np.asarray(result.path_days) >= 0
    top = int(counts[after].max()) if after.any() else int(counts.max())
    text = _tr("path N={n}").format(n=format_count(top))
    below = np.flatnonzero(after & (counts < top))
    if below.size == 0:
        return text
    first = below[0]
    return (
        text
        + ", "
        + _tr("N={n} from {day}").format(
            n=format_count(int(counts[after].min())), day=format_lag(int(result.path_days[first]))
        )
    )


def _primary_returns(result) -> np.ndarray:
    """Complete returns at the hit rate's horizon (the lag column when it is the lag)."""
    horizon = getattr(result, "primary_horizon", 90)
    values = _complete_returns(result.table, horizon)
    if values.size == 0 and horizon == getattr(result, "current_lag", None):
        values = _complete_returns(result.table, "lag")
    return values


def _complete_returns(table: pd.DataFrame, horizon: int | str) -> np.ndarray:
    column = "fwd_lag" if horizon == "lag" else f"fwd_{horizon}d"
    if table is None or column not in table.columns:
        return np.empty(0)
    values = pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=float)
    return values[np.isfinite(values)]


def _baseline_mean(baseline: pd.DataFrame | None, horizon: int) -> float:
    if baseline is None or baseline.empty or "mean" not in baseline.columns:
        return math.nan
    if "horizon" in baseline.columns:
        rows = baseline[baseline["horizon"] == horizon]
    else:
        rows = baseline[baseline.index == horizon]
    return float(rows["mean"].iloc[0]) if len(rows) else math.nan


def horizon_rows(result) -> list[tuple[str, ...]]:
    """The per-horizon table as text: horizon, mean, median, hit rate, baseline, p, N."""
    rows = []
    for horizon in result.horizons:
        values = _complete_returns(result.table, horizon)
        mean = float(values.mean()) if values.size else math.nan
        median = float(np.median(values)) if values.size else math.nan
        hit = result.hit_rates.get(horizon) if getattr(result, "hit_rates", None) else None
        if hit is None and values.size:
            hit = float((values > 0).mean())
        p_value = (getattr(result, "placebo_p_values", None) or {}).get(horizon)
        rows.append(
            (
                format_lag(horizon),
                format_percent(mean),
                format_percent(median),
                format_share(hit),
                format_percent(_baseline_mean(result.baseline, horizon)),
                format_p_value(p_value),
                format_count(values.size),
            )
        )
    return rows


def _percent(values) -> np.ndarray:
    return np.asarray(values, dtype=float) * 100.0


class EventStudyView(FollowsPalette, QWidget):
    """Mean and median crypto path after breakouts, baseline, band and per-horizon table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel(self.tr("Event study: no breakouts to study yet"))
        self._summary.setObjectName("event_study_summary")
        self._summary.setWordWrap(True)
        self._thin_days = np.empty(0)
        self._demo_badge = demo_badge()
        self._plot = pg.PlotWidget()
        self._build_items()
        self._table = self._build_table()
        header = QHBoxLayout()
        header.addWidget(self._summary, 1)
        header.addWidget(self._demo_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self._plot, 3)
        layout.addWidget(self._table, 2)
        self.setMinimumSize(320, 300)
        self._plot.setToolTip(
            self.tr(
                "Crypto return from each breakout close (day 0), averaged over events.\n"
                "Solid: mean · dashed: median · shaded: bootstrap band of the mean · "
                "grey: the same path from any day (baseline)."
            )
        )
        self.set_theme(application_panel_theme().name)
        self._show_empty_frame()

    def _build_items(self) -> None:
        item = self._plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("bottom", self.tr("days from breakout"))
        item.setLabel("left", self.tr("crypto return"), units="%")
        for name in ("left", "bottom"):  # SI scaling read "(x0.001)" and "-1e-171" when empty
            item.getAxis(name).enableAutoSIPrefix(False)
        self._legend = item.addLegend(offset=(8, 8))
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self._event_line = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self._band_low = pg.PlotCurveItem()
        self._band_high = pg.PlotCurveItem()
        self._band = pg.FillBetweenItem(self._band_low, self._band_high)
        self._baseline = pg.PlotCurveItem(name=self.tr("baseline (any day)"))
        self._median = pg.PlotCurveItem(name=self.tr("median"))
        self._mean = pg.PlotCurveItem(name=self.tr("mean after breakouts"), connect="finite")
        # the stretches resting on a single event: same curves, faded, with an "N=1" tag
        self._median_thin = pg.PlotCurveItem(connect="finite")
        self._mean_thin = pg.PlotCurveItem(connect="finite")
        self._thin_label = pg.TextItem(anchor=(0, 1))
        items = (self._zero, self._event_line, self._band, self._band_low, self._band_high)
        curves = (self._baseline, self._median_thin, self._mean_thin, self._median, self._mean)
        for z, it in enumerate((*items, *curves, self._thin_label)):
            it.setZValue(z)
            item.addItem(it)
        self._watermark = demo_watermark(item)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(HORIZON_COLUMNS))
        table.setObjectName("event_study_table")
        table.setHorizontalHeaderLabels([_tr(label) for label in HORIZON_COLUMNS])
        for column, tip in enumerate(_HORIZON_TIPS):
            table.horizontalHeaderItem(column).setToolTip(_tr(tip))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setToolTip(self.tr("Forward returns after breakouts per horizon, with the baseline"))
        table.setMinimumHeight(90)
        return table

    def summary(self) -> str:
        """The summary line as shown."""
        return self._summary.text()

    def table_text(self) -> list[list[str]]:
        """The per-horizon table as shown (rows of cell texts)."""
        table = self._table
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def set_demo(self, on: bool) -> None:
        """Mark the study DEMO (tag beside the summary, watermark behind the paths)."""
        self._demo_badge.setVisible(bool(on))
        self._watermark.setVisible(bool(on))

    def is_demo(self) -> bool:
        """True while the DEMO marks are shown."""
        return not self._demo_badge.isHidden()

    def plot_item(self) -> pg.PlotItem:
        """The underlying plot (for tests and exports)."""
        return self._plot.getPlotItem()

    def set_title(self, html: str) -> None:
        """A rich-text title above the plot: what the figures are about."""
        set_plot_title(self.plot_item(), html)

    def set_result(self, result) -> None:
        """Show a ``models.analysis.event_study.EventStudyResult`` (or clear the view with None)."""
        if result is None or result.n_events == 0:
            self._clear()
            return
        days = np.asarray(result.path_days, dtype=float)
        self._set_paths(days, result)
        self._baseline.setData(days, _percent(result.baseline_mean_path))
        self._band_low.setData(days, _percent(result.band_low))
        self._band_high.setData(days, _percent(result.band_high))
        self._summary.setText(summary_text(result))
        self._fill_table(horizon_rows(result))
        self._legend.setVisible(True)
        self.plot_item().enableAutoRange()

    def _set_paths(self, days: np.ndarray, result) -> None:
        """Mean and median: solid where N >= 2, faded where one event is all there is."""
        mean, median = _percent(result.mean_path), _percent(result.median_path)
        counts = getattr(result, "path_n", None)
        thin = np.zeros(days.size, bool) if counts is None else np.asarray(counts) < MIN_PATH_N
        # the faded stretch includes its solid neighbours so the two curves join up
        thin_ends = thin.copy()
        thin_ends[1:] |= thin[:-1]
        thin_ends[:-1] |= thin[1:]
        self._thin_days = days[thin & np.isfinite(mean)]
        self._mean.setData(days, np.where(thin, np.nan, mean))
        self._median.setData(days, np.where(thin, np.nan, median))
        self._mean_thin.setData(days, np.where(thin_ends, mean, np.nan))
        self._median_thin.setData(days, np.where(thin_ends, median, np.nan))
        self._place_thin_label(days, mean, thin, counts)

    def _place_thin_label(self, days, mean, thin: np.ndarray, counts) -> None:
        start = np.flatnonzero(thin & np.isfinite(mean) & (days >= 0))
        self._thin_label.setVisible(start.size > 0)
        if start.size:
            first = start[0]
            self._thin_label.setText(self.tr("N={n}").format(n=int(counts[first])))
            self._thin_label.setPos(days[first], mean[first])

    def thin_path_days(self) -> np.ndarray:
        """Days of the mean path drawn faded because fewer than two events stand behind them."""
        return self._thin_days

    def solid_path_days(self) -> np.ndarray:
        """Days of the mean path drawn solid (two or more events behind each)."""
        x, y = self._mean.getData()
        return np.empty(0) if x is None else x[np.isfinite(y)]

    def thin_label(self) -> str:
        """The "N=1" tag where the path starts resting on one event ('' when hidden)."""
        if not self._thin_label.isVisible():
            return ""
        return self._thin_label.textItem.toPlainText()

    def _clear(self) -> None:
        curves = (self._mean, self._median, self._mean_thin, self._median_thin, self._baseline)
        for curve in (*curves, self._band_low, self._band_high):
            curve.setData([], [])
        self._thin_label.setVisible(False)
        self._thin_days = np.empty(0)
        self._summary.setText(self.tr("Event study: no breakouts to study with these rules"))
        self._fill_table([])
        self._show_empty_frame()

    def _show_empty_frame(self) -> None:
        """No paths: the study's own window (-30..+180 d) and no legend for absent curves."""
        self._legend.setVisible(False)
        item = self.plot_item()
        item.disableAutoRange()
        item.setXRange(-30, 180, padding=0.02)
        item.setYRange(-50, 50, padding=0)

    def legend_visible(self) -> bool:
        """True while the legend is shown (only with paths to name)."""
        return self._legend.isVisible()

    def _fill_table(self, rows: list[tuple[str, ...]]) -> None:
        self._table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(right if c else Qt.AlignmentFlag.AlignCenter)
                self._table.setItem(r, c, cell)

    def _apply_theme(self, t: PanelTheme) -> None:
        self._plot.setBackground(t.background)
        style_plot_axes(self.plot_item(), t)
        self._legend.setLabelTextColor(t.foreground)
        self._legend.setBrush(pg.mkBrush(t.background + "cc"))
        self._zero.setPen(pg.mkPen(t.grid, width=1))
        self._event_line.setPen(pg.mkPen(t.marker, width=1, style=Qt.PenStyle.DashLine))
        self._band.setBrush(pg.mkBrush(t.band))
        for edge in (self._band_low, self._band_high):
            edge.setPen(pg.mkPen(None))
        self._baseline.setPen(pg.mkPen(t.baseline, width=2, style=Qt.PenStyle.DotLine))
        self._median.setPen(pg.mkPen(t.secondary_line, width=2, style=Qt.PenStyle.DashLine))
        self._mean.setPen(pg.mkPen(t.line, width=2))
        faded = Qt.PenStyle.DotLine
        self._mean_thin.setPen(pg.mkPen(t.line + "80", width=1.5, style=faded))
        self._median_thin.setPen(pg.mkPen(t.secondary_line + "80", width=1.5, style=faded))
        self._thin_label.setColor(t.muted)
