"""The breakout table: one row per detected event, sortable, click to zoom the chart.

Columns: date, rule, level, volume ratio (and which volume it came from), confirmed or
failed, the crypto forward return at +30/+60/+90 days and at the current lag. A return
whose horizon runs past the last bar is shown as "incomplete", never as a number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from widgets.formatting import format_lag, format_percent, format_price, format_ratio
from widgets.panel_theme import PanelTheme, current_theme, theme_for_palette, theme_named

HORIZONS = (30, 60, 90)
COLUMNS = ("Date", "Rule", "Level", "Volume", "Outcome", "+30 d", "+60 d", "+90 d", "At lag")
LAG_COLUMN = len(COLUMNS) - 1
FIRST_RETURN_COLUMN = 5
INCOMPLETE = "incomplete"
NOT_AVAILABLE = "n/a"
_NOT_NUMBERS = (INCOMPLETE, NOT_AVAILABLE)
SORT_ROLE = Qt.ItemDataRole.UserRole
_HORIZON_LABEL = re.compile(r"^(?:fwd_)?\+?(\d+)\s*d?$")
_RULE_NAMES = {
    "ath": "ATH after drought",
    "ath_drought": "ATH after drought",
    "all_time_high": "ATH after drought",
    "n_day_high": "N-day high",
    "level": "Level",
    "user_level": "Level",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BreakoutTable", text)


def rule_name(rule) -> str:
    """A readable rule name: 'n_day_high' -> 'N-day high'."""
    key = str(getattr(rule, "value", rule))
    return _RULE_NAMES.get(key.lower(), key.replace("_", " ").capitalize())


def _horizon_of(label) -> int | None:
    match = _HORIZON_LABEL.match(str(label).strip())
    return int(match.group(1)) if match else None


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _frame_row(frame: pd.DataFrame, event, position: int) -> pd.Series | None:
    """The row of ``frame`` for one event: by its ``date`` column or index, else by position."""
    stamp = pd.Timestamp(event.date)
    if "date" in frame.columns:
        matches = frame.index[pd.to_datetime(frame["date"]) == stamp]
        return frame.loc[matches[0]] if len(matches) else None
    if isinstance(frame.index, pd.DatetimeIndex):
        return frame.loc[stamp] if stamp in frame.index else None
    return frame.iloc[position] if position < len(frame) else None


def _returns_row(frame: pd.DataFrame | None, event, position: int) -> dict[int, object]:
    """Per horizon: the forward return, or INCOMPLETE when its horizon runs past the data.

    Columns named ``fwd_30d`` (the event-study table), ``30`` or ``+30 d`` are read; an
    ``incomplete_30d`` column, when present, tells an incomplete horizon from a gap.
    """
    if frame is None or frame.empty:
        return {}
    row = _frame_row(frame, event, position)
    if row is None:
        return {}
    horizons = {_horizon_of(col): col for col in frame.columns}
    cells = {}
    for h in HORIZONS:
        if h in horizons:
            flag = row.get(f"incomplete_{h}d")
            cells[h] = _cell(_number(row[horizons[h]]), True if flag is None else bool(flag))
    return cells


def _cell(value: float, incomplete_if_missing: bool) -> object:
    if not math.isnan(value):
        return value
    return INCOMPLETE if incomplete_if_missing else NOT_AVAILABLE


def _lag_cell(returns: pd.Series | None, event, position: int) -> object:
    """The return at the current lag for one event (by date index, else by position)."""
    if returns is None or returns.empty:
        return NOT_AVAILABLE
    stamp = pd.Timestamp(event.date)
    if isinstance(returns.index, pd.DatetimeIndex):
        value = returns.get(stamp, math.nan)
    else:
        value = returns.iloc[position] if position < len(returns) else math.nan
    return _cell(_number(value), False)


@dataclass
class _Row:
    event: object
    position: int
    returns: dict[int, object] = field(default_factory=dict)
    lag_return: object = NOT_AVAILABLE


def _cell_value(row: _Row, column: int) -> object:
    """A return cell's content: a float, INCOMPLETE or NOT_AVAILABLE; None for other columns."""
    if column == LAG_COLUMN:
        return row.lag_return
    if column >= FIRST_RETURN_COLUMN:
        return row.returns.get(HORIZONS[column - FIRST_RETURN_COLUMN], NOT_AVAILABLE)
    return None


