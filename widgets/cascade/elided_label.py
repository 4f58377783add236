"""A one-line label that elides what does not fit, its whole text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """One line of ``text``, cut with "…" to the width it gets; the tooltip holds ``full``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str, full: str | None = None) -> None:
        """Show ``text`` (elided to fit); the tooltip says ``full`` (default: ``text``)."""
        self._text = text
        self.setToolTip(full if full is not None else text)
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._text

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 1)
        self.setText(self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, width))
