"""The watch panel: where each rule stands on the last bar (or the replay day), what usually
followed its breakouts, and the fan of past cycles.

A table with one row per rule: the close, the trigger, the distance in % and points (or
"triggered"), armed or not (with the sessions to arm), the volume a breakout needs beside
the last session's ratio, and the last breakout (its date, verdict, days since). The row
chosen shows, beside it, the base rate at +30/+90/+180 d against every day with its N
("an anecdote" below 8 breakouts) and the fan (``FanPlot``). It takes the records of
``main.py watch --json``, one per rule (``set_watches``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.evidence.busy_bar import BusyBar, ShowsBusy
from widgets.evidence.fan_plot import FanPlot
from widgets.evidence.words import day_text, rule_words, verdict_words
from widgets.formatting import (
    day_unit,
    format_compact,
    format_count,
    format_p_value,
    format_percent,
    format_price,
    format_ratio,
    format_share,
    format_signed,
)

#: below this height (px) the rules and the base rate sit side by side
SHORT_PX = 330
#: the fan's share of the panel's width (at least FAN_MIN_PX) until the user moves it
FAN_SHARE, FAN_MIN_PX = 0.38, 300
RULE_COLUMNS = (
    QT_TRANSLATE_NOOP("WatchPanel", "Rule"),
    QT_TRANSLATE_NOOP("WatchPanel", "Close"),
    QT_TRANSLATE_NOOP("WatchPanel", "Trigger"),
    QT_TRANSLATE_NOOP("WatchPanel", "Distance"),
    QT_TRANSLATE_NOOP("WatchPanel", "Armed"),
    QT_TRANSLATE_NOOP("WatchPanel", "Volume needed"),
    QT_TRANSLATE_NOOP("WatchPanel", "Last breakout"),
)
RATE_COLUMNS = (
    QT_TRANSLATE_NOOP("WatchPanel", "Horizon"),
    QT_TRANSLATE_NOOP("WatchPanel", "N"),
    QT_TRANSLATE_NOOP("WatchPanel", "Rose"),
    QT_TRANSLATE_NOOP("WatchPanel", "Mean"),
    QT_TRANSLATE_NOOP("WatchPanel", "Every day rose"),
    QT_TRANSLATE_NOOP("WatchPanel", "Every day N"),
    QT_TRANSLATE_NOOP("WatchPanel", "p"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WatchPanel", text)


def distance_text(record: dict) -> str:
    """ "triggered", or "+0.95% (24.58 pts)" from the close up to the trigger."""
    if record["triggered"]:
        return QCoreApplication.translate("WatchPanel", "triggered")
    pct, points = record["distance_pct"], record["distance_points"]
    if pct is None:
        return QCoreApplication.translate("WatchPanel", "n/a")
    return QCoreApplication.translate("WatchPanel", "{pct} ({points} pts)").format(
        pct=format_signed(pct, 2) + "%", points=format_signed(points, 2)
    )


def armed_text(record: dict) -> str:
    """ "yes", "in N sessions", or "after a close at or below it"."""
    if record["armed"]:
        return QCoreApplication.translate("WatchPanel", "yes")
    wait = record["sessions_to_arm"]
    if wait is None:
        return QCoreApplication.translate(
            "WatchPanel", "no: needs a close at or below the level first"
        )
    return QCoreApplication.translate("WatchPanel", "in {n} sessions").format(n=format_count(wait))


def volume_text(record: dict) -> str:
    """The volume a breakout needs and the last session's ratio to the average."""
    volume = record["volume"]
    if volume["needed"] is None:
        return QCoreApplication.translate("WatchPanel", "no volume")
    text = format_compact(volume["needed"])
    if volume["source"] not in ("own", "none"):
        text += f" ({volume['source']})"
    if volume["last_ratio"] is not None:
        text += "; " + QCoreApplication.translate("WatchPanel", "last {ratio}").format(
            ratio=format_ratio(volume["last_ratio"])
        )
    return text


def last_text(record: dict) -> str:
    """The last breakout's date, verdict and days since, or "none"."""
    last = record["last_breakout"]
    if last is None:
        return QCoreApplication.translate("WatchPanel", "none")
    return QCoreApplication.translate("WatchPanel", "{date}, {verdict}, {days} days ago").format(
        date=day_text(last["date"]),
        verdict=verdict_words(last["verdict"]),
        days=format_count(last["days_since"]),
    )


def rule_cells(record: dict) -> list[str]:
    """One row of the rules table."""
    return [
        rule_words(record["rule"]),
        format_price(record["close"]),
        format_price(record["trigger"]),
        distance_text(record),
        armed_text(record),
        volume_text(record),
        last_text(record),
    ]


