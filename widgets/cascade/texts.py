"""The cascade's words in the UI language: stage names and cycle statuses.

The core (``models.cascade``) names a stage by its role in English ("credit", "small
caps"); the window says it in the UI language (context ``Cascade``). The roles and the
cycle statuses are tables marked for lupdate where they are defined; a role the table
does not know (a stage the user typed) falls back to its symbol.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.cascade.cycles import BEFORE, NO_DATA, NO_TURN, TURNED
from models.cascade.stages import Stage

CONTEXT = "Cascade"
#: longest symbol a name shows (a basket's full text is in the tooltips and the caption)
LABEL_CHARS = 22
#: the roles of ``models.cascade.stages`` (DEFAULT_CHAIN, KNOWN_STAGES, role_of)
ROLE_NAMES = (
    QT_TRANSLATE_NOOP("Cascade", "net liquidity"),
    QT_TRANSLATE_NOOP("Cascade", "credit"),
    QT_TRANSLATE_NOOP("Cascade", "bonds"),
    QT_TRANSLATE_NOOP("Cascade", "large caps"),
    QT_TRANSLATE_NOOP("Cascade", "small caps"),
    QT_TRANSLATE_NOOP("Cascade", "BTC"),
    QT_TRANSLATE_NOOP("Cascade", "ETH"),
    QT_TRANSLATE_NOOP("Cascade", "alts"),
    QT_TRANSLATE_NOOP("Cascade", "Fed balance sheet"),
    QT_TRANSLATE_NOOP("Cascade", "ETH/BTC"),
)
#: how a stage fared in one cycle (``models.cascade.cycles``)
STATUS_NAMES = {
    TURNED: QT_TRANSLATE_NOOP("Cascade", "turned"),
    BEFORE: QT_TRANSLATE_NOOP("Cascade", "out of order"),
    NO_TURN: QT_TRANSLATE_NOOP("Cascade", "no turn"),
    NO_DATA: QT_TRANSLATE_NOOP("Cascade", "no data"),
}


def translated(text: str) -> str:
    """``text`` (marked in the ``Cascade`` context) in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def short_symbol(symbol: str) -> str:
    """``symbol`` cut to ``LABEL_CHARS`` with an ellipsis."""
    return symbol if len(symbol) <= LABEL_CHARS else symbol[: LABEL_CHARS - 1] + "…"


def stage_name(stage: Stage, mark_inverted: bool = True) -> str:
    """The stage as a row or a table names it: its role in the UI language (else its
    symbol, shortened), marked when inverted (unless not ``mark_inverted``):
    ``кредит (инверсия)``."""
    name = translated(stage.role) if stage.role else short_symbol(stage.symbol)
    if stage.inverted and mark_inverted:
        name = QCoreApplication.translate("Cascade", "{name} (inverted)").format(name=name)
    return name


def status_name(status: str) -> str:
    """A cycle status (``turned``, ``no turn`` ...) in the UI language."""
    return translated(STATUS_NAMES.get(status, status))
