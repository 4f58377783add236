"""The breakout table: one row per detected event, sortable; a click, Enter or the arrow
keys on a row zoom the chart to it.

Columns: date, rule, level, volume ratio (and which volume it came from, ✓/✗ against the
confirmation multiple), held or failed, the crypto forward return at +30/+60/+90 days and
at the current lag (of the coin the statistics describe, named above the rows). A return
whose horizon runs past the last bar is shown as "incomplete", never as a number.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.vocabulary import LAG_LIMIT_DAYS
from widgets.breakout_rows import (
    COLUMNS,
    FIRST_RETURN_COLUMN,
    HEADER_TIPS,
    LAG_COLUMN,
    NOT_NUMBERS,
    SORT_ROLE,
    EventRow,
    alignment,
    cell_value,
    display_text,
    lag_cell,
    outcome_rank,
    returns_row,
    sort_key,
    tooltip_text,
    tr_table,
)
from widgets.formatting import format_lag
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    demo_badge,
)


class BreakoutTableModel(QAbstractTableModel):
    """Rows of breakout events with their forward returns; sorts itself."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._lag_days: int | None = None
        self._subject: str | None = None
        self._theme: PanelTheme = application_panel_theme()
        self._italic = QFont()
        self._italic.setItalic(True)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def event_at(self, row: int):
        """The event shown on ``row`` (in the current sort order)."""
        return self._rows[row].event

    def set_theme(self, theme: PanelTheme) -> None:
        """Colours for gains, losses and incomplete cells."""
        self._theme = theme
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, LAG_COLUMN))

    def set_rows(self, events: list, forward_returns: pd.DataFrame | None) -> None:
        """Replace every row; returns are matched to events by date, else by position."""
        self.beginResetModel()
        self._rows = [
            EventRow(event, i, returns_row(forward_returns, event, i))
            for i, event in enumerate(events)
        ]
        self.endResetModel()

    def set_lag_returns(self, lag_days: int, returns: pd.Series | None) -> None:
        """Fill the "at lag" column; ``returns`` is indexed by event date or in event order."""
        self._lag_days = int(lag_days)
        for row in self._rows:
            row.lag_return = lag_cell(returns, row.event, row.position)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, LAG_COLUMN, LAG_COLUMN)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, LAG_COLUMN), self.index(last, LAG_COLUMN))

    def set_subject(self, crypto: str | None) -> None:
        """The coin whose returns the return columns hold (named in their tooltips)."""
        self._subject = crypto
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LAG_COLUMN)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == LAG_COLUMN and self._lag_days is not None:
                return tr_table("At {lag}").format(lag=format_lag(self._lag_days))
            return tr_table(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = tr_table(HEADER_TIPS[section])
            if section >= FIRST_RETURN_COLUMN and self._subject:
                tip += " (" + self._subject + ")"
            return tip
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == SORT_ROLE:
            return sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and cell_value(row, column) in NOT_NUMBERS:
            return self._italic
        return None

    def _foreground(self, row: EventRow, column: int) -> QColor | None:
        if column == 4:
            rank = outcome_rank(row.event)
            colours = (self._theme.negative, self._theme.muted, self._theme.positive)
            return QColor(colours[rank])
        value = cell_value(row, column)
        if value in NOT_NUMBERS:
            return QColor(self._theme.muted)
        if not isinstance(value, float) or value == 0:
            return None
        return QColor(self._theme.positive if value > 0 else self._theme.negative)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column``; missing returns stay at the bottom either way."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        keyed = [(sort_key(row, column), row) for row in self._rows]
        present = [kr for kr in keyed if kr[0][0] == 0]
        missing = [kr for kr in keyed if kr[0][0] == 1]
        present.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        before = list(self._rows)
        self._rows = [row for _, row in present + missing]
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _move_persistent(self, before: list[EventRow]) -> None:
        """Keep the selection and current row on the same events across a sort."""
        where = {id(row): r for r, row in enumerate(self._rows)}
        for index in self.persistentIndexList():
            new_row = where[id(before[index.row()])]
            self.changePersistentIndex(index, self.index(new_row, index.column()))


class _EventView(QTableView):
    """A table view that also reports Enter/Return on the current row."""

    enter_pressed = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class BreakoutTable(FollowsPalette, QWidget):
    """Sortable table of breakout events; clicking a row (or Enter) emits ``event_selected``."""

    event_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = BreakoutTableModel(self)
        self._view = _EventView()
        self._view.setObjectName("breakout_view")
        self._view.setModel(self._model)
        self._configure_view()
        self._view.clicked.connect(self._on_clicked)
        self._view.enter_pressed.connect(self._emit_row)
        # the arrow keys move the chart too, not only the selection
        self._view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._last_emitted = None
        self._top_row = self._build_top_row()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._top_row)
        layout.addWidget(self._view)
        self.setMinimumSize(300, 110)
        self.setFocusProxy(self._view)

    def _configure_view(self) -> None:
        view = self._view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        # newest first: recent events are the ones with crypto data to compare
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        # sized once per set_events: re-measuring every row on each lag step costs ms
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.setToolTip(
            self.tr(
                "Breakouts found by the detector. Click a row (or select it and press Enter) to "
                "zoom the chart to it; click a header to sort."
            )
        )

    def _build_top_row(self) -> QWidget:
        # a row above the table (not a column): the tag must stay visible when scrolled
        row = QWidget()
        self._demo_badge = demo_badge()
        self._demo_badge.setVisible(False)
        self._demo_note = QLabel(
            self.tr("Synthetic demo data: these breakouts are not real events")
        )
        self._demo_note.setVisible(False)
        self._subject_label = QLabel()
        self._subject_label.setObjectName("breakout_subject")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 2, 4, 0)
        layout.addWidget(self._demo_badge)
        layout.addWidget(self._demo_note, 1)
        layout.addWidget(self._subject_label)
        row.setVisible(False)
        return row

    def _update_top_row(self) -> None:
        shown = not self._demo_note.isHidden() or bool(self._subject_label.text())
        self._top_row.setVisible(shown)

    def set_demo(self, on: bool) -> None:
        """Show a DEMO tag above the rows while the events come from synthetic data."""
        self._demo_badge.setVisible(bool(on))
        self._demo_note.setVisible(bool(on))
        self._update_top_row()

    def is_demo(self) -> bool:
        """True while the DEMO tag is shown."""
        return not self._demo_note.isHidden()

    def set_subject(self, crypto: str | None) -> None:
        """Name the coin whose returns the table shows (None: no coin, no returns)."""
        text = self.tr("Returns of {crypto}").format(crypto=crypto) if crypto else ""
        self._subject_label.setText(text)
        self._model.set_subject(crypto)
        self._update_top_row()

    def subject_text(self) -> str:
        """What the table says the returns are of ('' when nothing)."""
        return self._subject_label.text()

    def model(self) -> BreakoutTableModel:
        """The table model (rows in display order)."""
        return self._model

    def view(self) -> QTableView:
        """The table view (for tests and keyboard focus)."""
        return self._view

    def _apply_theme(self, t) -> None:
        """Colours for gains and losses (``FollowsPalette`` calls it)."""
        self._model.set_theme(t)

    def set_events(self, events: list, forward_returns: pd.DataFrame | None) -> None:
        """Show ``events`` with their +30/+60/+90 d crypto returns (NaN = incomplete)."""
        self._model.set_rows(list(events), forward_returns)
        header = self._view.horizontalHeader()
        self._model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._view.resizeColumnsToContents()
        widest_header = self._view.fontMetrics().horizontalAdvance(f"At -{LAG_LIMIT_DAYS} d") + 24
        if self._view.columnWidth(LAG_COLUMN) < widest_header:
            self._view.setColumnWidth(LAG_COLUMN, widest_header)

    def set_current_lag_returns(self, lag_days: int, returns: pd.Series) -> None:
        """Fill the "At lag" column with the crypto return at ``lag_days`` per event."""
        self._model.set_lag_returns(lag_days, returns)

    def _on_clicked(self, index) -> None:
        self._emit_row(index.row())

    def _on_current_changed(self, current, _previous) -> None:
        # a mouse press also moves the current row: its click emits (once) on release
        if current.isValid() and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            event = self._model.event_at(current.row())
            if event is not self._last_emitted:
                self._emit_row(current.row())

    def _emit_row(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self._last_emitted = self._model.event_at(row)
            self.event_selected.emit(self._last_emitted)
