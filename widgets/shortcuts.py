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


#: actions bound by name in the main window; keys in QKeySequence portable text
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "refresh",
        "F5",
        QT_TRANSLATE_NOOP("shortcuts", "Fetch the bars missing since the last refresh"),
    ),
    Shortcut("cancel_fetch", "Esc", QT_TRANSLATE_NOOP("shortcuts", "Cancel the running fetch")),
    Shortcut(
        "import_csv",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("shortcuts", "Import a CSV file (Yahoo, TradingView, Binance)"),
    ),
    Shortcut(
        "export_image",
        "Ctrl+E",
        QT_TRANSLATE_NOOP("shortcuts", "Export the chart as PNG or SVG with caption and sidecar"),
    ),
    Shortcut(
        "copy_chart",
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("shortcuts", "Copy the chart image to the clipboard"),
    ),
    Shortcut(
        "fit_all",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("shortcuts", "Fit the dates where the equity and the coins overlap"),
    ),
    Shortcut(
        "toggle_log", "Ctrl+L", QT_TRANSLATE_NOOP("shortcuts", "Log scale for the equity pane")
    ),
    Shortcut(
        "toggle_candles",
        "Ctrl+K",
        QT_TRANSLATE_NOOP("shortcuts", "Switch the equity pane between candles and line"),
    ),
    Shortcut("best_lag", "Ctrl+B", QT_TRANSLATE_NOOP("shortcuts", "Snap the lag to the best lag")),
    Shortcut(
        "focus_lag",
        "Ctrl+G",
        QT_TRANSLATE_NOOP("shortcuts", "Focus the lag slider (then arrows and Page Up/Down)"),
    ),
    Shortcut(
        "replay",
        "Ctrl+R",
        QT_TRANSLATE_NOOP("shortcuts", "Replay: show everything as of a past day (again: live)"),
    ),
    Shortcut(
        "replay_session_back",
        "Alt+Left",
        QT_TRANSLATE_NOOP("shortcuts", "Replay: one session back"),
    ),
    Shortcut(
        "replay_session_forward",
        "Alt+Right",
        QT_TRANSLATE_NOOP("shortcuts", "Replay: one session forward"),
    ),
    Shortcut(
        "replay_week_back",
        "Alt+Shift+Left",
        QT_TRANSLATE_NOOP("shortcuts", "Replay: one week back"),
    ),
    Shortcut(
        "replay_week_forward",
        "Alt+Shift+Right",
        QT_TRANSLATE_NOOP("shortcuts", "Replay: one week forward"),
    ),
    Shortcut(
        "replay_play",
        "Alt+P",
        QT_TRANSLATE_NOOP("shortcuts", "Replay: play or pause, one session after another"),
    ),
    Shortcut(
        "dark_theme",
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("shortcuts", "Switch between the light and the dark theme"),
    ),
    Shortcut(
        "data_report", "Ctrl+Shift+R", QT_TRANSLATE_NOOP("shortcuts", "Gap and provenance report")
    ),
    Shortcut("help", "F1", QT_TRANSLATE_NOOP("shortcuts", "This list of shortcuts")),
    Shortcut(
        "quit", "Ctrl+Q", QT_TRANSLATE_NOOP("shortcuts", "Quit (settings and layout are saved)")
    ),
)

#: keys handled inside widgets rather than by window actions
WIDGET_KEYS: tuple[Shortcut, ...] = (
    Shortcut("lag_day", "Left / Right", QT_TRANSLATE_NOOP("shortcuts", "Lag slider: one day")),
    Shortcut("lag_week", "PgUp / PgDown", QT_TRANSLATE_NOOP("shortcuts", "Lag slider: one week")),
    Shortcut("zoom", "Mouse wheel", QT_TRANSLATE_NOOP("shortcuts", "Zoom time around the cursor")),
    Shortcut("pan", "Drag", QT_TRANSLATE_NOOP("shortcuts", "Pan the time axis")),
    Shortcut(
        "fit",
        "Double-click",
        QT_TRANSLATE_NOOP("shortcuts", "Fit the dates where the equity and the coins overlap"),
    ),
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
