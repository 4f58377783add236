"""Time to target: how long after each equity breakout the statistics target first got
there (altseason at or above 75, a ratio at a 90-day high, a basket beating BTC), with
the cycles that never did kept as censored.

A Kaplan-Meier step curve (the share of cycles still waiting, day 0 = the breakout) with
a "+" where a cycle was censored, the median as a dashed line with its interval shaded
(open to the horizon when its upper end is not reached), a summary that puts N beside
every figure and calls fewer than 8 cycles an anecdote, and a table of every breakout:
reached on which day, censored after how long, or not studied and why. It takes a
``models.derived.time_to_target.TimeToTarget`` and the target in words (``set_result``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.analysis.event_study import ANECDOTE_BELOW
from widgets.formatting import day_unit, format_count, format_share
from widgets.panel_parts import static_plot, summary_plot_table, table_text
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    demo_badge,
    demo_watermark,
    style_plot_axes,
)

#: the tab asks for no more height than this (it scrolls below its least)
FIT_HEIGHT_PX = 320
COLUMNS = (
    QT_TRANSLATE_NOOP("TimeToTargetView", "Breakout"),
    QT_TRANSLATE_NOOP("TimeToTargetView", "Outcome"),
    QT_TRANSLATE_NOOP("TimeToTargetView", "Days"),
    QT_TRANSLATE_NOOP("TimeToTargetView", "Members counted"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeToTargetView", text)


def _days(days: float) -> str:
    """A duration: ``123 d``."""
    return f"{format_count(round(days))} {day_unit()}"


def summary_text(result, target: str = "") -> str:
    """The figures in one paragraph: the target, the median with its interval, N and the
    outcomes, and "an anecdote" below ``ANECDOTE_BELOW`` studied cycles."""
    studied = [c for c in result.cycles if c.studied]
    reached = sum(not c.censored for c in studied)
    counts = QCoreApplication.translate(
        "TimeToTargetView", "N = {n} cycles: {reached} reached, {censored} censored"
    ).format(
        n=format_count(len(studied)),
        reached=format_count(reached),
        censored=format_count(len(studied) - reached),
    )
    skipped = len(result.cycles) - len(studied)
    if skipped:
        counts += " · " + QCoreApplication.translate("TimeToTargetView", "{n} not studied").format(
            n=format_count(skipped)
        )
    curve = result.curve
    parts = [_median_text(curve), counts]
    if target:
        head = QCoreApplication.translate("TimeToTargetView", "Days to {target}:")
        parts[0] = f"{head.format(target=target)} {parts[0]}"
    if len(studied) < ANECDOTE_BELOW:
        parts.append(
            QCoreApplication.translate(
                "TimeToTargetView", "N = {n}: an anecdote, not evidence"
            ).format(n=format_count(len(studied)))
        )
    return " · ".join(parts)


def _median_text(curve) -> str:
    if curve is None:
        return QCoreApplication.translate("TimeToTargetView", "no cycle could be followed")
    if curve.median is None:
        return QCoreApplication.translate(
            "TimeToTargetView", "median not reached (fewer than half got there)"
        )
    low = _days(curve.median_low) if curve.median_low is not None else "—"
    high = (
        _days(curve.median_high)
        if curve.median_high is not None
        else QCoreApplication.translate("TimeToTargetView", "open")
    )
    return QCoreApplication.translate(
        "TimeToTargetView", "median {median} ({level} interval {low} to {high})"
    ).format(median=_days(curve.median), level=format_share(curve.confidence), low=low, high=high)


def cycle_rows(result) -> list[tuple[str, str, str, str]]:
    """The table, the latest breakout first: date, outcome, days, members counted on the
    day reached."""
    rows = []
    for cycle in sorted(result.cycles, key=lambda c: c.date, reverse=True):
        date = f"{cycle.date:%Y-%m-%d}"
        if not cycle.studied:
            rows.append((date, not_studied_text(result.judged), "—", "—"))
            continue
        if cycle.censored:
            outcome = QCoreApplication.translate(
                "TimeToTargetView", "censored: not there after {days}"
            ).format(days=_days(cycle.days))
        else:
            outcome = QCoreApplication.translate("TimeToTargetView", "reached on {date}").format(
                date=f"{cycle.reached_on:%Y-%m-%d}"
            )
        if cycle.entry:
            outcome += " " + QCoreApplication.translate(
                "TimeToTargetView", "(followed from day {n})"
            ).format(n=format_count(cycle.entry))
        coins = format_count(cycle.coins) if cycle.coins is not None else "—"
        rows.append((date, outcome, _days(cycle.days), coins))
    return rows


def not_studied_text(judged) -> str:
    """Why a cycle was not followed: the target can be judged on no day, or only on days
    its 365 days do not reach (``judged``: the first and last such day)."""
    if judged is None:
        return QCoreApplication.translate(
            "TimeToTargetView", "not studied: the target cannot be judged on any day"
        )
    return QCoreApplication.translate(
        "TimeToTargetView", "not studied: the target is judged from {first} to {last} only"
    ).format(first=f"{judged[0]:%Y-%m-%d}", last=f"{judged[1]:%Y-%m-%d}")


def step_points(curve, horizon: float) -> tuple[np.ndarray, np.ndarray]:
    """The Kaplan-Meier curve as a step line in percent: 100 from day 0, dropping at
    each time a target was reached, level to ``horizon``."""
    xs, ys, level = [0.0], [100.0], 100.0
    for time, survival in zip(curve.times, curve.survival, strict=True):
        xs += [float(time), float(time)]
        ys += [level, 100.0 * float(survival)]
        level = 100.0 * float(survival)
    xs.append(max(horizon, xs[-1]))
    ys.append(level)
    return np.asarray(xs), np.asarray(ys)


def censored_points(result) -> tuple[np.ndarray, np.ndarray]:
    """Where each censored cycle leaves the curve: (days followed, percent waiting)."""
    curve = result.curve
    days = np.array([c.days for c in result.cycles if c.studied and c.censored], dtype=float)
    if curve is None or not len(days):
        return np.empty(0), np.empty(0)
    # the level of the curve at each censoring time (1 before the first target reached)
    level = np.r_[1.0, np.asarray(curve.survival, dtype=float)]
    return days, 100.0 * level[np.searchsorted(curve.times, days, side="right")]


class TimeToTargetView(FollowsPalette, QWidget):
    """The time from breakouts to the target: curve, median, N and the cycles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_to_target_view")
        self._summary = QLabel(self.tr("Time to target: no breakouts to follow yet"))
        self._summary.setObjectName("time_to_target_summary")
        self._summary.setWordWrap(True)
        self._demo_badge = demo_badge()
        self._plot = pg.PlotWidget()
        self._build_items()
        self._table = self._build_table()
        summary_plot_table(self, self._summary, self._demo_badge, self._plot, self._table)
        self.setMinimumSize(320, 300)
        self._plot.setToolTip(
            self.tr(
                "Kaplan-Meier: the share of breakout cycles still waiting for the target, "
                "day 0 = the breakout.\n+: a cycle followed that long without getting there "
                "(censored) · dashed: the median · shaded: its interval."
            )
        )
        self.set_theme(application_panel_theme().name)
        self.set_result(None, "")

    def _build_items(self) -> None:
        item = self._plot.getPlotItem()
        static_plot(item, self.tr("days from breakout"), self.tr("still waiting"), "%")
        self._interval = pg.LinearRegionItem(movable=False)
        self._half = pg.InfiniteLine(pos=50, angle=0, movable=False)
        self._median = pg.InfiniteLine(angle=90, movable=False)
        self._curve = pg.PlotCurveItem()
        self._censored = pg.ScatterPlotItem(symbol="+", size=11)
        for z, it in enumerate((self._interval, self._half, self._median, self._curve,
                                self._censored)):  # fmt: skip
            it.setZValue(z)
            item.addItem(it)
        self._watermark = demo_watermark(item)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setObjectName("time_to_target_table")
        table.setHorizontalHeaderLabels([_tr(label) for label in COLUMNS])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.setMinimumHeight(90)
        return table

    def sizeHint(self) -> QSize:
        """Small enough to fit the study dock beside the lag panel."""
        return QSize(360, FIT_HEIGHT_PX)

    def heightForWidth(self, width: int) -> int:
        """The height the study dock's scroll area grows the tab to: the summary wrapped
        at ``width`` over the plot and table at their least, else ``FIT_HEIGHT_PX`` (the
        plot's own ~400 px hint scrolled the table out of a 1000 px window)."""
        return max(self.layout().minimumHeightForWidth(width), FIT_HEIGHT_PX)

    # --- data ---------------------------------------------------------------------------

    def set_result(self, result, target: str) -> None:
        """Show a ``TimeToTarget`` for ``target`` (the target in words); None clears the
        view and shows ``target`` as the reason."""
        item = self._plot.getPlotItem()
        if result is None:
            self._clear(target)
            return
        self._summary.setText(summary_text(result, target))
        self._fill_table(cycle_rows(result))
        curve, horizon = result.curve, float(result.horizon_days)
        if curve is None:
            self._show_curve(np.empty(0), np.empty(0), (np.empty(0), np.empty(0)), None)
        else:
            self._show_curve(*step_points(curve, horizon), censored_points(result), curve)
        item.setXRange(0, horizon, padding=0.02)
        item.setYRange(0, 100, padding=0.04)

    def _show_curve(self, xs, ys, censored, curve) -> None:
        self._curve.setData(xs, ys)
        self._censored.setData(*censored)
        median = None if curve is None else curve.median
        self._median.setVisible(median is not None)
        self._interval.setVisible(median is not None)
        if median is not None:
            self._median.setValue(median)
            low = curve.median_low if curve.median_low is not None else 0.0
            high = curve.median_high if curve.median_high is not None else float(xs[-1])
            self._interval.setRegion((low, high))

    def _clear(self, reason: str) -> None:
        self._summary.setText(reason or self.tr("Time to target: no breakouts to follow yet"))
        self._show_curve(np.empty(0), np.empty(0), (np.empty(0), np.empty(0)), None)
        self._fill_table([])

    def set_demo(self, on: bool) -> None:
        """Mark the view DEMO (tag beside the summary, watermark behind the curve)."""
        self._demo_badge.setVisible(bool(on))
        self._watermark.setVisible(bool(on))

    # --- what is shown (tests, exports) -------------------------------------------------

    def summary(self) -> str:
        """The summary as shown."""
        return self._summary.text()

    def table_text(self) -> list[list[str]]:
        """The cycles' table as shown (rows of cell texts)."""
        return table_text(self._table)

    def curve_points(self) -> tuple[np.ndarray, np.ndarray]:
        """The step curve as drawn (days, percent still waiting)."""
        xs, ys = self._curve.getData()
        return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)

    def censored_marks(self) -> tuple[np.ndarray, np.ndarray]:
        """The censored marks as drawn (days, percent)."""
        xs, ys = self._censored.getData()
        return np.asarray(xs), np.asarray(ys)

    def median_shown(self) -> tuple[float, float, float] | None:
        """(median, interval low, interval high) as drawn, or None without a median."""
        if not self._median.isVisible():
            return None
        low, high = self._interval.getRegion()
        return float(self._median.value()), float(low), float(high)

    def plot_item(self) -> pg.PlotItem:
        """The underlying plot."""
        return self._plot.getPlotItem()

    def _fill_table(self, rows) -> None:
        self._table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(right if c >= 2 else Qt.AlignmentFlag.AlignLeft)
                cell.setToolTip(text)
                self._table.setItem(r, c, cell)
        self._table.resizeRowsToContents()

    def _apply_theme(self, t: PanelTheme) -> None:
        self._plot.setBackground(t.background)
        style_plot_axes(self.plot_item(), t)
        self._curve.setPen(pg.mkPen(t.line, width=2))
        self._censored.setPen(pg.mkPen(t.line, width=1.5))
        self._censored.setBrush(pg.mkBrush(t.line))
        self._half.setPen(pg.mkPen(t.grid, width=1))
        self._median.setPen(pg.mkPen(t.secondary_line, width=1.5, style=Qt.PenStyle.DashLine))
        self._interval.setBrush(pg.mkBrush(t.band))
        for line in self._interval.lines:
            line.setPen(pg.mkPen(None))
