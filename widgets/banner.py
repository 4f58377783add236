"""The banner shown when there is nothing to chart: offline (or failed) with an empty cache."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class DataBanner(QFrame):
    """A strip with a message and three ways out: Retry, Import CSV… and Load demo data."""

    retry_clicked = Signal()
    import_clicked = Signal()
    demo_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = self._button(self.tr("Retry"), self.tr("Try to fetch again"))
        self.import_button = self._button(
            self.tr("Import CSV…"),
            self.tr("Chart a Yahoo, TradingView or Binance CSV file you already have"),
        )
        self.demo_button = self._button(
            self.tr("Load demo data"),
            self.tr("Synthetic data to explore the app; every view is marked DEMO"),
        )
        self.retry_button.clicked.connect(self.retry_clicked)
        self.import_button.clicked.connect(self.import_clicked)
        self.demo_button.clicked.connect(self.demo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message_label, 1)
        for button in (self.retry_button, self.import_button, self.demo_button):
            layout.addWidget(button)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show the banner with ``message`` (why there is nothing to chart)."""
        self.message_label.setText(message)
        self.show()

    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        return button
