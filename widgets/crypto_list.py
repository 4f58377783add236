"""The symbol picker's checklist of crypto series: catalogue entries, typed ones, demo ones.

Each row keeps the text the user would type (``TEXT_ROLE``); a row the user typed in
(``TYPED_ROLE``) can be removed again (``remove_current``, or Delete on it), the
catalogue's cannot. ``set_cached`` shows beside each row the date range the cache holds
(``BTC/USDT   2017-08 – 2026-08``), the rest of it in the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from widgets.formatting import format_count

TEXT_ROLE = Qt.ItemDataRole.UserRole
DEMO_ROLE = Qt.ItemDataRole.UserRole + 1
TYPED_ROLE = Qt.ItemDataRole.UserRole + 2  # added by the user, not from the catalogue
TIP_ROLE = Qt.ItemDataRole.UserRole + 3  # the tooltip before any cache mark


class CryptoList(QListWidget):
    """Checkable rows of crypto series (signals as ``QListWidget``'s, plus ``removed``)."""

    removed = Signal(bool)  # a typed row was removed; True when it was ticked
    current_removable = Signal(bool)  # whether the current row can be removed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._spans: dict[str, tuple] = {}
        self.currentItemChanged.connect(lambda *_: self.current_removable.emit(self.removable()))

    def add_entry(
        self, text: str, tooltip: str, checked: bool, *, typed: bool = False, demo: bool = False
    ) -> QListWidgetItem:
        """Append a row (no signal)."""
        item = QListWidgetItem(text)
        item.setData(TEXT_ROLE, text)
        item.setData(TIP_ROLE, tooltip)
        item.setData(TYPED_ROLE, typed)
        item.setData(DEMO_ROLE, demo)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if demo:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # ticked, but not the user's to untick
        with QSignalBlocker(self):
            self.addItem(item)
            self._mark(item)
        return item

    def entries(self) -> list[QListWidgetItem]:
        """Every row, top to bottom."""
        return [self.item(row) for row in range(self.count())]

    def entry(self, text: str) -> QListWidgetItem | None:
        """The row of ``text`` (as typed), or None."""
        return next((item for item in self.entries() if item.data(TEXT_ROLE) == text), None)

    def ticked(self) -> list[str]:
        """The texts of the ticked rows that are not demo series."""
        return [
            item.data(TEXT_ROLE)
            for item in self.entries()
            if item.checkState() == Qt.CheckState.Checked and not item.data(DEMO_ROLE)
        ]

    def tick_only(self, texts) -> None:
        """Tick exactly the rows of ``texts`` (no signal)."""
        wanted = set(texts)
        with QSignalBlocker(self):
            for item in self.entries():
                checked = item.data(TEXT_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def drop_demo(self) -> None:
        """Remove the demo rows (no signal)."""
        with QSignalBlocker(self):
            for row in reversed(range(self.count())):
                if self.item(row).data(DEMO_ROLE):
                    self.takeItem(row)

    def removable(self) -> bool:
        """True when the current row was typed in by the user (and is not a demo row)."""
        item = self.currentItem()
        return item is not None and bool(item.data(TYPED_ROLE)) and not item.data(DEMO_ROLE)

    def remove_current(self) -> bool:
        """Remove the current row if the user typed it in; True when one was removed."""
        if not self.removable():
            return False
        item = self.currentItem()
        ticked = item.checkState() == Qt.CheckState.Checked
        with QSignalBlocker(self):
            self.takeItem(self.row(item))
        self.current_removable.emit(self.removable())
        self.removed.emit(ticked)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.remove_current():
            event.accept()
            return
        super().keyPressEvent(event)

    def set_cached(self, spans: dict[str, tuple]) -> None:
        """``spans`` maps a row's text to its cached daily (first, last, bars)."""
        self._spans = dict(spans)
        with QSignalBlocker(self):
            for item in self.entries():
                self._mark(item)

    def _mark(self, item: QListWidgetItem) -> None:
        text = item.data(TEXT_ROLE)
        span = None if item.data(DEMO_ROLE) else self._spans.get(text)
        item.setText(text if span is None else f"{text}   {span[0]:%Y-%m} – {span[1]:%Y-%m}")
        tip = item.data(TIP_ROLE) or text
        item.setToolTip(tip if item.data(DEMO_ROLE) else f"{tip}\n{cache_tip(span)}")


def cache_tip(span) -> str:
    """What the cache holds of one series, in a sentence."""
    if span is None:
        return QCoreApplication.translate("SymbolPicker", "Not cached: fetched when charted")
    first, last, bars = span
    return QCoreApplication.translate(
        "SymbolPicker", "Cached: {bars} daily bars, {first} to {last}"
    ).format(bars=format_count(bars), first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}")
