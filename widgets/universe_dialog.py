"""Data ▸ Altcoin universe…: the alts the altseason index counts, edited by the user.

The list shows the universe in the user's order with its size; an alt is added by typing
its symbol (a Yahoo ticker such as ``SOL-USD`` or a pair such as ``SOL/USDT``) and removed
with Remove (or Delete on its row); Reset to default brings back the catalogue's. What
cannot be an alt (a stablecoin, a wrapped or asset-backed token, BTC itself, a coin
already in, not a coin at all) is refused with the core's sentence
(``models.derived.universe``). OK hands the edited ``Universe`` to whoever opened the
dialog (``universe()``); nothing is saved or fetched here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.derived.universe import Universe
from models.errors import InvalidParameter
from models.market.instruments import Catalogue
from widgets.formatting import format_count


class _UniverseList(QListWidget):
    """The universe's rows; Delete removes the current one."""

    def __init__(self, on_delete, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_delete = on_delete

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self._on_delete()
            event.accept()
            return
        super().keyPressEvent(event)


class UniverseDialog(QDialog):
    """Edits a copy of the altseason universe; ``universe()`` is the result."""

    def __init__(self, catalogue: Catalogue, universe: Universe, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("universe_dialog")
        self.setWindowTitle(self.tr("Altcoin universe"))
        self._catalogue = catalogue
        self._default = Universe.default(catalogue)
        self._universe = universe
        intro = QLabel(
            self.tr(
                "The alts the altcoin season index (altseason) counts against {benchmark}. "
                "Stablecoins, wrapped and asset-backed tokens are refused. A universe picked "
                "today flatters the past: coins that died or left the top are missing from "
                "the earlier years (survivorship)."
            ).format(benchmark=catalogue.altseason.benchmark)
        )
        intro.setWordWrap(True)
        self._size = QLabel()
        self._size.setObjectName("universe_size")
        self._list = _UniverseList(self.remove_current, self)
        self._list.setObjectName("universe_list")
        self._edit = QLineEdit()
        self._edit.setObjectName("universe_edit")
        self._edit.setPlaceholderText(self.tr("Add an alt: SOL-USD, SOL/USDT"))
        self._edit.returnPressed.connect(self._on_add)
        self._error = QLabel()
        self._error.setObjectName("universe_error")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #d0342c;")
        self._error.setVisible(False)
        layout = QVBoxLayout(self)
        for widget in (intro, self._size, self._list):
            layout.addWidget(widget)
        layout.addLayout(self._edit_row())
        layout.addWidget(self._error)
        layout.addWidget(self._buttons())
        self.resize(460, 520)
        self._show()

    def _edit_row(self) -> QHBoxLayout:
        add = QPushButton(self.tr("Add"))
        add.setObjectName("universe_add")
        add.clicked.connect(self._on_add)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("universe_remove")
        remove.clicked.connect(self.remove_current)
        reset = QPushButton(self.tr("Reset to default"))
        reset.setObjectName("universe_reset")
        reset.setToolTip(
            self.tr("The catalogue's {n} alts").format(n=format_count(len(self._default.symbols)))
        )
        reset.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(self._edit, 1)
        for button in (add, remove, reset):
            row.addWidget(button)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Use this universe now: the index is computed again, missing alts fetched")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- editing ----------------------------------------------------------------------

    def universe(self) -> Universe:
        """The universe as edited."""
        return self._universe

    def add(self, text: str) -> bool:
        """Add ``text`` to the universe; False with the reason shown when it cannot be."""
        text = text.strip()
        if not text:
            self._say(self.tr("Type an alt's symbol first (SOL-USD, SOL/USDT)"))
            return False
        try:
            self._universe = self._universe.added(self._catalogue, text)
        except InvalidParameter as why:
            self._say(str(why))
            return False
        self._show()
        self._list.setCurrentRow(self._list.count() - 1)
        return True

    def remove_current(self) -> None:
        """Remove the selected alt (the universe may not become empty)."""
        item = self._list.currentItem()
        if item is None:
            return
        if len(self._universe.symbols) == 1:
            self._say(self.tr("The universe needs at least one alt."))
            return
        row = self._list.currentRow()
        self._universe = self._universe.removed(item.text())
        self._show()
        self._list.setCurrentRow(min(row, self._list.count() - 1))

    def reset(self) -> None:
        """The catalogue's universe again."""
        self._universe = self._default
        self._show()

    def error_text(self) -> str:
        """The refusal shown ('' when none)."""
        return self._error.text() if not self._error.isHidden() else ""

    def symbols(self) -> list[str]:
        """The symbols listed, in order."""
        return [self._list.item(row).text() for row in range(self._list.count())]

    def _on_add(self) -> None:
        if self.add(self._edit.text()):
            self._edit.clear()

    def _say(self, message: str) -> None:
        self._error.setText(message)
        self._error.setVisible(bool(message))

    def _show(self) -> None:
        self._say("")
        self._list.clear()
        self._list.addItems(list(self._universe.symbols))
        count = format_count(len(self._universe.symbols))
        note = "" if self._universe == self._default else " " + self.tr("(edited)")
        self._size.setText(self.tr("{n} alts").format(n=count) + note)