def rate_cells(row: dict, draws: int | None = None) -> list[str]:
    """One horizon of the base rate (``draws``: of its placebo p)."""
    return [
        f"+{format_count(row['horizon_days'])} {day_unit()}",
        format_count(row["n"]),
        format_share(row["hit_rate"]),
        format_percent(row["mean_return"]),
        format_share(row["baseline_share_up"]),
        format_count(row["baseline_n"]),
        format_p_value(row["p_value"], draws),
    ]


def _table(parent, columns) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels([_tr(c) for c in columns])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class WatchPanel(ShowsBusy, QWidget):
    """The rules, the chosen rule's base rate and its fan (see the module docstring)."""

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("watch_panel")
        self.bar = BusyBar("watch", self)
        self.bar.run_requested.connect(self.run_requested)
        self.bar.cancel_requested.connect(self.cancel_requested)
        self.rules_table = _table(self, RULE_COLUMNS)
        self.rules_table.setObjectName("watch_rules")
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("watch_base_rate")
        self.rate_label.setWordWrap(True)
        self.rate_table = _table(self, RATE_COLUMNS)
        self.rate_table.setObjectName("watch_rate_table")
        self.fan = FanPlot(self)
        self.records: list[dict] = []
        left = QWidget(self)
        rate = QWidget(left)
        rate_column = QVBoxLayout(rate)
        rate_column.setContentsMargins(0, 0, 0, 0)
        rate_column.addWidget(self.rate_label)
        rate_column.addWidget(self.rate_table, 1)
        self.column = QBoxLayout(QBoxLayout.Direction.TopToBottom, left)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.rules_table, 3)
        self.column.addWidget(rate, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.fan)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._user_split = False
        self.splitter.splitterMoved.connect(self._on_split_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)
        self.rules_table.itemSelectionChanged.connect(self._show_chosen)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a short dock (1280x720) has no room for the rules over the base rate: side by side
        short = event.size().height() < SHORT_PX
        self.column.setDirection(
            QBoxLayout.Direction.LeftToRight if short else QBoxLayout.Direction.TopToBottom
        )
        if not self._user_split:  # the tables' width hints would leave the fan a sliver
            total = event.size().width()
            fan = max(FAN_MIN_PX, round(total * FAN_SHARE))
            self.splitter.setSizes([max(total - fan, 1), fan])

    def _on_split_moved(self, *_args) -> None:
        self._user_split = True

    def set_watches(self, records: list[dict]) -> None:
        """Show one record per rule (``watch_record``, plain); the first rule chosen, or
        the one chosen before when it is still there."""
        chosen = self.chosen_rule()
        self.records = list(records)
        table = self.rules_table
        table.blockSignals(True)
        table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(rule_cells(record)):
                item = QTableWidgetItem(text)
                if column == 3 and record["triggered"]:
                    item.setFont(_bold(item))
                table.setItem(row, column, item)
        table.blockSignals(False)
        rules = [r["rule"] for r in self.records]
        table.selectRow(rules.index(chosen) if chosen in rules else 0)
        self._show_chosen()
        if self.records:
            self.bar.set_text(self.as_of_text(self.records[0]))
            self.bar.set_demo(bool(self.records[0]["demo"]))

    def as_of_text(self, record: dict) -> str:
        """The session judged, the equity and the target of the base rate and the fan."""
        return self.tr(
            "{equity} as of {day} (session {session}); base rate and fan of {target}"
        ).format(
            equity=record["equity"],
            day=day_text(record["as_of"]),
            session=day_text(record["session"]),
            target=record["target"],
        )

    def chosen_rule(self) -> str | None:
        """The rule whose base rate and fan are shown."""
        rows = self.rules_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]["rule"]

    def _show_chosen(self) -> None:
        rule = self.chosen_rule()
        record = next((r for r in self.records if r["rule"] == rule), None)
        if record is None:
            self.rate_table.setRowCount(0)
            self.rate_label.setText("")
            self.fan.set_fan(None)
            return
        rate = record["base_rate"]
        self.rate_label.setText(self.rate_text(record))
        rows = rate["by_horizon"]
        self.rate_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(rate_cells(row, rate["placebo_draws"])):
                self.rate_table.setItem(r, c, QTableWidgetItem(text))
        self.fan.set_fan(record["fan"])

    def rate_text(self, record: dict) -> str:
        """What the base rate counts, its N, and "an anecdote" below 8."""
        rate = record["base_rate"]
        text = self.tr(
            "After the {rule} rule's breakouts (N = {n}), how often {target} rose, against "
            "every day's window"
        ).format(rule=rule_words(record["rule"]), n=format_count(rate["n"]), target=rate["target"])
        if rate["anecdote"]:
            text += self.tr(": an anecdote, not evidence (fewer than 8 breakouts).")
        return text

    def set_theme(self, theme: str) -> None:
        """The fan's colours."""
        self.fan.set_theme(theme)


def _bold(item: QTableWidgetItem):
    font = item.font()
    font.setBold(True)
    return font
