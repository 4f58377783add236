"""The altcoin universe editor: add, refuse with the core's sentence, remove, reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from models.derived.universe import Universe
from models.errors import InvalidParameter
from models.market.instruments import load_catalogue
from widgets.universe_dialog import UniverseDialog

CATALOGUE = load_catalogue()
SMALL = Universe(("SOL-USD", "XRP-USD", "ADA-USD"))


@pytest.fixture
def dialog(qtbot):
    widget = UniverseDialog(CATALOGUE, SMALL)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, dialog, text: str) -> None:
    edit = dialog.findChild(object, "universe_edit")
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_it_opens_on_the_universe_in_force_with_its_size(dialog):
    assert dialog.symbols() == ["SOL-USD", "XRP-USD", "ADA-USD"]
    assert dialog.findChild(object, "universe_size").text() == "3 alts (edited)"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("survivorship" in text and "BTC-USD" in text for text in labels)


def test_an_alt_is_added_as_the_catalogue_names_it(qtbot, dialog):
    _type(qtbot, dialog, "dot/usdt")
    assert dialog.symbols()[-1] == "DOT/USDT" and dialog.error_text() == ""
    assert dialog.universe().symbols == ("SOL-USD", "XRP-USD", "ADA-USD", "DOT/USDT")
    assert dialog.findChild(object, "universe_edit").text() == ""


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("USDC-USD", "a stablecoin"),
        ("WBTC/USDT", "a wrapped or staked token"),
        ("PAXG-USD", "an asset-backed token"),
        ("BTC-USD", "the benchmark"),
        ("SOL/USDT", "in the universe twice"),
        ("SPY", "not a crypto asset"),
        ("altseason", "a derived series"),
        ("not a symbol!", "is not a Yahoo ticker"),
    ],
)
def test_what_cannot_be_an_alt_is_refused_with_the_cores_sentence(qtbot, dialog, typed, why):
    with pytest.raises(InvalidParameter) as refused:
        SMALL.added(CATALOGUE, typed)
    _type(qtbot, dialog, typed)
    assert dialog.error_text() == str(refused.value) and why in dialog.error_text()
    assert dialog.universe() == SMALL and dialog.symbols() == list(SMALL.symbols)


def test_an_empty_field_asks_for_a_symbol(qtbot, dialog):
    _type(qtbot, dialog, "  ")
    assert "Type an alt's symbol first" in dialog.error_text()


def test_remove_and_delete_take_the_selected_alt_out_but_never_the_last(qtbot, dialog):
    listing = dialog.findChild(object, "universe_list")
    listing.setCurrentRow(1)
    dialog.findChild(object, "universe_remove").click()
    assert dialog.symbols() == ["SOL-USD", "ADA-USD"]
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert dialog.symbols() == ["ADA-USD"]
    listing.setCurrentRow(0)
    dialog.remove_current()
    assert dialog.symbols() == ["ADA-USD"] and "at least one alt" in dialog.error_text()


def test_reset_brings_back_the_catalogues_universe(dialog):
    dialog.findChild(object, "universe_reset").click()
    assert dialog.universe() == Universe.default(CATALOGUE)
    assert len(dialog.symbols()) == 30
    assert dialog.findChild(object, "universe_size").text() == "30 alts"


def test_ok_accepts_with_the_edited_universe_and_cancel_does_not(qtbot, dialog):
    _type(qtbot, dialog, "DOGE-USD")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert dialog.universe().symbols[-1] == "DOGE-USD"
