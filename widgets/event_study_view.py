"""The event study panel: what crypto did after equity breakouts, against any day.

The headline horizon is chosen here before looking (``headline_horizon_chosen``), never
by the lag slider. Above the plot: the summary (N with crypto data, the headline's share
that rose beside its baseline and placebo p, the family-wise p over the horizons and the
placebo pool's era), "N = 3: an anecdote, not evidence" below 8 events, and the key, so
it never covers a curve. The plot is ``widgets.event_study_plot.EventPaths``, the texts
``widgets.event_study_text``; below them a table per horizon, the headline in bold.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.analysis.event_study import DEFAULT_HORIZONS, DEFAULT_PRIMARY_HORIZON
from widgets.event_study_plot import EventPaths
from widgets.event_study_text import (
    anecdote_text,
    column_headers,
    column_tips,
    summary_lines,
    table_rows,
)
from widgets.formatting import format_lag
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    demo_badge,
    demo_watermark,
    set_plot_title,
)


class EventStudyView(FollowsPalette, QWidget):
    """Headline horizon, summary, anecdote line, key, paths and the per-horizon table."""

    headline_horizon_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = None
        self._summary = self._wrapping_label("event_study_summary")
        self._summary.setText(self.tr("Event study: no breakouts to study yet"))
        self._anecdote = self._wrapping_label("event_study_anecdote")
        self._anecdote.setVisible(False)
        self._key = self._wrapping_label("event_study_key")
        self._horizon = self._build_horizon()
        self._demo_badge = demo_badge()
        self._plot = pg.PlotWidget()
        self.paths = EventPaths(self._build_plot(), application_panel_theme())
        self._watermark = demo_watermark(self.plot_item())
        self._table = self._build_table()
        self._lay_out()
        self.setMinimumSize(300, 270)
        self.set_theme(application_panel_theme().name)
        self._clear()

    def _wrapping_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build_horizon(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("headline_horizon")
        for days in DEFAULT_HORIZONS:
            combo.addItem(format_lag(days), days)
        combo.setCurrentIndex(combo.findData(DEFAULT_PRIMARY_HORIZON))
        combo.setToolTip(
            self.tr(
                "The horizon of the headline hit rate and placebo p, chosen before looking "
                "at the results; the lag slider never moves it"
            )
        )
        combo.activated.connect(lambda i: self.headline_horizon_chosen.emit(combo.itemData(i)))
        return combo

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._summary, 1)
        header.addWidget(self._demo_badge, 0, Qt.AlignmentFlag.AlignTop)
        horizon = QHBoxLayout()
        label = QLabel(self.tr("Headline, fixed before looking"))
        label.setBuddy(self._horizon)
        horizon.addWidget(label)
        horizon.addWidget(self._horizon)
        horizon.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(horizon)
        layout.addLayout(header)
        layout.addWidget(self._anecdote)
        layout.addWidget(self._key)
        layout.addWidget(self._plot, 3)
        layout.addWidget(self._table, 2)

    def _build_plot(self) -> pg.PlotItem:
        item = self._plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("bottom", self.tr("days from breakout"))
        item.setLabel("left", self.tr("crypto return"), units="%")
        for name in ("left", "bottom"):  # SI scaling read "(x0.001)" and "-1e-171" when empty
            item.getAxis(name).enableAutoSIPrefix(False)
        return item

    def _build_table(self) -> QTableWidget:
        headers = column_headers()
        table = QTableWidget(0, len(headers))
        table.setObjectName("event_study_table")
        table.setHorizontalHeaderLabels(headers)
        for column, tip in enumerate(column_tips()):
            table.horizontalHeaderItem(column).setToolTip(tip)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setToolTip(
            self.tr("Per horizon: N, the share that rose beside the baseline, and placebo p")
        )
        table.setMinimumHeight(90)
        return table

    # --- what is shown ------------------------------------------------------------------

    def summary(self) -> str:
        """The summary as shown (its lines joined by newlines)."""
        return self._summary.text()

    def anecdote(self) -> str:
        """The anecdote line as shown ('' when the study has enough events)."""
        return "" if self._anecdote.isHidden() else self._anecdote.text()

    def key_html(self) -> str:
        """The key above the plot (rich text)."""
        return self._key.text()

    def table_text(self) -> list[list[str]]:
        """The per-horizon table as shown (rows of cell texts)."""
        table = self._table
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def headline_row(self) -> int | None:
        """The table row of the headline horizon (drawn bold), or None."""
        for row in range(self._table.rowCount()):
            if self._table.item(row, 0).font().bold():
                return row
        return None

    def headline_horizon(self) -> int:
        """The headline horizon shown in the panel, in days."""
        return int(self._horizon.currentData())

    def set_headline_horizon(self, days: int) -> None:
        """Show ``days`` as the headline horizon without emitting."""
        with QSignalBlocker(self._horizon):
            self._horizon.setCurrentIndex(max(0, self._horizon.findData(int(days))))

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
        self._result = None if result is None or result.n_events == 0 else result
        if self._result is None:
            self._clear()
            return
        self.paths.show(result)
        self._summary.setText("\n".join(summary_lines(result)))
        self._anecdote.setText(anecdote_text(result))
        self._anecdote.setVisible(result.is_anecdote)
        self._key.setText(self.paths.key_html(result))
        self._key.setVisible(True)
        self.set_headline_horizon(result.primary_horizon)
        self._fill_table(table_rows(result), result.horizons.index(result.primary_horizon))

    def _clear(self) -> None:
        self.paths.clear()
        self._summary.setText(self.tr("Event study: no breakouts to study with these rules"))
        self._anecdote.setVisible(False)
        self._key.setVisible(False)
        self._fill_table([], None)

    def band_shown(self) -> bool:
        """True while the bootstrap band of the mean is drawn (never for an anecdote)."""
        return self.paths.band_shown()

    def legend_visible(self) -> bool:
        """True while the key is shown (only with paths to name)."""
        return not self._key.isHidden()

    def _fill_table(self, rows: list[tuple[str, ...]], headline: int | None) -> None:
        self._table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(self._table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(right if c else Qt.AlignmentFlag.AlignCenter)
                if r == headline:
                    cell.setFont(bold)
                self._table.setItem(r, c, cell)

    def _apply_theme(self, t: PanelTheme) -> None:
        self._plot.setBackground(t.background)
        self.paths.apply_theme(t)
        self._anecdote.setStyleSheet(f"QLabel {{ color: {t.negative}; font-weight: bold; }}")
        if self._result is not None:
            self._key.setText(self.paths.key_html(self._result))
