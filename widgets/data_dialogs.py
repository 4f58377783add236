"""The Data menu's dialogs: a read-only text report, and the cache's size and contents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from models.units import human_size


class ReportDialog(QDialog):
    """A read-only text report with a Close button."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 480)


class CacheDialog(QDialog):
    """Cache size and contents, with a Clear button that asks first (``clear_requested``)."""

    clear_requested = Signal()  # the user confirmed: delete every cached series

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cache"))
        self.summary = QLabel(self.tr("Measuring the cache…"), self)
        self.listing = QPlainTextEdit(self)
        self.listing.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.clear_button = buttons.addButton(
            self.tr("Clear cache…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.setToolTip(self.tr("Delete every cached series (the chart stays)"))
        self.clear_button.clicked.connect(self._confirm_clear)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.listing, buttons):
            layout.addWidget(widget)
        self.resize(640, 380)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_report(self, report) -> None:
        """Fill the dialog from a cache report (``size_bytes`` and ``series`` entries)."""
        self.summary.setText(
            self.tr("{count} series, {size} on disk").format(
                count=len(report.series), size=human_size(report.size_bytes)
            )
        )
        self.listing.setPlainText("\n".join(_describe_entry(e) for e in report.series))

    def _confirm_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear the cache?"),
            self.tr("Delete every cached series? The next start fetches them again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.clear_requested.emit()


def _describe_entry(info) -> str:
    fields = ("symbol", "source", "exchange", "timeframe", "first", "last", "rows", "provenance")
    parts = [str(getattr(info, f, "")) for f in fields if getattr(info, f, "") not in ("", None)]
    size = getattr(info, "size_bytes", None)
    return "  ".join(parts) + (f"  {human_size(size)}" if size is not None else "")
