"""The stage editor: add, remove, move and invert the cascade's stages, or go back to the
default chain.

A stage is any series the catalogue reads: a FRED series (``FRED:WALCL``), ``NETLIQ``, a
ticker (``^GSPC``, ``TLT``), a pair or a derived series (``ETH-USD / BTC-USD``,
``basket(...)``, ``altseason``); the list offers the usual ones with their direction.
The editor checks the chain's shape itself (``models.cascade.stages``: 2 to 12 stages,
none twice) and asks ``check_symbol`` (given by the app, which knows the catalogue)
whether a typed symbol is one. It does not save: whoever opened it reads ``chain()``
once it is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.cascade.stages import (
    DEFAULT_CHAIN,
    INVERTED_MARK,
    MAX_STAGES,
    MIN_STAGES,
    Stage,
    insert_stage,
    invert_stage,
    move_stage,
    parse_stage,
    remove_stage,
)
from widgets.cascade.texts import stage_name

#: what ``check_symbol`` is: the reason a typed symbol is not one, or None
SymbolCheck = Callable[[str], str | None]


class StageEditor(QDialog):
    """Edits a copy of a chain (see the module docstring)."""

    def __init__(
        self,
        chain: Sequence[Stage],
        suggestions: Sequence[Stage] = (),
        check_symbol: SymbolCheck | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cascade_stage_editor")
        self.setWindowTitle(self.tr("Cascade stages"))
        self._chain: tuple[Stage, ...] = tuple(chain)
        self._suggestions = list(suggestions)
        self._check_symbol = check_symbol
        self.table = QTableWidget(0, 3, self)
        self.symbol_box = QComboBox(self)
        self.inverted_box = QCheckBox(self.tr("&Inverted: falling is risk on"), self)
        self.error_label = QLabel(self)
        self._buttons: dict[str, QPushButton] = {}
        self._build()
        self._show_chain(-1)  # nothing selected: Add appends

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.table.setObjectName("stage_list")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Symbol"), self.tr("Direction")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.symbol_box.setObjectName("stage_symbol")
        self.symbol_box.setEditable(True)
        self.symbol_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for stage in self._suggestions:
            self.symbol_box.addItem(f"{stage.symbol}  ({stage_name(stage)})", stage)
        self.symbol_box.setCurrentIndex(-1)
        self.symbol_box.setToolTip(
            self.tr("A FRED series (FRED:WALCL), NETLIQ, a ticker (^GSPC, TLT), a pair or a "
                    "derived series (ETH-USD / BTC-USD, basket(...), altseason)")
        )  # fmt: skip
        self.symbol_box.activated.connect(self._on_suggestion_chosen)
        self.error_label.setObjectName("stage_error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._edit_row())
        layout.addLayout(self._add_row())
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _edit_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in (
            ("up", self.tr("Move &up"), self.move_up),
            ("down", self.tr("Move &down"), self.move_down),
            ("invert", self.tr("In&vert"), self.invert_selected),
            ("remove", self.tr("&Remove"), self.remove_selected),
            ("default", self.tr("De&fault chain"), self.reset_to_default),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"stage_{name}")
            button.clicked.connect(slot)
            self._buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _add_row(self) -> QGridLayout:
        grid = QGridLayout()
        label = QLabel(self.tr("&Series:"), self)
        label.setBuddy(self.symbol_box)
        add = QPushButton(self.tr("&Add"), self)
        add.setObjectName("stage_add")
        add.clicked.connect(self._on_add_clicked)
        self._buttons["add"] = add
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.symbol_box, 0, 1)
        grid.addWidget(add, 0, 2)
        grid.addWidget(self.inverted_box, 1, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # --- what the editor holds ------------------------------------------------------------
    def chain(self) -> tuple[Stage, ...]:
        """The chain as edited."""
        return self._chain

    def error_text(self) -> str:
        """The last refusal, or '' when the last edit was accepted."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def selected_row(self) -> int:
        """The selected stage's position (-1: none)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        """Select the stage at ``row``."""
        self.table.selectRow(row)

    # --- edits --------------------------------------------------------------------------
    def add_stage(self, text: str, inverted: bool = False) -> bool:
        """Insert the stage ``text`` (a leading ``-`` inverts it too) after the selected
        stage, or last; False (and the reason shown) when it is refused."""
        text = text.strip()
        if not text:
            return self._refuse(self.tr("Type or choose a series to add."))
        if text == INVERTED_MARK:
            return self._refuse(self.tr("Type or choose a series to add."))
        stage = parse_stage(text)
        if inverted and not stage.inverted:
            stage = parse_stage(INVERTED_MARK + stage.symbol)
        if len(self._chain) >= MAX_STAGES:
            return self._refuse(self.tr("A chain takes at most {n} stages.").format(n=MAX_STAGES))
        if any(s.symbol.upper() == stage.symbol.upper() for s in self._chain):
            return self._refuse(
                self.tr("{symbol} is in the chain already.").format(symbol=stage.symbol)
            )
        reason = self._check_symbol(stage.symbol) if self._check_symbol else None
        if reason:
            return self._refuse(reason)
        at = self.selected_row() + 1 if self.selected_row() >= 0 else len(self._chain)
        self._chain = insert_stage(self._chain, at, stage)
        self._show_chain(at)
        return True

    def remove_selected(self) -> bool:
        """Remove the selected stage (a chain keeps at least two)."""
        row = self.selected_row()
        if row < 0:
            return self._refuse(self.tr("Select a stage first."))
        if len(self._chain) <= MIN_STAGES:
            return self._refuse(self.tr("A chain needs at least {n} stages.").format(n=MIN_STAGES))
        self._chain = remove_stage(self._chain, row)
        self._show_chain(min(row, len(self._chain) - 1))
        return True

    def move_selected(self, step: int) -> bool:
        """Move the selected stage ``step`` places (-1: up, 1: down)."""
        row = self.selected_row()
        to = row + step
        if row < 0 or not 0 <= to < len(self._chain):
            return False
        self._chain = move_stage(self._chain, row, to)
        self._show_chain(to)
        return True

    def move_up(self) -> bool:
        """Move the selected stage one place up (earlier in the chain)."""
        return self.move_selected(-1)

    def move_down(self) -> bool:
        """Move the selected stage one place down (later in the chain)."""
        return self.move_selected(1)

    def invert_selected(self) -> bool:
        """Turn the selected stage's direction round."""
        row = self.selected_row()
        if row < 0:
            return self._refuse(self.tr("Select a stage first."))
        self._chain = invert_stage(self._chain, row)
        self._show_chain(row)
        return True

    def reset_to_default(self) -> None:
        """The seeds' chain (``DEFAULT_CHAIN``)."""
        self._chain = DEFAULT_CHAIN
        self._show_chain(0)

    # --- internals ----------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        index = self.symbol_box.currentIndex()
        stage = self.symbol_box.itemData(index) if index >= 0 else None
        typed = self.symbol_box.currentText()
        text = (
            stage.symbol
            if stage is not None and typed == self.symbol_box.itemText(index)
            else typed
        )
        self.add_stage(text, self.inverted_box.isChecked())

    def _on_suggestion_chosen(self, index: int) -> None:
        stage = self.symbol_box.itemData(index)
        if stage is not None:
            self.inverted_box.setChecked(stage.inverted)

    def _refuse(self, reason: str) -> bool:
        self.error_label.setText(reason)
        self.error_label.setVisible(True)
        return False

    def _show_chain(self, selected: int) -> None:
        self.error_label.setVisible(False)
        self.error_label.clear()
        self.table.setRowCount(len(self._chain))
        for row, stage in enumerate(self._chain):
            direction = (
                self.tr("falling is risk on (inverted)")
                if stage.inverted
                else self.tr("rising is risk on")
            )
            for column, text in enumerate((stage_name(stage), stage.symbol, direction)):
                item = QTableWidgetItem(text)
                item.setToolTip(stage.spec)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if selected < 0:
            self.table.clearSelection()
        elif self._chain:
            self.table.selectRow(min(selected, len(self._chain) - 1))
