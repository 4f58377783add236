"""Keyboard shortcuts in one table, and the help dialog that lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


@dataclass(frozen=True)
class Shortcut:
    """A named command, its key sequence and what it does (for the help dialog)."""

    name: str
    keys: str
    description: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


def _N(text: str) -> str:
    """Mark a string for lupdate; it is translated when shown (see ``_tr``)."""
    return QT_TRANSLATE_NOOP("shortcuts", text)


#: actions bound by name in the main window; keys in QKeySequence portable text
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("refresh", "F5", _N("Fetch the bars missing since the last refresh")),
    Shortcut("cancel_fetch", "Esc", _N("Cancel the running fetch")),
    Shortcut("import_csv", "Ctrl+I", _N("Import a CSV file (Yahoo, TradingView, Binance)")),
    Shortcut(
        "export_image", "Ctrl+E", _N("Export the chart as PNG or SVG with caption and sidecar")
    ),
    Shortcut("copy_chart", "Ctrl+Shift+C", _N("Copy the chart image to the clipboard")),
    Shortcut("fit_all", "Ctrl+0", _N("Fit the whole history in view")),
    Shortcut("toggle_log", "Ctrl+L", _N("Log scale for the equity pane")),
    Shortcut("toggle_candles", "Ctrl+K", _N("Switch the equity pane between candles and line")),
    Shortcut("best_lag", "Ctrl+B", _N("Snap the lag to the best lag")),
    Shortcut("focus_lag", "Ctrl+G", _N("Focus the lag slider (then arrows and Page Up/Down)")),
    Shortcut("dark_theme", "Ctrl+Shift+D", _N("Switch between the light and the dark theme")),
    Shortcut("data_report", "Ctrl+Shift+R", _N("Gap and provenance report")),
    Shortcut("help", "F1", _N("This list of shortcuts")),
    Shortcut("quit", "Ctrl+Q", _N("Quit (settings and layout are saved)")),
)

#: keys handled inside widgets rather than by window actions
WIDGET_KEYS: tuple[Shortcut, ...] = (
    Shortcut("lag_day", "Left / Right", _N("Lag slider: one day")),
    Shortcut("lag_week", "PgUp / PgDown", _N("Lag slider: one week")),
    Shortcut("zoom", "Mouse wheel", _N("Zoom time around the cursor")),
    Shortcut("pan", "Drag", _N("Pan the time axis")),
    Shortcut("fit", "Double-click", _N("Fit everything in view")),
)


def key_for(name: str) -> QKeySequence:
    """The key sequence bound to the command ``name``."""
    for shortcut in SHORTCUTS:
        if shortcut.name == name:
            return QKeySequence(shortcut.keys)
    raise KeyError(name)


class ShortcutsDialog(QDialog):
    """A read-only table of every shortcut and mouse gesture."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = (*SHORTCUTS, *WIDGET_KEYS)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        for row, shortcut in enumerate(rows):
            keys = QKeySequence(shortcut.keys).toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 0, QTableWidgetItem(keys or shortcut.keys))
            self.table.setItem(row, 1, QTableWidgetItem(_tr(shortcut.description)))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)
