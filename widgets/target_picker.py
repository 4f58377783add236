"""Which coin the statistics describe: a selector above the lag slider and the statistics.

It lists the coins charted and shows the one the statistics are about (the view state's
``statistics_target``, or the first that aligns); choosing another emits
``target_chosen``. A click on a coin's row of the chart's crypto legend does the same
(``ChartView.statistics_target_clicked``).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


class TargetPicker(QWidget):
    """ "Statistics of: [BTC/USDT ▾] vs ^RUT"."""

    target_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self.tr("Statistics of"))
        self.combo = QComboBox()
        self.combo.setObjectName("statistics_target")
        self.combo.setToolTip(
            self.tr(
                "The coin the lag statistics, the cross-correlation, the event study and "
                "the breakout table's returns describe (or click its row in the chart's key)"
            )
        )
        self.combo.activated.connect(lambda i: self.target_chosen.emit(self.combo.itemData(i)))
        self._versus = QLabel()
        self._label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self._versus)
        self.set_choices([], None, "")  # nothing charted yet

    def set_choices(self, coins: list[str], current: str | None, equity: str) -> None:
        """List ``coins``, show ``current`` (None: no coin, the selector is off)."""
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for coin in coins:
                self.combo.addItem(coin, coin)
            self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.setEnabled(len(coins) > 1)
        self._versus.setText(self.tr("vs {equity}").format(equity=equity) if coins else "")
        if not coins:
            self.combo.addItem(self.tr("no coin charted"), None)

    def current(self) -> str | None:
        """The coin shown as the target (None without any)."""
        return self.combo.currentData()
