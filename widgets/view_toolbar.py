"""The chart toolbar: equity candles/line and log, the crypto scale and its log axis, and
the range presets (1Y, 3Y, 5Y, All, the cycle around a breakout). Pane visibility lives
in the View menu (``pane_actions``); the breadth pane's toggle is on the toolbar too (the
altcoin season index is off until asked for)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from models.vocabulary import LOG_AXES, PANES, SCALES
from widgets.shortcuts import key_for

_SCALE_NAMES = {
    "price": QT_TRANSLATE_NOOP("ViewToolbar", "Price"),
    "percent": QT_TRANSLATE_NOOP("ViewToolbar", "Percent"),
    "index": QT_TRANSLATE_NOOP("ViewToolbar", "Index = 100"),
}
_AXIS_NAMES = {
    "auto": QT_TRANSLATE_NOOP("ViewToolbar", "Auto axis"),
    "on": QT_TRANSLATE_NOOP("ViewToolbar", "Log axis"),
    "off": QT_TRANSLATE_NOOP("ViewToolbar", "Linear axis"),
}
_PANE_NAMES = {
    "equity": QT_TRANSLATE_NOOP("ViewToolbar", "Equity pane"),
    "volume": QT_TRANSLATE_NOOP("ViewToolbar", "Volume pane"),
    "crypto": QT_TRANSLATE_NOOP("ViewToolbar", "Crypto pane"),
    "breadth": QT_TRANSLATE_NOOP("ViewToolbar", "Breadth pane (altcoin season)"),
    "correlation": QT_TRANSLATE_NOOP("ViewToolbar", "Correlation pane"),
}
#: (preset, button text, tooltip) in toolbar order (models.session.view_ranges.PRESETS)
_PRESETS = (
    (
        "1y",
        QT_TRANSLATE_NOOP("ViewToolbar", "1Y"),
        QT_TRANSLATE_NOOP("ViewToolbar", "The last year"),
    ),
    (
        "3y",
        QT_TRANSLATE_NOOP("ViewToolbar", "3Y"),
        QT_TRANSLATE_NOOP("ViewToolbar", "The last three years"),
    ),
    (
        "5y",
        QT_TRANSLATE_NOOP("ViewToolbar", "5Y"),
        QT_TRANSLATE_NOOP("ViewToolbar", "The last five years"),
    ),
    (
        "all",
        QT_TRANSLATE_NOOP("ViewToolbar", "All"),
        QT_TRANSLATE_NOOP("ViewToolbar", "All the data, from the first bar"),
    ),
    (
        "cycle",
        QT_TRANSLATE_NOOP("ViewToolbar", "Cycle"),
        QT_TRANSLATE_NOOP(
            "ViewToolbar",
            "This cycle: half a year before the selected breakout (else the latest) to a "
            "year and a half after it",
        ),
    ),
)


class ViewToolbar(QToolBar):
    """Chart view choices; emits intent signals, holds no chart state of its own."""

    scale_chosen = Signal(str)
    log_axis_chosen = Signal(str)
    style_chosen = Signal(str)
    log_toggled = Signal(bool)
    pane_toggled = Signal(str, bool)
    range_chosen = Signal(str)

    def __init__(
        self,
        scale: str,
        equity_style: str,
        equity_log: bool,
        panes: dict[str, bool],
        parent=None,
        log_axis: str = "auto",
    ) -> None:
        super().__init__(self.tr("Chart"), parent)
        self.setObjectName("chart_toolbar")
        self.addWidget(QLabel(self.tr(" Equity: "), self))
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
        self.addSeparator()
        self.addWidget(QLabel(self.tr(" Crypto: "), self))
        self.scale_box = self._combo(SCALES, _SCALE_NAMES, scale, self.scale_chosen)
        self.scale_box.setToolTip(self.tr("Scale of the crypto pane (anchor follows the lag)"))
        self.axis_box = self._combo(LOG_AXES, _AXIS_NAMES, log_axis, self.log_axis_chosen)
        self.axis_box.setToolTip(
            self.tr(
                "Axis of the crypto pane: Auto draws it logarithmic when the values in view "
                "span more than 10x, linear otherwise"
            )
        )
        self.addSeparator()
        self.range_actions = {name: self._preset(name, text, tip) for name, text, tip in _PRESETS}
        self.pane_actions = {p: self._pane_action(p, panes.get(p, True)) for p in PANES}
        self.addSeparator()
        breadth = self.pane_actions["breadth"]
        breadth.setIconText(self.tr("Breadth"))
        breadth.setToolTip(
            self.tr(
                "Show or hide the breadth pane: the altcoin season index (0-100) under the coins"
            )
        )
        self.addAction(breadth)

    def set_pane_shown(self, pane: str, shown: bool) -> None:
        """Show ``pane``'s toggle as on or off (no signal): the view state changed it."""
        action = self.pane_actions[pane]
        action.blockSignals(True)
        action.setChecked(bool(shown))
        action.blockSignals(False)

    def set_scale(self, scale: str) -> None:
        """Show ``scale`` as chosen (no signal)."""
        self._show(self.scale_box, scale)

    def set_log_axis(self, choice: str) -> None:
        """Show the log axis ``choice`` as chosen (no signal)."""
        self._show(self.axis_box, choice)

    def _combo(self, keys, names, current: str, signal) -> QComboBox:
        box = QComboBox(self)
        for key in keys:
            box.addItem(self.tr(names[key]), key)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(lambda i: signal.emit(box.itemData(i)))
        self.addWidget(box)
        return box

    @staticmethod
    def _show(box: QComboBox, key: str) -> None:
        box.blockSignals(True)
        box.setCurrentIndex(max(0, box.findData(key)))
        box.blockSignals(False)

    def _toggle(self, text: str, shortcut: str, checked: bool, tooltip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setShortcut(key_for(shortcut))
        action.setToolTip(f"{tooltip} ({action.shortcut().toString()})")
        self.addAction(action)
        return action

    def _preset(self, name: str, text: str, tooltip: str) -> QAction:
        action = QAction(self.tr(text), self)
        action.setToolTip(self.tr(tooltip))
        action.setObjectName(f"range_{name}")
        action.triggered.connect(lambda: self.range_chosen.emit(name))
        self.addAction(action)
        return action

    def _pane_action(self, pane: str, visible: bool) -> QAction:
        action = QAction(self.tr(_PANE_NAMES[pane]), self)
        action.setCheckable(True)
        action.setChecked(visible)
        action.setToolTip(self.tr("Show or hide this pane"))
        action.toggled.connect(lambda on, p=pane: self.pane_toggled.emit(p, on))
        return action
