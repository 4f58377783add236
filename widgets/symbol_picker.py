"""Choose what to chart: one equity, one or more crypto series, and the exchange.

Catalogue entries are listed; any Yahoo ticker or exchange pair can be typed. What the
user typed is checked for form with ``Catalogue.resolve`` before it is emitted; whether
it exists is the data layer's business, which reports back through ``set_error`` (the
attempt failed: the picker goes back to the selection in force) or ``show_message``
(charted without some series: they stay ticked and the message says why).

In demo mode (``set_demo``) the synthetic series are listed ticked and locked under a
visible DEMO note; picking an equity or ticking a real series asks for real data.

The Add field takes derived series too (``ETH/USDT / BTC/USDT``, ``basket(SOL/USDT,
XRP/USDT, ADA/USDT)``, ``altseason``; bad syntax is refused with the core's one sentence),
and "Ratios and indices" offers the common ones ready-made (``widgets.derived_menu``);
``add_series`` adds one from elsewhere (the breadth pane's offer). A typed entry that is
not in the catalogue (a mistyped symbol, say) can be removed (Remove, or Delete on its
row). ``set_cached`` marks what the cache holds, with its date
range. No coin ticked is a choice too: the equity is charted alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import InvalidParameter
from models.market.instruments import Catalogue, Instrument
from widgets.crypto_list import DEMO_ROLE, TEXT_ROLE, CryptoList, cache_tip
from widgets.derived_menu import DerivedButton, derived_title, derived_tooltip

AUTO_EXCHANGE = ""
DEMO_PREFIX = "DEMO "


def _equity_label(inst: Instrument) -> str:
    return f"{inst.symbol} — {inst.name}" if inst.name != inst.symbol else inst.symbol


def _crypto_tooltip(inst: Instrument) -> str:
    if inst.is_derived:
        return f"{derived_title(inst)}: {derived_tooltip(inst)}"
    where = "Yahoo Finance" if inst.source == "yahoo" else "exchange (ccxt)"
    return f"{inst.name}: {inst.label} from {where}"


def _typed_tooltip(catalogue: Catalogue | None, text: str) -> str:
    """A typed row's tooltip: what it is when the catalogue reads it, else its text."""
    try:
        return _crypto_tooltip(catalogue.resolve(text)) if catalogue is not None else text
    except InvalidParameter:
        return text