def _sort_key(row: _Row, column: int) -> tuple:
    """(0, key) for a value to sort by, (1, 0) for a missing one (kept at the bottom)."""
    event = row.event
    if column == 0:
        return (0, pd.Timestamp(event.date).value)
    if column == 1:
        return (0, rule_name(event.rule))
    if column == 4:
        return (0, _outcome_rank(event))
    value = _cell_value(row, column)
    if column == 2:
        value = _number(event.level)
    elif column == 3:
        value = _number(event.volume_ratio)
    if not isinstance(value, float) or math.isnan(value):
        return (1, 0)
    return (0, value)


def _outcome_rank(event) -> int:
    if getattr(event, "pending", False):
        return 1
    return 2 if event.confirmed else 0


class BreakoutTableModel(QAbstractTableModel):
    """Rows of breakout events with their forward returns; sorts itself."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._lag_days: int | None = None
        self._theme: PanelTheme = current_theme()
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
            _Row(event, i, _returns_row(forward_returns, event, i))
            for i, event in enumerate(events)
        ]
        self.endResetModel()

    def set_lag_returns(self, lag_days: int, returns: pd.Series | None) -> None:
        """Fill the "at lag" column; ``returns`` is indexed by event date or in event order."""
        self._lag_days = int(lag_days)
        for row in self._rows:
            row.lag_return = _lag_cell(returns, row.event, row.position)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, LAG_COLUMN, LAG_COLUMN)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, LAG_COLUMN), self.index(last, LAG_COLUMN))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == LAG_COLUMN and self._lag_days is not None:
                return _tr("At {lag}").format(lag=format_lag(self._lag_days))
            return _tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(_HEADER_TIPS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and _cell_value(row, column) in _NOT_NUMBERS:
            return self._italic
        return None

    def _foreground(self, row: _Row, column: int) -> QColor | None:
        if column == 4:
            rank = _outcome_rank(row.event)
            colours = (self._theme.negative, self._theme.muted, self._theme.positive)
            return QColor(colours[rank])
        value = _cell_value(row, column)
        if value in _NOT_NUMBERS:
            return QColor(self._theme.muted)
        if not isinstance(value, float) or value == 0:
            return None
        return QColor(self._theme.positive if value > 0 else self._theme.negative)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column``; missing returns stay at the bottom either way."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        keyed = [(_sort_key(row, column), row) for row in self._rows]
        present = [kr for kr in keyed if kr[0][0] == 0]
        missing = [kr for kr in keyed if kr[0][0] == 1]
        present.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        before = list(self._rows)
        self._rows = [row for _, row in present + missing]
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _move_persistent(self, before: list[_Row]) -> None:
        """Keep the selection and current row on the same events across a sort."""
        where = {id(row): r for r, row in enumerate(self._rows)}
        for index in self.persistentIndexList():
            new_row = where[id(before[index.row()])]
            self.changePersistentIndex(index, self.index(new_row, index.column()))


_HEADER_TIPS = (
    "Session date of the breakout close",
    "Which detector rule fired",
    "The level the close broke above",
    "Volume on the breakout day over its 50-session average, and which volume was used "
    "(✓ = meets the confirmation multiple)",
    "Confirmed: the close held above the level for the hold period; failed otherwise",
    "Crypto return from the breakout date to 30 days later",
    "Crypto return from the breakout date to 60 days later",
    "Crypto return from the breakout date to 90 days later",
    "Crypto return from the breakout date to the slider's current lag",
)


_OUTCOME_TIPS = (
    "Failed: the close fell back below the level within the hold period",
    "Pending: too recent to judge whether the close holds above the level",
    "Confirmed: the close held above the level for the hold period",
)


def _volume_text(event) -> str:
    source = getattr(event, "volume_source", "") or ""
    ratio = _number(event.volume_ratio)
    if source == "none" or math.isnan(ratio):
        return _tr("no volume")
    text = f"{format_ratio(ratio)} {source}" if source else format_ratio(ratio)
    return text + (" ✓" if getattr(event, "volume_confirmed", False) else "")


def _display(row: _Row, column: int) -> str:
    event = row.event
    if column == 0:
        return pd.Timestamp(event.date).strftime("%Y-%m-%d")
    if column == 1:
        return _tr(rule_name(event.rule))
    if column == 2:
        return format_price(_number(event.level))
    if column == 3:
        return _volume_text(event)
    if column == 4:
        return _tr(("Failed", "Pending", "Confirmed")[_outcome_rank(event)])
    value = _cell_value(row, column)
    return format_percent(value) if isinstance(value, float) else _tr(value)


def _tooltip(row: _Row, column: int) -> str:
    value = _cell_value(row, column)
    if value is INCOMPLETE:
        return _tr(
            "Incomplete: this horizon runs past the last bar, so its return is not known yet"
        )
    if value is NOT_AVAILABLE:
        return _tr("No crypto return here: the series has no data at the event or at the horizon")
    event = row.event
    if column == 2:
        level, close = format_price(_number(event.level)), format_price(_number(event.close))
        return _tr("Level {level}, close {close}").format(level=level, close=close)
    if column == 4:
        end = getattr(event, "band_end", None)
        tip = _tr(_OUTCOME_TIPS[_outcome_rank(event)])
        if end is None:
            return tip
        return tip + "; " + _tr("run ends {date}").format(date=f"{pd.Timestamp(end):%Y-%m-%d}")
    return _tr("Click or press Enter to zoom the chart to this breakout")


def _alignment(column: int) -> int:
    if column in (0, 1, 4):
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _EventView(QTableView):
    """A table view that also reports Enter/Return on the current row."""

    enter_pressed = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class BreakoutTable(QWidget):
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setMinimumSize(420, 140)
        self.setFocusProxy(self._view)

    def _configure_view(self) -> None:
        view = self._view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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

    def model(self) -> BreakoutTableModel:
        """The table model (rows in display order)."""
        return self._model

    def view(self) -> QTableView:
        """The table view (for tests and keyboard focus)."""
        return self._view

    def set_theme(self, theme: str) -> None:
        """Colours for gains and losses in the 'light' or 'dark' theme."""
        self._model.set_theme(theme_named(theme))

    def changeEvent(self, event: QEvent) -> None:
        """Follow the application palette when the app switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._model.set_theme(theme_for_palette(self.palette()))

    def set_events(self, events: list, forward_returns: pd.DataFrame | None) -> None:
        """Show ``events`` with their +30/+60/+90 d crypto returns (NaN = incomplete)."""
        self._model.set_rows(list(events), forward_returns)
        header = self._view.horizontalHeader()
        self._model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._view.resizeColumnsToContents()
        widest_header = self._view.fontMetrics().horizontalAdvance("At -365 d") + 24
        if self._view.columnWidth(LAG_COLUMN) < widest_header:
            self._view.setColumnWidth(LAG_COLUMN, widest_header)

    def set_current_lag_returns(self, lag_days: int, returns: pd.Series) -> None:
        """Fill the "At lag" column with the crypto return at ``lag_days`` per event."""
        self._model.set_lag_returns(lag_days, returns)

    def _on_clicked(self, index) -> None:
        self._emit_row(index.row())

    def _emit_row(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self.event_selected.emit(self._model.event_at(row))
