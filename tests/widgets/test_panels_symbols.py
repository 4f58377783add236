"""SymbolPicker: catalogue lists, typed tickers and pairs, exchange choice, inline errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.market.instruments import load_catalogue
from widgets.symbol_picker import SymbolPicker


@pytest.fixture
def picker(qtbot):
    widget = SymbolPicker()
    qtbot.addWidget(widget)
    widget.set_catalogue(load_catalogue())
    widget.set_selection("^RUT", ["BTC/USDT", "ETH/USDT"], "")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _collect(picker) -> list[tuple]:
    seen: list[tuple] = []
    picker.selection_changed.connect(lambda *args: seen.append(args))
    return seen


def _child(picker, name):
    return picker.findChild(object, name)


def _type_equity(qtbot, picker, text: str) -> None:
    edit = _child(picker, "equity_box").lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_catalogue_fills_the_lists(picker):
    equity = _child(picker, "equity_box")
    assert equity.itemData(0) == "^RUT"
    assert "Russell 2000" in equity.itemText(0)
    crypto = _child(picker, "crypto_list")
    assert crypto.count() == len(load_catalogue().by_class("crypto"))
    exchange = _child(picker, "exchange_box")
    assert exchange.itemData(0) == ""
    assert [exchange.itemData(i) for i in range(1, exchange.count())] == ["binance", "bybit", "okx"]


def test_set_selection_is_silent_and_readable(picker):
    seen = _collect(picker)
    picker.set_selection("IWM", ["ETH/USDT", "SOL/USDT@kraken"], "bybit")
    assert seen == []
    assert picker.selection() == ("IWM", ["ETH/USDT", "SOL/USDT@kraken"], "bybit")


def test_typed_ticker_is_emitted(picker, qtbot):
    seen = _collect(picker)
    _type_equity(qtbot, picker, "xbi")
    assert seen == [("XBI", ["BTC/USDT", "ETH/USDT"], "")]


def test_typed_catalogue_symbol_selects_its_entry(picker, qtbot):
    seen = _collect(picker)
    _type_equity(qtbot, picker, "iwm")
    assert seen == [("IWM", ["BTC/USDT", "ETH/USDT"], "")]
    assert "iShares" in _child(picker, "equity_box").currentText()


def test_typed_garbage_shows_an_error_and_keeps_the_selection(picker, qtbot):
    seen = _collect(picker)
    before = picker.selection()
    _type_equity(qtbot, picker, "$$$")
    assert seen == []
    assert "not a Yahoo ticker" in picker.error_text()
    assert picker.selection() == before
    assert _child(picker, "equity_box").currentText() == "$$$"  # left there to correct


def test_set_error_restores_the_selection_before_the_failed_one(picker, qtbot):
    seen = _collect(picker)
    before = picker.selection()
    _type_equity(qtbot, picker, "XQZ")
    assert picker.selection()[0] == "XQZ"
    picker.set_error("Yahoo has no ticker 'XQZ'.")
    assert picker.error_text() == "Yahoo has no ticker 'XQZ'."
    assert picker.selection() == before
    # the widgets show the selection in force again, not the failed attempt
    assert _child(picker, "equity_box").currentData() == "^RUT"
    assert len(seen) == 1


def test_show_message_keeps_the_selection_ticked(picker):
    before = picker.selection()
    picker.show_message("ETH/USDT: nothing cached and the app is offline.")
    assert "ETH/USDT" in picker.error_text()
    assert picker.selection() == before


def test_demo_mode_ticks_the_demo_series_and_leaving_it_is_explicit(picker):
    seen = _collect(picker)
    demo = ["DEMO BTC/USDT", "DEMO ETH/USDT", "DEMO SOL/USDT", "DEMO DOGE/USDT"]
    picker.set_demo("DEMO ^RUT", demo)
    assert seen == [] and picker.is_demo()
    assert _child(picker, "picker_demo").isVisibleTo(picker)
    crypto = _child(picker, "crypto_list")
    ticked = [
        crypto.item(r).text()
        for r in range(crypto.count())
        if crypto.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == demo
    assert _child(picker, "equity_box").currentText() == "DEMO ^RUT"
    sol = crypto.findItems("SOL/USDT", Qt.MatchFlag.MatchExactly)[0]
    sol.setCheckState(Qt.CheckState.Checked)  # a real series: ask for real data
    assert seen == [("^RUT", ["SOL/USDT"], "")]
    picker.set_error("SOL/USDT: nothing cached and the app is offline.")
    assert picker.is_demo() and sol.checkState() == Qt.CheckState.Unchecked
    picker.set_selection("^RUT", ["SOL/USDT"], "")
    assert not picker.is_demo() and not crypto.findItems("DEMO", Qt.MatchFlag.MatchContains)
    assert not _child(picker, "picker_demo").isVisibleTo(picker)


def test_changing_the_equity_in_demo_mode_keeps_the_real_crypto(picker, qtbot):
    seen = _collect(picker)
    picker.set_demo("DEMO ^RUT", ["DEMO BTC/USDT"])
    _type_equity(qtbot, picker, "IWM")
    assert seen == [("IWM", ["BTC/USDT", "ETH/USDT"], "")]


def test_set_error_alone_changes_nothing(picker):
    seen = _collect(picker)
    before = picker.selection()
    picker.set_error("Rate limited by Yahoo; retrying in 30 s")
    assert picker.selection() == before
    assert seen == []
    picker.set_error(None)
    assert picker.error_text() == ""


def test_ticking_a_crypto_emits(picker):
    seen = _collect(picker)
    crypto = _child(picker, "crypto_list")
    sol = crypto.findItems("SOL/USDT", Qt.MatchFlag.MatchExactly)[0]
    sol.setCheckState(Qt.CheckState.Checked)
    assert seen == [("^RUT", ["BTC/USDT", "ETH/USDT", "SOL/USDT"], "")]


def test_unticking_every_coin_asks_for_the_equity_alone(picker):
    picker.set_selection("^RUT", ["BTC/USDT"], "")
    seen = _collect(picker)
    crypto = _child(picker, "crypto_list")
    crypto.entry("BTC/USDT").setCheckState(Qt.CheckState.Unchecked)
    assert seen == [("^RUT", [], "")]
    assert picker.selection()[1] == []
    assert picker.error_text() == ""


def test_a_mistyped_symbol_can_be_removed_and_leaves_the_selection(picker, qtbot):
    edit = _child(picker, "pair_edit")
    qtbot.keyClicks(edit, "BTCX/USDT")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    crypto, remove = _child(picker, "crypto_list"), _child(picker, "remove_pair_button")
    assert "BTCX/USDT" in picker.selection()[1]
    seen = _collect(picker)
    crypto.setCurrentItem(crypto.entry("BTC/USDT"))
    assert not remove.isEnabled()  # the catalogue's entries stay
    assert not crypto.remove_current()
    crypto.setCurrentItem(crypto.entry("BTCX/USDT"))
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert crypto.entry("BTCX/USDT") is None
    assert seen == [("^RUT", ["BTC/USDT", "ETH/USDT"], "")]
    # the Delete key does the same
    qtbot.keyClicks(edit, "ETHZ/USDT")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    crypto.setCurrentItem(crypto.entry("ETHZ/USDT"))
    qtbot.keyClick(crypto, Qt.Key.Key_Delete)
    assert crypto.entry("ETHZ/USDT") is None
    assert picker.selection()[1] == ["BTC/USDT", "ETH/USDT"]


def test_cached_series_show_their_date_range(picker):
    import pandas as pd

    span = (pd.Timestamp("2017-08-17"), pd.Timestamp("2026-08-21"), 3293)
    picker.set_cached({"BTC/USDT": span, "^RUT": span})
    crypto = _child(picker, "crypto_list")
    btc, eth = crypto.entry("BTC/USDT"), crypto.entry("ETH/USDT")
    assert btc.text() == "BTC/USDT   2017-08 – 2026-08"
    assert "3,293 daily bars, 2017-08-17 to 2026-08-21" in btc.toolTip()
    assert eth.text() == "ETH/USDT" and "Not cached" in eth.toolTip()
    assert picker.selection()[1] == ["BTC/USDT", "ETH/USDT"]  # the texts stay the symbols
    equity = _child(picker, "equity_box")
    assert "2017-08-17" in equity.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert "^RUT" in picker.listed_texts() and "BTC/USDT" in picker.listed_texts()


def test_typed_pair_is_added_ticked_and_emitted(picker, qtbot):
    seen = _collect(picker)
    edit = _child(picker, "pair_edit")
    qtbot.keyClicks(edit, "sol/usdt@kraken")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert seen == [("^RUT", ["BTC/USDT", "ETH/USDT", "SOL/USDT@kraken"], "")]
    assert edit.text() == ""


def test_an_equity_typed_as_a_crypto_pair_is_refused(picker, qtbot):
    seen = _collect(picker)
    edit = _child(picker, "pair_edit")
    qtbot.keyClicks(edit, "IWM")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert seen == []
    assert "not a crypto" in picker.error_text()


def test_exchange_choice_emits(picker, qtbot):
    seen = _collect(picker)
    box = _child(picker, "exchange_box")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert seen == [("^RUT", ["BTC/USDT", "ETH/USDT"], "binance")]


def test_every_control_has_a_tooltip(picker):
    for name in ("equity_box", "crypto_list", "pair_edit", "add_pair_button", "exchange_box"):
        assert _child(picker, name).toolTip()


def test_without_a_catalogue_typing_explains_instead_of_emitting(qtbot):
    picker = SymbolPicker()
    qtbot.addWidget(picker)
    seen = _collect(picker)
    _type_equity(qtbot, picker, "IWM")
    assert seen == []
    assert "not loaded" in picker.error_text()


def test_crypto_typed_as_the_equity_is_refused(picker, qtbot):
    seen = _collect(picker)
    _type_equity(qtbot, picker, "BTC/USDT")
    assert seen == []
    assert "Crypto" in picker.error_text()
