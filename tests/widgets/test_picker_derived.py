"""SymbolPicker and derived series: the syntax in the Add field, the one-line refusal, the
ready-made ratios and indices, and what a derived row says it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.errors import InvalidParameter
from models.market.instruments import load_catalogue
from widgets.symbol_picker import SymbolPicker

CATALOGUE = load_catalogue()


@pytest.fixture
def picker(qtbot):
    widget = SymbolPicker()
    qtbot.addWidget(widget)
    widget.set_catalogue(CATALOGUE)
    widget.set_selection("^RUT", ["BTC/USDT"], "")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _add(qtbot, picker, text: str) -> list[tuple]:
    seen: list[tuple] = []
    picker.selection_changed.connect(lambda *args: seen.append(args))
    edit = picker.findChild(object, "pair_edit")
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return seen


@pytest.mark.parametrize(
    ("typed", "listed", "what"),
    [
        ("ETH/USDT / BTC/USDT", "ETH/USDT / BTC/USDT", "ETH/USDT divided by BTC/USDT"),
        ("basket(sol/usdt,  XRP/USDT, ADA/USDT)", "basket(SOL/USDT, XRP/USDT, ADA/USDT)",
         "Equal-weight basket of SOL/USDT, XRP/USDT, ADA/USDT"),
        ("AltSeason", "altseason", "The share (0-100) of 30 alts beating BTC-USD over 90 days"),
        ("altseason(window=60)", "altseason(window=60)", "over 60 days"),
    ],
)  # fmt: skip
def test_a_derived_series_typed_in_the_add_field_is_listed_ticked_and_emitted(
    qtbot, picker, typed, listed, what
):
    seen = _add(qtbot, picker, typed)
    assert seen == [("^RUT", ["BTC/USDT", listed], "")]  # the canonical text, as charted
    row = picker.crypto_list.entry(listed)
    assert row.checkState() == Qt.CheckState.Checked and what in row.toolTip()
    assert picker.findChild(object, "pair_edit").text() == "" and picker.error_text() == ""


@pytest.mark.parametrize(
    "typed",
    [
        "ETH/USDT /BTC/USDT",  # a lopsided slash
        "ETH/USDT / BTC/USDT / SOL/USDT",  # three operands
        "basket(SOL/USDT, ADA/USDT",  # unbalanced
        "basket(SOL/USDT)",  # one member
        "altseason(USDC-USD)",  # a stablecoin in the universe
        "altseason(window=3)",  # out of range
        "median(SOL/USDT, ADA/USDT)",  # no such function
    ],
)
def test_bad_syntax_is_refused_with_the_cores_one_sentence(qtbot, picker, typed):
    with pytest.raises(InvalidParameter) as refused:
        CATALOGUE.resolve(typed)
    seen = _add(qtbot, picker, typed)
    assert seen == [] and picker.error_text() == str(refused.value)
    assert "\n" not in picker.error_text()
    assert picker.selection() == ("^RUT", ["BTC/USDT"], "")
    assert picker.findChild(object, "pair_edit").text() == typed  # kept, to be corrected


def test_a_ratio_of_two_equities_is_not_a_crypto_series(qtbot, picker):
    seen = _add(qtbot, picker, "^RUT / ^GSPC")
    assert seen == [] and "not a crypto series" in picker.error_text()


def test_the_common_derived_series_are_offered_and_added_as_if_typed(qtbot, picker):
    button = picker.derived_button
    assert button.isEnabled() and button.toolTip()
    assert button.texts() == list(CATALOGUE.common_derived)
    assert button.texts() == [
        "ETH/USDT / BTC/USDT",
        "basket(SOL/USDT, XRP/USDT, ADA/USDT)",
        "altseason",
    ]
    names = [action.text() for action in button.menu().actions()]
    assert names[0].startswith("Ratio:") and names[1].startswith("Equal-weight basket of 3:")
    assert names[2] == "Altcoin season index: altseason"
    seen: list[tuple] = []
    picker.selection_changed.connect(lambda *args: seen.append(args))
    for action in button.menu().actions():
        action.trigger()
    assert seen[-1] == ("^RUT", ["BTC/USDT", *CATALOGUE.common_derived], "")
    assert len(seen) == 3


def test_add_series_from_elsewhere_refuses_like_the_field(picker):
    assert picker.add_series("altseason") is True
    assert picker.add_series("altseason(BTC-USD)") is False  # BTC is the benchmark
    assert "benchmark" in picker.error_text()
    assert picker.selection()[1] == ["BTC/USDT", "altseason"]


def test_a_derived_series_restored_from_the_settings_says_what_it_is(qtbot):
    widget = SymbolPicker()
    qtbot.addWidget(widget)
    widget.set_catalogue(CATALOGUE)
    widget.set_selection("^RUT", ["basket(SOL/USDT, XRP/USDT, ADA/USDT)"], "")
    row = widget.crypto_list.entry("basket(SOL/USDT, XRP/USDT, ADA/USDT)")
    assert row is not None and "Equal-weight basket" in row.toolTip()
