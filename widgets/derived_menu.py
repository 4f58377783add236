"""The symbol picker's ready-made derived series, and what a derived row says it is.

``DerivedButton`` is a small "Ratios and indices" button beside the Add field whose menu
lists the catalogue's common derived series (an ETH/BTC ratio, a basket of alts, the
altcoin season index), each named by what it is with the text it stands for; choosing
one emits ``chosen(text)``, as if it had been typed. ``derived_tooltip`` words a derived
instrument for its row's tooltip in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from models.derived.syntax import BASKET, RATIO
from models.errors import InvalidParameter
from models.market.instruments import Catalogue, Instrument


def derived_title(inst: Instrument) -> str:
    """What a derived series is, in a few words ("Ratio", "Basket of 3", ...)."""
    recipe = inst.recipe
    if recipe.kind == RATIO:
        return QCoreApplication.translate("SymbolPicker", "Ratio")
    if recipe.kind == BASKET:
        return QCoreApplication.translate("SymbolPicker", "Equal-weight basket of {n}").format(
            n=len(recipe.members)
        )
    if inst.is_breadth:
        return QCoreApplication.translate("SymbolPicker", "Altcoin season index")
    return QCoreApplication.translate("SymbolPicker", "Derived series")


def derived_tooltip(inst: Instrument) -> str:
    """One sentence on a derived instrument: what it is computed from, and where it is
    drawn (the altseason index in the breadth pane)."""
    recipe = inst.recipe
    labels = [m.label for m in recipe.members]
    if recipe.kind == RATIO:
        return QCoreApplication.translate(
            "SymbolPicker", "{a} divided by {b}, on the dates both have a close"
        ).format(a=labels[0], b=labels[1])
    if recipe.kind == BASKET:
        return QCoreApplication.translate(
            "SymbolPicker",
            "Equal-weight basket of {members}, rebalanced daily; a coin counts from its first bar",
        ).format(members=", ".join(labels))
    if inst.is_breadth:
        return QCoreApplication.translate(
            "SymbolPicker",
            "The share (0-100) of {n} alts beating {benchmark} over {window} days; drawn in "
            "the breadth pane (View menu)",
        ).format(n=len(labels), benchmark=recipe.benchmark.label, window=recipe.window_days)
    return QCoreApplication.translate("SymbolPicker", "Computed from {inputs}").format(
        inputs=", ".join(labels)
    )


class DerivedButton(QToolButton):
    """A button whose menu offers the catalogue's common derived series."""

    chosen = Signal(str)  # the text of the series, as it would be typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("derived_button")
        self.setText(self.tr("Ratios and indices"))
        self.setToolTip(
            self.tr(
                "Add a ready-made derived series: the ETH/BTC ratio, a basket of alts or the "
                "altcoin season index. Any other can be typed: A / B (spaces around the "
                "slash), basket(A, B, ...), altseason(window=60)"
            )
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self.setMenu(self._menu)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """List ``catalogue.common_derived`` (one that does not resolve is left out)."""
        self._menu.clear()
        for text in catalogue.common_derived:
            try:
                inst = catalogue.resolve(text)
            except InvalidParameter:
                continue
            action = self._menu.addAction(f"{derived_title(inst)}: {text}")
            action.setToolTip(derived_tooltip(inst))
            action.setData(text)
            action.triggered.connect(lambda _checked=False, t=text: self.chosen.emit(t))
        self.setEnabled(not self._menu.isEmpty())

    def texts(self) -> list[str]:
        """The texts offered, in menu order."""
        return [action.data() for action in self._menu.actions()]
