"""The cycles table: for each breakout of the anchor and for now, when each stage turned,
its days after the stage before, and where the chain broke.

A column per cycle (now first, then the breakouts from the newest back), a row per stage
in chain order (the strip's order), then the row that names where the chain broke. A
stage that did not turn, turned out of order or has no data over the window is shown as
such, never left blank or dropped: its cell says so in the theme's loss colour (muted for
no data, which is unknown rather than a break).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from models.cascade.cycles import BEFORE, NO_DATA, NO_TURN, TURNED
from widgets.cascade.chain_table import LINE_SPACING_PX
from widgets.cascade.rows import CycleCell, CycleColumn
from widgets.cascade.texts import status_name
from widgets.formatting import format_lag
from widgets.panel_theme import FollowsPalette, PanelTheme, application_panel_theme


class CascadeCyclesTable(FollowsPalette, QTableWidget):
    """Stages down, cycles across (see the module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("cascade_cycles_table")
        self._stages: list[str] = []
        self._columns: list[CycleColumn] = []
        self._theme: PanelTheme = application_panel_theme()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        line = self.fontMetrics().height() + LINE_SPACING_PX
        self.verticalHeader().setDefaultSectionSize(line)
        self.verticalHeader().setMinimumSectionSize(line)

    def set_cycles(self, stages: Sequence[str], columns: Sequence[CycleColumn]) -> None:
        """Show ``columns`` (cycles, oldest first as the core lists them) for ``stages``
        (names in chain order): now first, then the newest breakout back to the oldest,
        so a narrow table shows the cycles read first without scrolling."""
        self._stages, self._columns = list(stages), list(reversed(columns))
        self.clear()
        self.setRowCount(len(self._stages) + 1)
        self.setColumnCount(len(self._columns))
        names = [*self._stages, QCoreApplication.translate("Cascade", "Chain broke at")]
        self.setVerticalHeaderLabels(names)
        for column, cycle in enumerate(self._columns):
            header = QTableWidgetItem(column_title(cycle))
            header.setToolTip(column_tip(cycle))
            self.setHorizontalHeaderItem(column, header)
            for line, cell in enumerate(cycle.cells):
                self.setItem(line, column, self._cell_item(cycle, line, cell))
            self.setItem(len(self._stages), column, self._broke_item(cycle))
        self._colour()

    def columns(self) -> list[CycleColumn]:
        """The cycles shown, in the order shown (now first)."""
        return list(self._columns)

    def text_at(self, line: int, column: int) -> str:
        """The text of one cell (for tests and the accessibility tree)."""
        item = self.item(line, column)
        return "" if item is None else item.text()

    def _cell_item(self, cycle: CycleColumn, line: int, cell: CycleCell) -> QTableWidgetItem:
        item = QTableWidgetItem(cell_text(cell))
        item.setToolTip(status_name(cell.status))
        if cycle.broke_at == line:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _broke_item(self, cycle: CycleColumn) -> QTableWidgetItem:
        if cycle.broke_at is None:
            text = QCoreApplication.translate("Cascade", "held to the last stage")
        else:
            cell = cycle.cells[cycle.broke_at]
            text = QCoreApplication.translate("Cascade", "{stage}: {why}").format(
                stage=self._stages[cycle.broke_at], why=status_name(cell.status)
            )
        item = QTableWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        return item

    def _apply_theme(self, theme: PanelTheme) -> None:
        self._theme = theme
        self._colour()

    def _colour(self) -> None:
        colours = {
            TURNED: self._theme.positive,
            BEFORE: self._theme.negative,
            NO_TURN: self._theme.negative,
            NO_DATA: self._theme.muted,
        }
        for column, cycle in enumerate(self._columns):
            for line, cell in enumerate(cycle.cells):
                item = self.item(line, column)
                colour = colours.get(cell.status, self._theme.foreground)
                item.setForeground(QBrush(QColor(colour)))


def _date(day) -> str:
    return pd.Timestamp(day).strftime("%Y-%m-%d")


def cell_text(cell: CycleCell) -> str:
    """``2016-07-11 (+32 d)``, ``2016-05-02 (-20 d), out of order``, ``no turn``."""
    if cell.status not in (TURNED, BEFORE) or cell.turned is None:
        return status_name(cell.status)
    text = _date(cell.turned)
    if cell.days_after is not None:
        text += f" ({format_lag(cell.days_after)})"
    if cell.status == BEFORE:
        text = QCoreApplication.translate("Cascade", "{turn}, out of order").format(turn=text)
    return text


def column_title(cycle: CycleColumn) -> str:
    """The header of a cycle: its date and whether the breakout held (or "now")."""
    if cycle.kind == "now":
        return QCoreApplication.translate("Cascade", "now\n{date}").format(date=_date(cycle.anchor))
    outcome = (
        QCoreApplication.translate("Cascade", "held")
        if cycle.held
        else QCoreApplication.translate("Cascade", "failed")
    )
    return f"{_date(cycle.anchor)}\n{outcome}"


def column_tip(cycle: CycleColumn) -> str:
    """The window a cycle's turns were searched in."""
    return QCoreApplication.translate("Cascade", "Turns searched from {start} to {end}").format(
        start=_date(cycle.start), end=_date(cycle.end)
    )
