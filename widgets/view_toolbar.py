"""The chart toolbar: crypto scale, equity candles/line and log, and pane visibility."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from models.vocabulary import PANES, SCALES
from widgets.shortcuts import key_for

_SCALE_NAMES = {
    "price": QT_TRANSLATE_NOOP("ViewToolbar", "Price"),
    "log": QT_TRANSLATE_NOOP("ViewToolbar", "Log"),
    "percent": QT_TRANSLATE_NOOP("ViewToolbar", "Percent"),
    "index": QT_TRANSLATE_NOOP("ViewToolbar", "Index = 100"),
}
_PANE_NAMES = {
    "equity": QT_TRANSLATE_NOOP("ViewToolbar", "Equity pane"),
    "volume": QT_TRANSLATE_NOOP("ViewToolbar", "Volume pane"),
    "crypto": QT_TRANSLATE_NOOP("ViewToolbar", "Crypto pane"),
    "correlation": QT_TRANSLATE_NOOP("ViewToolbar", "Correlation pane"),
}


class ViewToolbar(QToolBar):
    """Chart view choices; emits intent signals, holds no chart state of its own."""

    scale_chosen = Signal(str)
    style_chosen = Signal(str)
    log_toggled = Signal(bool)
    pane_toggled = Signal(str, bool)

    def __init__(
        self,
        scale: str,
        equity_style: str,
        equity_log: bool,
        panes: dict[str, bool],
        parent=None,
    ) -> None:
        super().__init__(self.tr("Chart"), parent)
        self.setObjectName("chart_toolbar")
        self.scale_box = QComboBox(self)
        for scale in SCALES:
            self.scale_box.addItem(self.tr(_SCALE_NAMES[scale]), scale)
        self.scale_box.setCurrentIndex(SCALES.index(scale))
        self.scale_box.setToolTip(self.tr("Scale of the crypto pane (anchor follows the lag)"))
        self.scale_box.currentIndexChanged.connect(
            lambda i: self.scale_chosen.emit(self.scale_box.itemData(i))
        )
        self.candles_action = self._toggle(
            self.tr("Candles"),
            "toggle_candles",
            equity_style == "candles",
            self.tr("Candles or a close line for the equity"),
        )
        self.candles_action.toggled.connect(
            lambda on: self.style_chosen.emit("candles" if on else "line")
        )
        self.log_action = self._toggle(
            self.tr("Log"),
            "toggle_log",
            equity_log,
            self.tr("Logarithmic price axis for the equity"),
        )
        self.log_action.toggled.connect(self.log_toggled)
        self.addWidget(QLabel(self.tr(" Crypto scale: "), self))
        self.addWidget(self.scale_box)
        self.pane_actions = {p: self._pane_action(p, panes.get(p, True)) for p in PANES}

    def _toggle(self, text: str, shortcut: str, checked: bool, tooltip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setShortcut(key_for(shortcut))
        action.setToolTip(f"{tooltip} ({action.shortcut().toString()})")
        self.addAction(action)
        return action

    def _pane_action(self, pane: str, visible: bool) -> QAction:
        action = QAction(self.tr(_PANE_NAMES[pane]), self)
        action.setCheckable(True)
        action.setChecked(visible)
        action.setToolTip(self.tr("Show or hide this pane"))
        action.toggled.connect(lambda on, p=pane: self.pane_toggled.emit(p, on))
        return action
