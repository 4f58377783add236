"""The cascade view of the window: the stacked strip, and beside it the chain and the cycles.

On the left the strip (``CascadeStrip``, one row per stage on the shared date axis) under
a line that says how the rows are normalised and what the marks are; beside it two tabs,
the chain (each hop's lead, p, N and interval, and the total) and the cycles (when each
stage turned around each breakout, and where the chain broke), with the progress of a
running computation and its Cancel and the buttons for the stages, a refresh and the
export in the tabs' corner. Narrower than ``WIDE_PX`` (a bottom dock at 1280x720 is
~890 x 180 px) the strip becomes the first tab, so each of the three gets the whole
width; one line of text sits above the strip, elided, its whole text in the tooltip.
Data comes in through ``set_*``; what the user asks for goes out
as signals; nothing here reads files, the network or the settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.cascade.levels import Z_CLIP, Z_WINDOW_DAYS
from widgets.cascade.chain_table import CascadeChainTable
from widgets.cascade.cycles_table import CascadeCyclesTable
from widgets.cascade.elided_label import ElidedLabel
from widgets.cascade.rows import ChainRow, CycleColumn
from widgets.cascade.strip import CascadeStrip
from widgets.formatting import format_count, format_number
from widgets.panel_theme import demo_badge

#: the strip's share of the panel's width when the tables sit beside it
STRIP_SHARE = 0.55
#: below this width (px) the strip is a tab beside the chain and the cycles: side by side
#: at 1280x720 neither the strip's rows nor the chain's p and N had room
WIDE_PX = 1150


class CascadePanel(QWidget):
    """The strip with the chain and the cycles beside it (see the module docstring)."""

    stages_requested = Signal()
    refresh_requested = Signal()
    cancel_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("cascade_panel")
        self.strip = CascadeStrip(self)
        self.chain_table = CascadeChainTable(self)
        self.cycles_table = CascadeCyclesTable(self)
        self.method_label = ElidedLabel(self)
        self.cycles_label = ElidedLabel(self)
        self.message_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.demo_badge = demo_badge(self)
        self.tabs = QTabWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.strip_column = QWidget(self)
        self._wide: bool | None = None
        self.stages_button = self._button("stages", self.tr("&Stages…"), self.stages_requested)
        self.refresh_button = self._button("refresh", self.tr("&Refresh"), self.refresh_requested)
        self.export_button = self._button(
            "export", self.tr("E&xport image…"), self.export_requested
        )
        self.cancel_button = self._button("cancel", self.tr("Cancel"), self.cancel_requested)
        self._build()
        self.show_idle()
        self.show_message("")

    def _button(self, name: str, text: str, signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"cascade_{name}")
        button.clicked.connect(signal)
        return button

    def _build(self) -> None:
        self.stages_button.setToolTip(self.tr("Add, remove, move or invert the stages"))
        self.refresh_button.setToolTip(self.tr("Fetch the stages' missing bars, then recompute"))
        self.export_button.setToolTip(
            self.tr("Save the cascade as PNG or SVG with its caption and evidence")
        )
        self.method_label.setObjectName("cascade_method")
        self.method_label.set_full_text(
            self.tr(
                "Rows: z-score of each stage's log level against its own trailing {days} "
                "days, clipped to ±{clip} (inverted: upside down) · ▲ turn by the breakout "
                "rule (hollow: pending)"
            ).format(days=format_count(Z_WINDOW_DAYS), clip=format_number(Z_CLIP, 0))
        )
        self.message_label.setObjectName("cascade_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress.setObjectName("cascade_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.cycles_label.setObjectName("cascade_cycles_method")
        column = QVBoxLayout(self.strip_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.method_label)
        column.addWidget(self.message_label)
        column.addWidget(self.strip, 1)
        self.tabs.addTab(self.chain_table, self.tr("Chain"))
        self.tabs.addTab(_stacked(self.cycles_label, self.cycles_table), self.tr("Cycles"))
        self.tabs.setCornerWidget(self._buttons_box(), Qt.Corner.TopRightCorner)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.splitter, 1)
        self._arrange(wide=False)

    def _buttons_box(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 2)
        row.setSpacing(4)
        for widget in (self.demo_badge, self.progress, self.cancel_button):
            row.addWidget(widget)
        for button in (self.stages_button, self.refresh_button, self.export_button):
            row.addWidget(button)
        return box

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() >= WIDE_PX)

    def is_wide(self) -> bool:
        """True while the chain and the cycles sit beside the strip (else the strip is a
        tab of its own beside them)."""
        return bool(self._wide)

    def _arrange(self, wide: bool) -> None:
        """Side by side when there is room, else the strip as the first tab."""
        if wide == self._wide:
            return
        self._wide = wide
        if wide:
            index = self.tabs.indexOf(self.strip_column)
            if index >= 0:
                self.tabs.removeTab(index)
            self.splitter.insertWidget(0, self.strip_column)
            strip = round(self.width() * STRIP_SHARE)
            self.splitter.setSizes([strip, max(self.width() - strip, 1)])
        else:
            self.tabs.insertTab(0, self.strip_column, self.tr("Chart"))
            self.tabs.setCurrentIndex(0)
        self.strip_column.setVisible(True)

    # --- data ---------------------------------------------------------------------------
    def set_chain(self, rows: Sequence[ChainRow], min_lag: int, max_lag: int, draws: int) -> None:
        """The chain table's lines, and the window and draws its p-values come from."""
        self.chain_table.set_rows(rows)
        self.chain_table.set_search(min_lag, max_lag, draws)

    def set_cycles(
        self,
        stages: Sequence[str],
        columns: Sequence[CycleColumn],
        anchor: str,
        anchored: bool,
        lookback_days: int,
        horizon_days: int,
    ) -> None:
        """The cycles table, and how its turns were searched: around each breakout of the
        stage ``anchor`` when the chain has it (``anchored``), else over the last days."""
        self.cycles_table.set_cycles(stages, columns)
        back, ahead = format_count(lookback_days), format_count(horizon_days)
        if anchored:
            short = self.tr("Breakouts of {anchor}, -{back}..+{ahead} d, and now")
            text = self.tr(
                "Each breakout of {anchor} by the breakout rule, and now: each stage's first "
                "turn from {back} days before to {ahead} days after, on or after the turn of "
                "the stage before (its days after that turn)"
            )
        else:
            short = self.tr("No stage is {anchor}: now alone, last {back} d")
            text = self.tr(
                "No stage is {anchor}, so the table has now alone: each stage's first turn "
                "over the last {back} days, on or after the turn of the stage before"
            )
        self.cycles_label.set_full_text(
            short.format(anchor=anchor, back=back, ahead=ahead),
            text.format(anchor=anchor, back=back, ahead=ahead),
        )

    def set_demo(self, on: bool) -> None:
        """Mark the view as synthetic demo data (the strip's watermark and the badge)."""
        self.strip.set_demo(on)
        self.demo_badge.setVisible(bool(on))

    def set_theme(self, theme: str) -> None:
        """Colours of ``theme`` for the strip and the tables."""
        self.strip.set_theme(theme)
        self.chain_table.set_theme(theme)
        self.cycles_table.set_theme(theme)

    # --- progress and messages ----------------------------------------------------------
    def show_progress(self, done: int, expected: int, text: str) -> None:
        """A computation or a fetch is running: ``done`` of ``expected`` steps (0 of 0:
        not known yet), with Cancel."""
        self.progress.setRange(0, max(int(expected), 0))
        self.progress.setValue(max(0, min(int(done), int(expected))))
        self.progress.setFormat(self.tr("%v of %m") if expected else "")
        self.progress.setToolTip(text)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)

    def show_idle(self) -> None:
        """Nothing is running: no progress bar, no Cancel."""
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def is_busy(self) -> bool:
        """True while the progress bar is up."""
        return self.progress.isVisibleTo(self)

    def show_message(self, text: str) -> None:
        """Say ``text`` above the strip ('' hides it)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        """What the panel says above the strip ('' when nothing)."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""


def _stacked(label: QLabel, table: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(2, 2, 2, 2)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return page