class SymbolPicker(QWidget):
    """Equity combo (catalogue or typed ticker), crypto checklist, exchange choice."""

    selection_changed = Signal(str, list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        # what the picker last emitted or was given (what is charted, as far as it knows),
        # and the one before, which an error from the data layer restores
        self._accepted: tuple | None = None
        self._previous: tuple | None = None
        self._demo = False
        self._real_crypto: list[str] = []  # what real series to ask for when leaving demo
        self._demo_equity = ""
        self._equity = self._build_equity_box()
        self._crypto = self.crypto_list = self._build_crypto_list()
        self._pair_edit, add_row = self._build_add_row()
        self._exchange = self._build_exchange_box()
        self._error = QLabel()
        self._error.setObjectName("picker_error")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #d0342c;")
        self._error.setVisible(False)
        self._demo_note = QLabel(
            self.tr("DEMO — synthetic data is charted. Pick an equity or tick a crypto "
                    "series to load real data.")
        )  # fmt: skip
        self._demo_note.setObjectName("picker_demo")
        self._demo_note.setWordWrap(True)
        self._demo_note.setStyleSheet("color: #c77c02; font-weight: bold;")
        self._demo_note.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Equity"), self._equity)
        form.addRow(self.tr("C&rypto"), self._crypto)
        form.addRow("", add_row)
        form.addRow(self.tr("E&xchange"), self._exchange)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self._demo_note)
        layout.addLayout(form)
        layout.addWidget(self._error)
        self.setMinimumWidth(220)

    def _build_equity_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("equity_box")
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMinimumContentsLength(14)
        box.setToolTip(
            self.tr("The equity index or ETF to test. Pick one or type any Yahoo ticker "
                    "(e.g. ^RUT, IWM) and press Enter.")
        )  # fmt: skip
        box.activated.connect(self._on_equity_picked)
        box.lineEdit().returnPressed.connect(self._on_equity_typed)
        return box

    def _build_crypto_list(self) -> CryptoList:
        listing = CryptoList()
        listing.setObjectName("crypto_list")
        listing.setToolTip(
            self.tr("Crypto series to overlay: tick any (Space toggles the current row; none "
                    "charts the equity alone)")
        )  # fmt: skip
        listing.setMinimumHeight(90)
        listing.itemChanged.connect(self._on_crypto_toggled)
        listing.removed.connect(lambda ticked: ticked and self._emit_selection())
        return listing

    def _build_add_row(self) -> tuple[QLineEdit, QWidget]:
        edit = QLineEdit()
        edit.setObjectName("pair_edit")
        edit.setPlaceholderText(self.tr("Add: SOL/USDT, ETH-USD, ETH/USDT / BTC/USDT, altseason"))
        edit.setToolTip(
            self.tr("Type an exchange pair (optionally @exchange), a Yahoo crypto ticker or a "
                    "derived series and press Enter to add it: a ratio A / B (spaces around "
                    "the slash), basket(SOL/USDT, XRP/USDT, ADA/USDT) or altseason")
        )  # fmt: skip
        edit.returnPressed.connect(lambda: self.add_series())
        button = QPushButton(self.tr("Add"))
        button.setObjectName("add_pair_button")
        button.setToolTip(edit.toolTip())
        button.clicked.connect(lambda: self.add_series())
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("remove_pair_button")
        remove.setToolTip(
            self.tr("Remove the selected series you added (Delete); the catalogue's stay")
        )
        remove.setEnabled(False)
        remove.clicked.connect(self._crypto.remove_current)
        self._crypto.current_removable.connect(remove.setEnabled)
        self.remove_button = remove
        self.derived_button = DerivedButton()
        self.derived_button.chosen.connect(self.add_series)
        row = QWidget()
        outer = QVBoxLayout(row)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        layout.addWidget(remove)
        outer.addLayout(layout)
        outer.addWidget(self.derived_button)
        return edit, row

    def _build_exchange_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("exchange_box")
        box.setToolTip(
            self.tr("Exchange for pairs like BTC/USDT. Auto tries the exchanges in order and "
                    "falls back when one refuses your region.")
        )  # fmt: skip
        box.activated.connect(self._on_exchange_picked)
        return box

    # -- public API -------------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """List the catalogue's equities, crypto series and exchange chain (no signal)."""
        equity, crypto, exchange = self._shown_selection()
        self._catalogue = catalogue
        with QSignalBlocker(self._equity):
            self._equity.clear()
            for inst in catalogue.by_class("equity"):
                self._equity.addItem(_equity_label(inst), inst.symbol)
                last = self._equity.count() - 1
                self._equity.setItemData(last, inst.name, Qt.ItemDataRole.ToolTipRole)
        with QSignalBlocker(self._crypto):
            self._crypto.clear()
            for inst in catalogue.by_class("crypto"):
                self._crypto.add_entry(inst.label, _crypto_tooltip(inst), checked=False)
        self._fill_exchanges(catalogue.exchange_chain)
        self.derived_button.set_catalogue(catalogue)
        if equity or crypto:
            self.set_selection(equity, crypto, exchange)

    def _fill_exchanges(self, chain: tuple[str, ...]) -> None:
        with QSignalBlocker(self._exchange):
            self._exchange.clear()
            self._exchange.addItem(self.tr("Auto ({chain})").format(chain=" → ".join(chain)), "")
            for name in chain:
                self._exchange.addItem(name, name)

    def set_selection(self, equity: str, crypto: list[str], exchange: str) -> None:
        """Show this selection without emitting; unknown entries are added to the lists.

        Leaves demo mode: the synthetic entries go and the DEMO note hides.
        """
        self._leave_demo()
        self._show_selection(equity, crypto, exchange)
        self._accepted = self._previous = self._shown_selection()

    def set_demo(self, equity: str, crypto: list[str]) -> None:
        """Show that demo series are charted: ticked, locked, under a DEMO note (no signal).

        A later real selection keeps the real crypto series that were selected before.
        """
        if not self._demo:
            self._real_crypto = list(self.selection()[1])
        self._leave_demo()
        self._demo = True
        self._demo_equity = equity
        self._demo_note.setVisible(True)
        self._crypto.tick_only(())
        for text in crypto:
            self._crypto.add_entry(text, self.tr("Synthetic demo series"), True, demo=True)
        self._show_equity(equity)
        self._accepted = self._previous = None  # any real choice is a change

    def is_demo(self) -> bool:
        """True while the picker shows a demo session."""
        return self._demo

    def _leave_demo(self) -> None:
        if not self._demo:
            return
        self._demo = False
        self._demo_note.setVisible(False)
        self._crypto.drop_demo()

    def _show_selection(self, equity: str, crypto: list[str], exchange: str) -> None:
        self._show_equity(equity)
        for text in crypto:
            if self._crypto.entry(text) is None:
                tip = _typed_tooltip(self._catalogue, text)
                self._crypto.add_entry(text, tip, checked=True, typed=True)
        self._crypto.tick_only(crypto)
        self._select_exchange(exchange)

    def _select_exchange(self, exchange: str) -> None:
        with QSignalBlocker(self._exchange):
            index = self._exchange.findData(exchange)
            if index < 0:
                self._exchange.addItem(exchange, exchange)
                index = self._exchange.count() - 1
            self._exchange.setCurrentIndex(index)

    def selection(self) -> tuple[str, list[str], str]:
        """The selection in force: equity text, crypto texts, exchange ('' = auto).

        That is the last one emitted or set; after ``set_error`` it is the one before the
        failed attempt. What the user is still typing does not count until it is emitted.
        """
        return self._accepted if self._accepted is not None else self._shown_selection()

    def _shown_selection(self) -> tuple[str, list[str], str]:
        checked = self._crypto.ticked()
        equity = self._equity_text()
        if self._demo:  # what is shown is synthetic: ask for the real counterparts
            equity = equity.removeprefix(DEMO_PREFIX)
            checked = checked or list(self._real_crypto)
        return equity, checked, self._exchange.currentData() or AUTO_EXCHANGE

    def set_error(self, message: str | None) -> None:
        """Show why the last emitted selection failed (None clears the message).

        The widgets go back to the selection before the failed one (the one still
        charted), so what is shown is what is in force; the message names what failed.
        """
        self._show_error(message)
        if message and self._demo:  # the demo is still charted: show it again
            self._show_equity(self._demo_equity)
            self._crypto.tick_only(
                i.data(TEXT_ROLE) for i in self._crypto.entries() if i.data(DEMO_ROLE)
            )
            self._accepted = self._previous = None
        elif message and self._previous is not None:
            self._accepted = self._previous
            self._show_selection(*self._previous)

    def show_message(self, message: str | None) -> None:
        """Show a message inline without changing the selection (None clears it)."""
        self._show_error(message)

    def _show_error(self, message: str | None) -> None:
        self._error.setText(message or "")
        self._error.setVisible(bool(message))

    def error_text(self) -> str:
        """The inline error shown, or '' when none."""
        return self._error.text() if not self._error.isHidden() else ""

    # -- internals --------------------------------------------------------------------

    def _show_equity(self, symbol: str) -> None:
        index = self._equity.findData(symbol)
        with QSignalBlocker(self._equity):
            self._equity.setCurrentIndex(index)
            if index < 0:
                self._equity.setEditText(symbol)

    def _equity_text(self) -> str:
        text = self._equity.currentText().strip()
        index = self._equity.findText(text)
        return self._equity.itemData(index) if index >= 0 else text

    def _resolve(self, text: str) -> Instrument | None:
        """The instrument ``text`` names, or None after showing why it cannot be one."""
        if not text:
            self._show_error(self.tr("Type a ticker or a pair first"))
            return None
        if self._catalogue is None:
            self._show_error(self.tr("The instrument list is not loaded yet"))
            return None
        try:
            return self._catalogue.resolve(text)
        except InvalidParameter as error:
            self._show_error(str(error))
            return None

    def _on_equity_picked(self, index: int) -> None:
        if index >= 0:
            self._emit_selection()

    def _on_equity_typed(self) -> None:
        inst = self._resolve(self._equity_text())
        if inst is not None and inst.is_crypto:
            self._show_error(
                self.tr("{symbol} is a crypto series: add it under Crypto").format(
                    symbol=inst.symbol
                )
            )
            return
        if inst is not None:
            self._show_equity(inst.label)  # typed "iwm" shows as the catalogue's IWM
            self._emit_selection()

    def add_series(self, text: str | None = None) -> bool:
        """Add and tick the crypto series ``text`` (a pair, a ticker or a derived series;
        None: what the Add field holds, cleared once added), then emit the selection;
        False, with the reason shown, when it cannot be one."""
        typed = text is None
        inst = self._resolve(self._pair_edit.text().strip() if typed else text)
        if inst is None:
            return False
        if not inst.is_crypto:
            self._show_error(self.tr("{symbol} is not a crypto series").format(symbol=inst.symbol))
            return False
        if self._crypto.entry(inst.label) is None:
            self._crypto.add_entry(inst.label, _crypto_tooltip(inst), True, typed=True)
        self._crypto.tick_only([*self._crypto.ticked(), inst.label])
        if typed:
            self._pair_edit.clear()
        self._emit_selection()
        return True

    def _on_crypto_toggled(self, _item) -> None:
        self._emit_selection()  # none ticked is a choice too: the equity alone

    def listed_texts(self) -> list[str]:
        """Every symbol listed (equities, then crypto series), as a selection names them."""
        equities = [self._equity.itemData(i) for i in range(self._equity.count())]
        return [*equities, *(item.data(TEXT_ROLE) for item in self._crypto.entries())]

    def set_cached(self, spans: dict[str, tuple]) -> None:
        """Mark what the cache holds: ``spans`` maps an entry's text (as listed) to its
        cached daily (first, last, bars); the others read as not cached."""
        self._crypto.set_cached(spans)
        for index in range(self._equity.count()):
            name = self._equity.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""
            tip = f"{name.split(chr(10))[0]}\n{cache_tip(spans.get(self._equity.itemData(index)))}"
            self._equity.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def _on_exchange_picked(self, _index: int) -> None:
        self._emit_selection()

    def _emit_selection(self) -> None:
        selection = self._shown_selection()
        if selection == self._accepted:
            return
        self._show_error(None)
        self._previous, self._accepted = self._accepted, selection
        self.selection_changed.emit(*selection)
