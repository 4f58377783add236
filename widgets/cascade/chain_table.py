"""The chain table: for each hop the lead with its interval, the windowed p with N, and
the total from the first stage to the last (the sum of the hops and the direct hop).

Numbers are written in the UI locale; the p-value as ``format_p`` states it
(``widgets.formatting.format_p_stated``), its floor as "p ≤ 0.001 (1,000 draws)"; N sits
beside every p. A hop without figures (the stages do not overlap) shows dashes and says
why in its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from widgets.cascade.rows import DIRECT, HOP, SUM, ChainRow
from widgets.cascade.texts import translated
from widgets.formatting import (
    MISSING,
    day_unit,
    format_correlation,
    format_count,
    format_days,
    format_lag,
    format_p_stated,
    is_missing,
)
from widgets.panel_theme import FollowsPalette, PanelTheme, application_panel_theme

#: the columns, marked for lupdate in the ``Cascade`` context; most needed first, so a
#: narrow dock shows the hop, its lead, p and N before it scrolls
COLUMNS = (
    QT_TRANSLATE_NOOP("Cascade", "Hop"),
    QT_TRANSLATE_NOOP("Cascade", "Lead"),
    QT_TRANSLATE_NOOP("Cascade", "p"),
    QT_TRANSLATE_NOOP("Cascade", "N"),
    QT_TRANSLATE_NOOP("Cascade", "95% interval"),
    QT_TRANSLATE_NOOP("Cascade", "ρ"),
)
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("Cascade", "Each stage against the one before it"),
    QT_TRANSLATE_NOOP(
        "Cascade", "The lag (calendar days) at which the follower best tracks the leader"
    ),
    QT_TRANSLATE_NOOP(
        "Cascade",
        "Family-wise p over the lags searched (block sign-flip null); its floor is 1 / (draws + 1)",
    ),
    QT_TRANSLATE_NOOP("Cascade", "Return pairs at the lead"),
    QT_TRANSLATE_NOOP(
        "Cascade",
        "The lags not rejected as the best at 95% (cautious: wide when the lead is weak)",
    ),
    QT_TRANSLATE_NOOP("Cascade", "Correlation of the returns at the lead"),
)
LEAD_COLUMN, P_COLUMN = 1, 2
SIGNIFICANT = 0.05
#: a line's height over the font's: the table must show its lines in a short dock
LINE_SPACING_PX = 6


class CascadeChainTable(FollowsPalette, QTableWidget):
    """A line per hop, then the total (see the module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("cascade_chain_table")
        self._rows: list[ChainRow] = []
        self._theme: PanelTheme = application_panel_theme()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        line = self.fontMetrics().height() + LINE_SPACING_PX
        self.verticalHeader().setDefaultSectionSize(line)
        self.verticalHeader().setMinimumSectionSize(line)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, (title, tip) in enumerate(zip(COLUMNS, COLUMN_TIPS, strict=True)):
            item = QTableWidgetItem(translated(title))
            item.setToolTip(translated(tip))
            self.setHorizontalHeaderItem(column, item)

    def set_rows(self, rows: Sequence[ChainRow]) -> None:
        """Show ``rows`` (the hops in order, then the totals), replacing what was shown."""
        self._rows = list(rows)
        self.setRowCount(len(self._rows))
        for line, row in enumerate(self._rows):
            texts = row_texts(row)
            tip = row_tip(row)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.kind != HOP:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(line, column, item)
        self._colour_p()

    def set_search(self, min_lag: int, max_lag: int, draws: int) -> None:
        """Name the lags searched in the Lead header (``Lead (0..+90 d)``) and the draws
        in the p header's tooltip."""
        header = self.horizontalHeaderItem(LEAD_COLUMN)
        header.setText(
            QCoreApplication.translate("Cascade", "Lead ({window})").format(
                window=interval_text((min_lag, max_lag))
            )
        )
        tip = QCoreApplication.translate(
            "Cascade",
            "Family-wise p over the lags searched ({low}..{high} d) from {draws} draws of a "
            "block sign-flip null; its floor is 1 / (draws + 1)",
        ).format(low=format_days(min_lag), high=format_days(max_lag), draws=format_count(draws))
        self.horizontalHeaderItem(P_COLUMN).setToolTip(tip)

    def rows(self) -> list[ChainRow]:
        """The lines shown."""
        return list(self._rows)

    def text_at(self, line: int, column: int) -> str:
        """The text of one cell (for tests and the accessibility tree)."""
        item = self.item(line, column)
        return "" if item is None else item.text()

    def _apply_theme(self, theme: PanelTheme) -> None:
        self._theme = theme
        self._colour_p()

    def _colour_p(self) -> None:
        for line, row in enumerate(self._rows):
            item = self.item(line, P_COLUMN)
            if item is None:
                continue
            strong = not is_missing(row.p_value) and row.p_value < SIGNIFICANT
            colour = self._theme.positive if strong else self._theme.foreground
            item.setForeground(QBrush(QColor(colour)))


def row_texts(row: ChainRow) -> list[str]:
    """The cells of one line, in the UI locale."""
    if row.kind == SUM:
        name = QCoreApplication.translate("Cascade", "Sum of the hops")
    elif row.kind == DIRECT:
        name = QCoreApplication.translate("Cascade", "Direct: {first} → {last}").format(
            first=row.leader, last=row.follower
        )
    else:
        name = f"{row.leader} → {row.follower}"
    if row.lag_days is None:
        return [name, MISSING, MISSING, MISSING, MISSING, MISSING]
    p_text = MISSING if row.kind == SUM else format_p_stated(row.p_value, row.draws)
    n_text = MISSING if row.kind == SUM else format_count(row.n)
    return [
        name,
        format_lag(row.lag_days),
        p_text,
        n_text,
        interval_text(row.interval),
        MISSING if row.kind == SUM else format_correlation(row.correlation),
    ]


def interval_text(interval: tuple[int, int] | None) -> str:
    """``0..+90 d`` in the UI locale (a dash when there is none)."""
    if interval is None:
        return MISSING
    low, high = interval
    return f"{format_days(low)}..{format_days(high)} {day_unit()}"


def row_tip(row: ChainRow) -> str:
    """What a line's tooltip says: how the hop was aligned, or why it has no figures."""
    if row.kind == SUM:
        return QCoreApplication.translate(
            "Cascade",
            "The hops' leads added up; the interval is their intervals added end to end "
            "(it holds whenever every hop's interval holds its own)",
        )
    parts = [row.note] if row.note else []
    if row.detail:
        parts.append(row.detail)
    return "\n".join(parts)
